// The reporter's path in Chromium with JavaScript off: the public form (a validation error and an
// oversized file first, every field kept), the receipt, the portal through acknowledgement, a
// message exchange, a proposed resolution answered, resolution and a reconsideration request the
// board decides. The working group's side is driven through its own pages. axe-core on every page.
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../../src/db/schema';
import { localDate } from '../../src/domain/periods';
import { resolveCase } from '../../src/services/cases/resolve-case';
import { withActor, type ServiceContext } from '../../src/services/context';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor, type BuiltMember } from '../helpers/members';
import { buildSpace } from '../services/cases/factories';
import { expectAccessible, openBrowser, startServer, visit, type TestBrowser, type TestServer } from './helpers/browser';

async function submit(page: Page, button: string): Promise<void> {
  const loaded = page.waitForEvent('load');
  await page.getByRole('button', { name: button, exact: true }).click();
  await loaded;
  await expectAccessible(page);
}

const FIELDS = {
  contactEmail: 'reporter.e2e@example.net',
  peopleInvolved: 'Quentin Marlowe, @qmarlowe',
  witnesses: 'Ida Lund',
  when: 'During the sprint dinner',
  whereElse: 'The hotel bar',
  links: 'https://example.org/thread/1',
  context: 'He did this at the previous event too.',
  language: 'Deutsch',
};
const WHAT = 'He kept touching my shoulder after I asked him to stop, in front of everyone.';

