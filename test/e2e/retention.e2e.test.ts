// Retention in Chromium, without JavaScript: the chair follows the navigation to the retention
// page, opens the confirmation step of a planted minor record, sees what will be destroyed, ticks
// the box and confirms; the list is then empty and the case's narrative is gone.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../../src/db/schema';
import type { ServiceContext } from '../../src/services/context';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor } from '../helpers/members';
import { buildCase } from '../services/publications/factory';
import { expectAccessible, openBrowser, startServer, visit, type TestBrowser, type TestServer } from './helpers/browser';

describe('retention (e2e)', () => {
  let ctx: ServiceContext;
  let server: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    ctx = await freshContext({ now: () => new Date('2026-03-01T12:00:00Z'), config: { retention: { minorRecords: { afterMonths: 25 } } } });
    await completeSetupDirectly(ctx);
    server = await startServer(ctx);
    browser = await openBrowser({ javaScriptEnabled: false });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists, explains and expunges a minor record past its period', async () => {
    const planted = await buildCase(ctx, { receivedOn: '2024-01-05', resolvedOn: '2024-01-25', consequences: ['warning'], narrative: 'SECRET narrative' });
    const chair = await buildMember(ctx, { role: 'chair' });
    await browser.context.addCookies([{ name: SESSION_COOKIE, value: await sessionFor(ctx, chair.id), url: server.url }]);
    const page = await browser.newPage();
    await visit(page, `${server.url}/wg`);
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Retention', exact: true }).click();
    await page.waitForURL(/\/wg\/retention$/);
    await expectAccessible(page);
    await expect(page.getByRole('cell', { name: planted.codeName, exact: true }).count()).resolves.toBe(1);

    await page.getByRole('row').filter({ hasText: planted.codeName }).getByRole('link', { name: /Review and confirm/ }).click();
    await page.waitForURL(/\/wg\/retention\?case=/);
    await expectAccessible(page);
    const step = page.getByRole('region', { name: new RegExp(`Confirm: .*${planted.codeName}`) });
    await expect(step.getByText('This is destroyed for good').count()).resolves.toBe(1);

    // Without the tick: the page again, with the error.
    let loaded = page.waitForEvent('load');
    await step.getByRole('button', { name: 'Destroy these records' }).click();
    await loaded;
    await expect(page.getByText('Tick the box to confirm').first().isVisible()).resolves.toBe(true);
    await expectAccessible(page);

    const again = page.getByRole('region', { name: new RegExp(`Confirm: .*${planted.codeName}`) });
    await again.getByLabel('I have read what will be destroyed, and I confirm it.').check();
    loaded = page.waitForEvent('load');
    await again.getByRole('button', { name: 'Destroy these records' }).click();
    await loaded;
    await page.waitForURL(/\/wg\/retention$/);
    await expect(page.getByText(`${planted.codeName}: expunged under the retention rules.`).count()).resolves.toBe(1);
    await expect(page.getByText('Nothing is due.').count()).resolves.toBe(1);
    await expectAccessible(page);

    const [row] = await ctx.db.select({ narrative: cases.narrativeSealed }).from(cases).where(eq(cases.id, planted.id));
    expect(row?.narrative).toBeNull();
  }, 120_000);
});
