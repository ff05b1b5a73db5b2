// The composer in Chromium, without JavaScript: a four-part message to a reported party is drafted
// from a case, one replacement undone and one phrase removed by hand, the author cannot approve,
// members with a conflict cannot reach it, a second member approves and sends it through the
// outbox to a real SMTP peer — and the delivered text holds none of the reporter's identifiers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startMailWorker } from '../../src/jobs/mail-worker';
import type { ServiceContext } from '../../src/services/context';
import { smtpTransport } from '../../src/services/mail';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { freshContext } from '../helpers/db';
import { completeSetupDirectly, sessionFor } from '../helpers/members';
import { decodeMailText, startSmtpPeer, type SmtpPeer } from '../helpers/smtp-peer';
import { buildComposerWorld, REPORTER_IDENTIFIERS, type ComposerWorld } from '../services/outgoing/factory';
import { expectAccessible, openBrowser, startServer, visit, type TestBrowser, type TestServer } from './helpers/browser';

async function submit(page: Page, scope: ReturnType<Page['locator']> | Page, button: string): Promise<void> {
  const loaded = page.waitForEvent('load');
  await scope.getByRole('button', { name: button, exact: true }).click();
  await loaded;
  await expectAccessible(page);
}

describe('composer (e2e)', () => {
  let ctx: ServiceContext;
  let server: TestServer;
  let browser: TestBrowser;
  let peer: SmtpPeer;
  let w: ComposerWorld;

  beforeAll(async () => {
    ctx = await freshContext();
    await completeSetupDirectly(ctx);
    w = await buildComposerWorld(ctx);
    server = await startServer(ctx);
    browser = await openBrowser({ javaScriptEnabled: false });
    peer = await startSmtpPeer();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await peer?.close();
  });

  const signInAs = async (memberId: string) => {
    await browser.context.clearCookies();
    await browser.context.addCookies([{ name: SESSION_COOKIE, value: await sessionFor(ctx, memberId), url: server.url }]);
  };

  it('drafts, reviews, approves and sends a message that carries none of the reporter’s identifiers', async () => {
    const page = await browser.newPage();
    await signInAs(w.author.id);
    await visit(page, `${server.url}/wg/cases/${w.caseId}`);
    await page.getByRole('link', { name: 'Messages to outside parties' }).click();
    await page.waitForURL(/\/messages$/);
    await page.getByRole('link', { name: 'Message to a reported party, in four parts' }).click();
    await page.waitForURL(/\/messages\/new/);
    await expectAccessible(page);
    await page.getByLabel('Recipient addresses').fill('dorian@example.com');
    await page.getByLabel('The behaviour').fill('On 14 January 2026 you wrote "nobody wants you here" to Marisol Quennell (mquennell) in the Lisbon meetup channel.');
    await page.getByLabel('Its impact').fill('Marisol stopped taking part; you can reach the working group, not marisol.q@example.net.');
    await page.getByLabel('What we expect to change').fill('Do not contact the person again.');
    await page.getByLabel('The consequence').fill('This is a formal warning.');
    await submit(page, page, 'Check the draft');
    expect(page.url()).toMatch(/\/messages\/[0-9a-f-]{36}$/);
    const composerUrl = page.url();
    expect(await page.locator('.composer-draft mark.kept').count()).toBeGreaterThan(3);
    expect(await page.locator('main').textContent()).toMatch(/matches a known party: Reporter/);

    // Undo the quotation: the reported party must know which words were meant.
    const quote = page.locator('li[id^="replacement-"]', { hasText: 'verbatim quotation' }).first();
    await quote.getByRole('textbox').fill('The reported party must know which words were meant.');
    await submit(page, quote, 'Undo this replacement');
    expect(await page.locator('.composer-text').textContent()).toContain('nobody wants you here');

    // Remove by hand what the engine did not know.
    await page.getByLabel('Words to remove').fill('Lisbon');
    await submit(page, page, 'Remove these words');
    expect(await page.locator('.composer-text').textContent()).not.toContain('Lisbon');
    expect(await page.locator('main').textContent()).toContain('A second member must approve this message: its author cannot');
    expect(await page.getByRole('button', { name: 'Approve the message' }).count()).toBe(0);

    // Members with a conflict (recused, excluded) cannot reach it at all.
    for (const m of [w.recused, w.excluded]) {
      await signInAs(m.id);
      const res = await page.goto(composerUrl);
      expect(res?.status()).toBe(404);
    }

    await signInAs(w.second.id);
    await visit(page, composerUrl);
    await submit(page, page, 'Approve the message');
    expect(await page.locator('main').textContent()).toContain('Approved by Sam Second');
    const approvedText = (await page.locator('.composer-text').textContent())!;
    await submit(page, page, 'Send');
    expect(await page.locator('main').textContent()).toContain('Sent through Candor’s mail');

    const worker = startMailWorker({ context: () => ctx, transport: smtpTransport(peer.url, { timeoutMs: 5000 }), from: 'candor@example.org', intervalMs: 3_600_000 });
    try {
      expect(await worker.runOnce()).toBe(1);
    } finally {
      await worker.stop();
    }
    expect(peer.delivered).toHaveLength(1);
    expect(peer.delivered[0]!.to).toEqual(['dorian@example.com']);
    const delivered = decodeMailText(peer.delivered[0]!.raw);
    expect(delivered).toContain('nobody wants you here');
    expect(delivered).toContain('The behaviour:');
    expect(approvedText).toContain('Do not contact the person again.');
    for (const identifier of [...REPORTER_IDENTIFIERS, 'Lisbon']) expect(delivered).not.toContain(identifier);
  }, 240_000);

  it('writes a history summary from the register and lists the case’s messages', async () => {
    const page = await browser.newPage();
    await signInAs(w.author.id);
    await visit(page, `${server.url}/wg/cases/${w.caseId}/messages/new?form=message`);
    await submit(page, page, 'Check the draft');
    expect(await page.locator('.error-summary, [role="alert"]').count()).toBeGreaterThan(0);
    await visit(page, `${server.url}/wg/cases/${w.caseId}/messages/new?form=history`);
    await page.getByLabel('Person').selectOption({ label: (await page.getByLabel('Person').locator('option', { hasText: 'Reported person' }).textContent())! });
    await page.getByLabel('Event or space', { exact: true }).fill('the spring sprint');
    await page.getByLabel('Recipient addresses').fill('organizers@example.org');
    await submit(page, page, 'Write the summary');
    expect(page.url()).toMatch(/\/messages\/[0-9a-f-]{36}$/);
    const draft = (await page.locator('.composer-draft').textContent())!;
    expect(draft).toContain('Harassment');
    expect(draft).toContain('still under review');
    await visit(page, `${server.url}/wg/cases/${w.caseId}/messages`);
    expect(await page.locator('main li a[href*="/messages/"]').count()).toBeGreaterThanOrEqual(1);
  }, 120_000);
});
