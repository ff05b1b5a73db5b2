// The public site in Chromium with axe-core: home, statistics, reports list and an annual
// report, after statistics and a report are published. JavaScript off, as on Tor's safest level.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/services/context';
import { draftAnnualReport } from '../../src/services/publications/draft-annual-report';
import { draftStatisticsRelease } from '../../src/services/publications/draft-statistics-release';
import { publishRelease } from '../../src/services/publications/publish-release';
import { freshContext } from '../helpers/db';
import { completeSetupDirectly } from '../helpers/members';
import { buildSmallRegister } from '../services/publications/factory';
import { openBrowser, startServer, visit, type TestBrowser, type TestServer } from './helpers/browser';

describe('public site in a browser', { timeout: 180_000 }, () => {
  let ctx: ServiceContext;
  let server: TestServer;
  let browser: TestBrowser;
  beforeAll(async () => {
    ctx = await freshContext({ now: () => new Date('2026-03-01T12:00:00Z') });
    await completeSetupDirectly(ctx, 'Axe Foundation');
    await buildSmallRegister(ctx);
    for (const p of ['2024-H1', '2024-H2', '2025-H1', '2025-H2']) await publishRelease(ctx, (await draftStatisticsRelease(ctx, p)).id);
    await publishRelease(ctx, (await draftAnnualReport(ctx, 2025)).id);
    server = await startServer(ctx);
    browser = await openBrowser({ javaScriptEnabled: false });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('every public page passes axe-core and the chart loads as an image', async () => {
    const page = await browser.newPage();
    for (const path of ['/', '/statistics', '/reports', '/reports/2025']) await visit(page, `${server.url}${path}`);
    await visit(page, `${server.url}/statistics`);
    const loaded = await page.locator('img[src="/statistics/trend.svg"]').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth);
    expect(loaded).toBeGreaterThan(0);
  });
});