describe('the reporter in Chromium, JavaScript off', () => {
  let ctx: ServiceContext;
  let server: TestServer;
  let browser: TestBrowser;
  let chair: BuiltMember;
  let board: BuiltMember;

  beforeAll(async () => {
    ctx = await freshContext();
    await completeSetupDirectly(ctx);
    await buildSpace(ctx, 'Spring sprint');
    chair = await buildMember(ctx, { role: 'chair' });
    board = await buildMember(ctx, { role: 'board' });
    server = await startServer(ctx);
    browser = await openBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signInAs = async (m: BuiltMember) => {
    await browser.context.addCookies([{ name: 'candor_session', value: await sessionFor(ctx, m.id), url: server.url }]);
  };

  it('reports, follows the report to a reconsideration request, and the board decides it', async () => {
    const base = server.url;
    const page = await browser.newPage();
    const wg = await browser.newPage();

    await visit(page, `${base}/`);
    await page.getByRole('link', { name: 'Report a concern with our form' }).click();
    await page.waitForURL(`${base}/report`);
    await expectAccessible(page);
    await expect(page.locator('main').textContent()).resolves.toContain('contact local emergency services first');

    // A validation error: everything typed comes back, with a summary linking to the field.
    for (const [name, value] of Object.entries(FIELDS)) await page.locator(`[name="${name}"]`).fill(value);
    await page.getByLabel('Stay anonymous to the working group (leave the email empty)').check();
    await page.getByLabel('Where it happened (optional)').selectOption({ label: 'Elsewhere' });
    await page.getByRole('group', { name: 'Is it still going on? (optional)' }).getByLabel('Not sure').check();
    await page.getByRole('group', { name: /translation tool/ }).getByLabel('Yes').check();
    await submit(page, 'Send the report');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('What happened');
    await expect(page.locator('.error-summary a[href="#f-whatHappened"]').count()).resolves.toBe(1);
    for (const [name, value] of Object.entries(FIELDS)) expect(await page.locator(`[name="${name}"]`).inputValue(), name).toBe(value);
    expect(await page.getByLabel('Stay anonymous to the working group (leave the email empty)').isChecked()).toBe(true);
    expect(await page.getByLabel('Where it happened (optional)').inputValue()).toBe('elsewhere');
    expect(await page.getByRole('group', { name: 'Is it still going on? (optional)' }).getByLabel('Not sure').isChecked()).toBe(true);

    // An oversized file is named and refused; the text stays.
    await page.getByLabel('Stay anonymous to the working group (leave the email empty)').uncheck();
    await page.getByLabel('What happened (required)').fill(WHAT);
    await page.getByLabel('Files (optional)').setInputFiles({ name: 'huge-log.txt', mimeType: 'text/plain', buffer: Buffer.alloc(4 * 1024 * 1024, 'a') });
    await submit(page, 'Send the report');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('huge-log.txt: must be at most 3 MB');
    expect(await page.getByLabel('What happened (required)').inputValue()).toBe(WHAT);
    expect(await page.locator('[name="contactEmail"]').inputValue()).toBe(FIELDS.contactEmail);
    expect(await ctx.db.select().from(cases)).toHaveLength(0);

    // The report goes in with an attachment; the receipt is shown once.
    await page.getByLabel('Files (optional)').setInputFiles({ name: 'chat.txt', mimeType: 'text/plain', buffer: Buffer.from('the chat log as text') });
    await submit(page, 'Send the report');
    await expect(page.locator('h1').textContent()).resolves.toBe('Your report is received');
    const receipt = (await page.locator('main code').textContent())!.trim();
    expect(receipt.split(' ')).toHaveLength(12);
    const [c] = await ctx.db.select().from(cases);
    expect(c).toMatchObject({ channel: 'web_form', stage: 'received' });

    // The portal: a wrong code first, then the right one.
    await visit(page, `${base}/portal`);
    await page.getByLabel('Receipt code').fill('abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about');
    await submit(page, 'Open my report');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('No report has this receipt code');
    await page.getByLabel('Receipt code').fill(receipt);
    await submit(page, 'Open my report');
    expect(new URL(page.url()).pathname).toBe('/portal/report');
    await expect(page.locator('h2#status-h').textContent()).resolves.toBe('Status: Received');

    // The working group sees it due, and acknowledges it from the template.
    await signInAs(chair);
    await visit(wg, `${base}/wg`);
    await expect(wg.locator('section[aria-labelledby="due-h"] table').textContent()).resolves.toContain(c!.codeName);
    await visit(wg, `${base}/wg/cases/${c!.id}/reporter?template=acknowledgement`);
    await expect(wg.locator('main').textContent()).resolves.toContain(FIELDS.contactEmail);
    await submit(wg, 'Send to the reporter');
    await expect(wg.locator('main').textContent()).resolves.toContain('Message sent to the reporter.');

    // The chair's templates page: in our own words, editable.
    await visit(wg, `${base}/wg/templates`);
    await wg.getByRole('form', { name: 'Outcome' }).getByLabel('Wording').fill('We decided, {working_group}.');
    await wg.getByRole('form', { name: 'Outcome' }).getByRole('button', { name: 'Save this template' }).click();
    await wg.waitForURL(`${base}/wg/templates`);
    await expectAccessible(wg);
    await expect(wg.locator('main').textContent()).resolves.toContain('Template saved.');

    await visit(page, `${base}/portal/report`);
    await expect(page.locator('h2#status-h').textContent()).resolves.toBe('Status: Acknowledged');
    await expect(page.locator('main').textContent()).resolves.toContain('we have received your report');
    await page.getByLabel('Your message, or more information').fill('He also wrote to me afterwards.');
    await submit(page, 'Send');
    await expect(page.locator('main').textContent()).resolves.toContain('He also wrote to me afterwards.');

    // A proposed resolution, answered by the reporter.
    await visit(wg, `${base}/wg/cases/${c!.id}/reporter`);
    await expect(wg.locator('main').textContent()).resolves.toContain('He also wrote to me afterwards.');
    await wg.getByRole('textbox', { name: 'Proposed resolution' }).fill('A written warning to the person reported.');
    await submit(wg, 'Share with the reporter');
    await visit(page, `${base}/portal/report`);
    await expect(page.locator('h2#status-h').textContent()).resolves.toBe('Status: Resolution proposed');
    await page.getByLabel('I do not agree').check();
    await page.getByLabel('Anything you want to add (optional)').fill('A warning is not enough.');
    await submit(page, 'Send my answer');
    await expect(page.locator('main').textContent()).resolves.toContain('You disagreed with the proposal');
    await visit(wg, `${base}/wg/cases/${c!.id}`);
    await expect(wg.locator('main').textContent()).resolves.toContain('The reporter answered the proposed resolution (disagrees)');

    // Resolution, then the reporter asks the board to reconsider.
    await resolveCase(withActor(ctx, chair.actor), { caseId: c!.id, resolvedOn: c!.receivedOn, resolutionSource: 'working_group', summary: 'Warning', outcome: 'Warning issued' });
    await visit(page, `${base}/portal/report`);
    await expect(page.locator('h2#status-h').textContent()).resolves.toBe('Status: Resolved');
    await page.getByRole('textbox', { name: 'Your reasons' }).fill('A warning does not keep me safe at the next event.');
    await submit(page, 'Send the request to the board');
    await expect(page.locator('main').textContent()).resolves.toContain('The board has not decided yet.');

    // The board decides the request in its own area (DOMAIN.md "Life of a report" 9).
    await signInAs(board);
    await visit(wg, `${base}/wg/board`);
    await expectAccessible(wg);
    const queue = wg.locator('section[aria-labelledby="queue-h"]');
    const text = (await queue.textContent())!;
    expect(text).toContain(c!.codeName);
    expect(text).toContain('Reporter');
    expect(text).toContain('Not decided yet');
    expect(await wg.locator('main').textContent()).not.toContain('keep me safe'); // the reasons stay with those who may read the case
    await queue.getByRole('link', { name: c!.codeName }).click();
    await wg.waitForLoadState('load');
    await expectAccessible(wg);
    await wg.getByLabel('Outcome').selectOption('upheld');
    await wg.getByLabel('Decided on').fill(localDate(new Date(), ctx.config.organisation.timeZone));
    await wg.getByLabel('Reasons').fill('The warning and the ban from the next sprint answer the risk.');
    await submit(wg, 'Record the decision');
    await expect(wg.locator('main').textContent()).resolves.toContain('The board’s decision is recorded.');
    await expect(wg.locator('main').textContent()).resolves.toContain('Decision upheld');
    await visit(page, `${base}/portal/report`);
    await expect(page.locator('main').textContent()).resolves.toContain('The board has decided (upheld).');
    const [after] = await ctx.db.select({ stage: cases.stage }).from(cases).where(eq(cases.id, c!.id));
    expect(after!.stage).toBe('resolved');
    await visit(page, `${base}/portal/lost-code`);
  }, 300_000);
});
