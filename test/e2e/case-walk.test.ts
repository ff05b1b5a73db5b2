// The walk in Chromium: first-run setup → invite and enrol a second member → create a
// case with two people → the member, recused, gets 404 on it → the chair resolves it → the board
// member sees the audit entries but not the case. axe-core on every page; JavaScript on and off.
import { setupPath } from '../../src/services/setup/setup-token';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { totpCode } from '../../src/services/auth/totp';
import { inviteMember } from '../../src/services/members/invite-member';
import type { ServiceContext } from '../../src/services/context';
import { freshContext } from '../helpers/db';
import { expectAccessible, openBrowser, startServer, visit, type TestBrowser, type TestServer } from './helpers/browser';

const STEP_MS = 30_000;
const usedStep = new Map<string, number>();

/** A TOTP code for a step this secret has not used yet (a code is accepted only once). */
async function freshCode(secret: string): Promise<string> {
  for (;;) {
    const step = Math.floor(Date.now() / STEP_MS) + 1; // the server accepts the next step for drift
    if (step > (usedStep.get(secret) ?? -1)) {
      usedStep.set(secret, step);
      return totpCode(secret, new Date(step * STEP_MS));
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function enrolCode(secret: string): string {
  usedStep.set(secret, Math.floor(Date.now() / STEP_MS));
  return totpCode(secret, new Date());
}

async function submit(page: Page, button: string): Promise<void> {
  // The next page's own load event, registered before the click: waitForLoadState would answer
  // at once for the page already loaded, and axe could then run on the old page mid-navigation.
  const loaded = page.waitForEvent('load');
  await page.getByRole('button', { name: button, exact: true }).click();
  await loaded;
  await expectAccessible(page);
}

async function signIn(page: Page, base: string, email: string, password: string, secret: string) {
  await visit(page, `${base}/login`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Code from your authenticator app').fill(await freshCode(secret));
  await submit(page, 'Sign in');
  expect(new URL(page.url()).pathname).toBe('/wg');
}

async function invite(page: Page, base: string, name: string, email: string, role: string): Promise<string> {
  await visit(page, `${base}/wg/members`);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Role').selectOption(role);
  await submit(page, 'Create invitation link');
  return (await page.locator('.copy-link').textContent())!.trim();
}

async function enrol(page: Page, link: string, password: string): Promise<string> {
  await visit(page, link);
  const secret = await page.locator('input[name="totpSecret"]').inputValue();
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password again').fill(password);
  await page.getByLabel('Code from your authenticator app').fill(enrolCode(secret));
  await submit(page, 'Create my account');
  return secret;
}

async function expectNotFound(page: Page, url: string) {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(404);
  await expectAccessible(page);
}

async function addPersonRow(page: Page, caseUrl: string, role: string, consequence: string) {
  await visit(page, `${caseUrl}/people/new`);
  await page.getByLabel('Role in the case').selectOption(role);
  await page.getByLabel('Consequence').selectOption(consequence);
  await submit(page, 'Add the row');
  expect(page.url()).toBe(caseUrl);
}

for (const javaScriptEnabled of [true, false]) {
  describe(`case walk in Chromium, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    let ctx: ServiceContext;
    let server: TestServer;
    let browser: TestBrowser;
    beforeAll(async () => {
      ctx = await freshContext();
      server = await startServer(ctx);
      browser = await openBrowser({ javaScriptEnabled });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('walks from setup to the board reading the audit trail', { timeout: 240_000 }, async () => {
      const page = await browser.newPage();
      const base = server.url;

      // First-run setup creates the organisation and the chair.
      expect((await page.goto(`${base}/`))?.status()).toBe(403);
      await expectAccessible(page);
      expect(new URL(page.url()).pathname).toBe('/setup');
      // Only with the operator's setup link (printed by `candor serve` and `candor setup-link`).
      await expect(page.locator('main').textContent()).resolves.toContain('candor setup-link');
      await visit(page, `${base}${setupPath(ctx.keys)}`);
      const chairSecret = await page.locator('input[name="totpSecret"]').inputValue();
      await page.getByLabel('Organisation name').fill('Example Foundation');
      await page.getByLabel('Your name').fill('Ada Chair');
      await page.getByLabel('Email address').fill('ada@example.org');
      await page.getByLabel('Password', { exact: true }).fill('ada has a long password');
      await page.getByLabel('Password again').fill('ada has a long password');
      await page.getByLabel('Code from your authenticator app').fill(enrolCode(chairSecret));
      await submit(page, 'Create the organisation');
      await signIn(page, base, 'ada@example.org', 'ada has a long password', chairSecret);

      // The chair invites a second member. A board member invited by a lone chair would wait for
      // a second approver, so the operator invites her, as `candor member add` does.
      const boLink = await invite(page, base, 'Bo Member', 'bo@example.org', 'member');
      const beaLink = `${base}${(await inviteMember(ctx, { displayName: 'Bea Board', email: 'bea@example.org', role: 'board', spaceSlugs: [] })).path}`;

      // A case with two people and a note.
      await visit(page, `${base}/wg/cases`);
      await visit(page, `${base}/wg/cases/new`);
      await page.getByLabel('How it arrived').selectOption('web_form');
      await page.getByLabel('Harassment', { exact: true }).check();
      await page.getByLabel('What was reported').fill('Messages in the forum after the sprint');
      await page.getByLabel('Date received').fill('2025-03-02');
      await submit(page, 'Record the case');
      const caseUrl = page.url();
      expect(new URL(caseUrl).pathname).toMatch(/^\/wg\/cases\/[0-9a-f-]{36}$/);
      const codeName = (await page.locator('h1').textContent())!.replace(/^Case /, '');
      await addPersonRow(page, caseUrl, 'reported', 'warning');
      await addPersonRow(page, caseUrl, 'reporter', '');
      expect(await page.locator('section[aria-labelledby="people-h"] tbody tr').count()).toBe(2);
      await page.getByLabel('Note', { exact: true }).fill('Spoke with the reporter');
      await submit(page, 'Add the note');
      await expect(page.locator('.timeline').textContent()).resolves.toContain('Spoke with the reporter');
      // Uploads: one far over the attachment limit is named on the form (400, not a reset
      // connection or a bare 413 page); a small text file is kept. (The form's name and the input's label are both
      // "Attach a file", so the input is found by its name.)
      const fileInput = page.locator('input[type="file"][name="file"]');
      await fileInput.setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(12 * 1024 * 1024, 0x61) });
      const tooBig = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/attachments'));
      await submit(page, 'Upload');
      expect((await tooBig).status()).toBe(400);
      await expect(page.locator('main').textContent()).resolves.toContain('must be at most 10 MB');
      await visit(page, caseUrl);
      await fileInput.setInputFiles({ name: 'call notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Notes from the call') });
      await submit(page, 'Upload');
      expect(page.url()).toBe(caseUrl);
      await expect(page.locator('main').textContent()).resolves.toContain('call notes.txt');
      await submit(page, 'Sign out');

      // The second member enrols, declares conflicts, sees the case, then recuses and loses it.
      const boSecret = await enrol(page, boLink, 'bo has a long password');
      await signIn(page, base, 'bo@example.org', 'bo has a long password', boSecret);
      await visit(page, `${base}/wg/conflicts`);
      await submit(page, 'Declare these conflicts'); // none ticked: the member has no conflict yet
      await visit(page, caseUrl);
      await visit(page, `${caseUrl}/recuse`);
      await page.getByLabel('Kind of conflict').selectOption('relationship');
      await page.getByLabel('Details').fill('A close friend of a party');
      await submit(page, 'Recuse me from this case');
      expect(new URL(page.url()).pathname).toBe('/wg/cases');
      await expect(page.locator('main').textContent()).resolves.toContain(codeName);
      await expectNotFound(page, caseUrl);
      await expectNotFound(page, `${caseUrl}/people/new`);
      // Bo asks to withdraw the declaration, and stays recused until the chair decides.
      await visit(page, `${caseUrl}/recuse`);
      await page.getByLabel('The conflict no longer applies, or I declared it by mistake').check();
      await submit(page, 'Ask to withdraw my conflict');
      await expectNotFound(page, caseUrl);
      await visit(page, `${base}/wg`);
      await submit(page, 'Sign out');

      // The chair resolves the case.
      await signIn(page, base, 'ada@example.org', 'ada has a long password', chairSecret);
      // The chair refuses Bo's withdrawal: Bo stays recused.
      await visit(page, caseUrl);
      await submit(page, 'Refuse the withdrawal for Bo Member');
      await expect(page.locator('main').textContent()).resolves.toContain('Withdrawal of a declared conflict refused');
      await visit(page, `${caseUrl}/resolve`);
      await page.getByLabel('Date resolved').fill('2025-04-01');
      await page.getByLabel('Resolved by').selectOption('working_group');
      await page.getByLabel('Summary of actions').fill('Wrote to the reported person');
      await page.getByLabel('Outcome').fill('A written warning');
      await submit(page, 'Resolve the case');
      expect(page.url()).toBe(caseUrl);
      await expect(page.locator('main').textContent()).resolves.toContain('A written warning');

      // The register's other pages pass axe too: editing, the identity key, access requests.
      await visit(page, `${caseUrl}/edit`);
      await visit(page, `${base}/wg/access-requests/review`);
      // The first chair holds identity-key access from setup: a one-chair organisation can use the key.
      await visit(page, `${base}/wg/people/new`);
      await page.getByLabel('Real names').fill('Carol Realname');
      await page.getByLabel('Email addresses').fill('carol@example.org');
      await submit(page, 'Add the person');
      expect(await page.title()).not.toContain('Realname');
      await page.getByLabel('People row to link').selectOption({ index: 0 });
      await submit(page, 'Link the row');
      await expect(page.locator('main').textContent()).resolves.toContain(codeName);
      await visit(page, `${base}/wg/people?identifier=CAROL%40example.org`);
      const list = (await page.locator('main').textContent())!;
      expect(list).toContain('matched on email');
      expect(list).not.toContain('Realname');
      await submit(page, 'Sign out');

      // The board member sees the audit entries for the case, but not the case.
      const beaSecret = await enrol(page, beaLink, 'bea has a long password');
      await signIn(page, base, 'bea@example.org', 'bea has a long password', beaSecret);
      await visit(page, `${base}/wg/audit`);
      const trail = (await page.locator('main').textContent())!;
      expect(trail).toContain(codeName);
      expect(trail).toContain('case.resolve');
      expect(trail).not.toContain('A written warning');
      await expectNotFound(page, caseUrl);
      await expectNotFound(page, `${base}/wg/cases`);
      await visit(page, `${base}/wg/access-requests`);
      await page.getByLabel('Case code name').fill(codeName);
      await page.getByLabel('Reason').fill('A party asked the board to reconsider');
      await submit(page, 'Send the request');
      await expect(page.locator('main').textContent()).resolves.toContain('Waiting for the chair');
      await page.close();
    });
  });
}
