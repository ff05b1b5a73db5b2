// Setup → sign in (TOTP computed here) → invite → enrol a second member → sign out, in Chromium,
// with axe-core on every page, once with JavaScript and once without.
import { setupPath } from '../../src/services/setup/setup-token';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { totpCode } from '../../src/services/auth/totp';
import type { ServiceContext } from '../../src/services/context';
import { freshContext } from '../helpers/db';
import { expectAccessible, openBrowser, startServer, visit, type TestBrowser, type TestServer } from './helpers/browser';

// A code one step ahead: the step just used at enrolment may not be used again, and the server
// accepts the next step for clock drift.
const nextCode = (secret: string) => totpCode(secret, new Date(Date.now() + 30_000));

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
  await page.getByLabel('Code from your authenticator app').fill(nextCode(secret));
  await submit(page, 'Sign in');
}

for (const javaScriptEnabled of [true, false]) {
  describe(`accounts in Chromium, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, { timeout: 180_000 }, () => {
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

    it('notices accessibility violations (so a pass means something)', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/static/candor.css`);
      await page.setContent('<html><body><img src="/x.png"><input type="text"></body></html>');
      await expect(expectAccessible(page)).rejects.toThrow(/image-alt|label/);
      await page.close();
    });

    it('walks setup, sign-in, invitation, enrolment and sign-out', async () => {
      const page = await browser.newPage();
      const base = server.url;

      // First run: every page leads to setup.
      expect((await page.goto(`${base}/`))?.status()).toBe(403);
      await expectAccessible(page);
      expect(new URL(page.url()).pathname).toBe('/setup');
      // Only with the operator's setup link (printed by `candor serve` and `candor setup-link`).
      await expect(page.locator('main').textContent()).resolves.toContain('candor setup-link');
      await visit(page, `${base}${setupPath(ctx.keys)}`);
      await expect(page.locator('figure.qr svg').count()).resolves.toBe(1);

      // A mistake keeps what was typed.
      await page.getByLabel('Organisation name').fill('Example Foundation');
      await page.getByLabel('Your name').fill('Ada Chair');
      await page.getByLabel('Email address').fill('ada@example');
      await submit(page, 'Create the organisation');
      expect(await page.getByLabel('Organisation name').inputValue()).toBe('Example Foundation');
      await expect(page.getByRole('alert').textContent()).resolves.toContain('There is a problem');

      const chairSecret = await page.locator('input[name="totpSecret"]').inputValue();
      await page.getByLabel('Email address').fill('ada@example.org');
      await page.getByLabel('Password', { exact: true }).fill('ada has a long password');
      await page.getByLabel('Password again').fill('ada has a long password');
      await page.getByLabel('Code from your authenticator app').fill(totpCode(chairSecret, new Date()));
      await submit(page, 'Create the organisation');
      expect(new URL(page.url()).pathname).toBe('/login');

      await signIn(page, base, 'ada@example.org', 'ada has a long password', chairSecret);
      expect(new URL(page.url()).pathname).toBe('/wg');

      // Invite a second member.
      await visit(page, `${base}/wg/members`);
      await page.getByLabel('Name', { exact: true }).fill('Bo Member');
      await page.getByLabel('Email address').fill('bo@example.org');
      await page.getByLabel('Role').selectOption('member');
      await submit(page, 'Create invitation link');
      const link = (await page.locator('.copy-link').textContent())!.trim();
      expect(link).toMatch(/\/enrol\//);

      await submit(page, 'Sign out');
      expect(new URL(page.url()).pathname).toBe('/login');

      // Enrol through the link.
      await visit(page, link);
      const boSecret = await page.locator('input[name="totpSecret"]').inputValue();
      await page.getByLabel('Password', { exact: true }).fill('bo has a long password');
      await page.getByLabel('Password again').fill('bo has a long password');
      await page.getByLabel('Code from your authenticator app').fill(totpCode(boSecret, new Date()));
      await submit(page, 'Create my account');
      expect(new URL(page.url()).pathname).toBe('/login');

      await signIn(page, base, 'bo@example.org', 'bo has a long password', boSecret);
      expect(new URL(page.url()).pathname).toBe('/wg');
      await expect(page.locator('main').textContent()).resolves.toContain('Declare your conflicts of interest first');
      await visit(page, `${base}/wg/conflicts`);
      await submit(page, 'Confirm: I have nothing to declare');
      await expect(page.locator('main').textContent()).resolves.not.toContain('Declare your conflicts of interest first');

      await submit(page, 'Sign out');
      expect(new URL(page.url()).pathname).toBe('/login');
      const res = await page.goto(`${base}/wg`);
      expect(res?.status()).toBe(200); // the sign-in page, after a redirect
      expect(new URL(page.url()).pathname).toBe('/login');
      await page.close();
    });
  });
}
