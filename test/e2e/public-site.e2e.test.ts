// The public site in Chromium with axe-core: home, statistics, reports list and an annual
// report, after statistics and a report are published. JavaScript off, as on Tor's safest level.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/services/context';
import { draftAnnualReport } from '../../src/services/publications/draft-annual-report';
import { draftStatisticsRelease } from '../../src/services/publications/draft-statistics-release';
import { publishRelease } from '../../src/services/publications/publish-release';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor } from '../helpers/members';
import { cases } from '../../src/db/schema';
import { withActor } from '../../src/services/context';
import { recordReconsideration } from '../../src/services/case-reviews/record-reconsideration';
import { recordUrgentAction } from '../../src/services/case-reviews/record-urgent-action';
import { addDocumentVersion } from '../../src/services/documents';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { buildSmallRegister } from '../services/publications/factory';
import { openBrowser, startServer, visit, type TestBrowser, type TestServer } from './helpers/browser';
import { approveAllPublicTexts } from '../helpers/public-text';

describe('public site in a browser', { timeout: 180_000 }, () => {
  let ctx: ServiceContext;
  let server: TestServer;
  let browser: TestBrowser;
  beforeAll(async () => {
    ctx = await freshContext({ now: () => new Date('2026-03-01T12:00:00Z') });
    await completeSetupDirectly(ctx, 'Axe Foundation');
    await buildSmallRegister(ctx);
    for (const p of ['2024-H1', '2024-H2', '2025-H1', '2025-H2']) await publishRelease(ctx, { id: (await draftStatisticsRelease(ctx, { period: p })).id });
    const annual = await draftAnnualReport(ctx, { year: 2025 });
    await approveAllPublicTexts(ctx);
    await publishRelease(ctx, { id: annual.id });
    server = await startServer(ctx);
    browser = await openBrowser({ javaScriptEnabled: false });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('every public page passes axe-core and the chart loads as an image', async () => {
    const page = await browser.newPage();
    for (const path of ['/', '/statistics', '/reports', '/reports/2025', '/documentation', '/statistics/2025-H1', '/statistics/2025-H1/v1', '/publications']) await visit(page, `${server.url}${path}`);
    await visit(page, `${server.url}/statistics`);
    const loaded = await page.locator('img[src="/statistics/trend.svg"]').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth);
    expect(loaded).toBeGreaterThan(0);
  });

  it("the chair's pages for a case's reconsiderations and urgent actions, and for the documentation changelog, pass axe-core", async () => {
    const chair = await buildMember(ctx, { role: 'chair' });
    const other = await buildMember(ctx, { role: 'member' });
    const [kase] = await ctx.db.select({ id: cases.id }).from(cases).limit(1);
    await recordReconsideration(ctx, { caseId: kase!.id, requestedOn: '2025-06-01', requestedBy: 'reported', details: 'Asked for a review.' });
    await recordUrgentAction(withActor(ctx, chair.actor), { caseId: kase!.id, action: 'block', takenAt: '2025-06-01T21:00', memberId: other.id });
    await addDocumentVersion(ctx, { title: 'Manual', version: '2.0', publishedOn: '2025-05-01', summary: 'Added the reconsideration process.' });
    const url = new URL(server.url);
    await browser.context.addCookies([{ name: SESSION_COOKIE, value: await sessionFor(ctx, chair.id), domain: url.hostname, path: '/', secure: true, httpOnly: true, sameSite: 'Lax' }]);
    const page = await browser.newPage();
    await visit(page, `${server.url}/wg/cases/${kase!.id}/reviews`);
    expect(await page.locator('h1').textContent()).toMatch(/Reconsideration and urgent actions/);
    // Record a request, record an urgent action, review it: the board decides the pending request in its own area.
    expect(await page.locator(`form[action^="/wg/cases/${kase!.id}/"]`).count()).toBe(3);
    // The new version waits for a second member's review: the review pages pass axe-core too.
    await visit(page, `${server.url}/wg/public-texts`);
    const review = await page.locator('a[href^="/wg/public-texts/"]').first().getAttribute('href');
    await visit(page, `${server.url}${review!}`);
    expect(await page.content()).toContain('Added the reconsideration process.');
    await approveAllPublicTexts(ctx);
    await visit(page, `${server.url}/wg/documents`);
    await visit(page, `${server.url}/documentation`);
    expect(await page.content()).toContain('Added the reconsideration process.');
  });
});
