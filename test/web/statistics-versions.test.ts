// A corrected half-year on the public site: every published version stays at its own address,
// the period's page says what changed and why, and each release page links its log entry.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/services/context';
import { draftAnnualReport } from '../../src/services/publications/draft-annual-report';
import { draftStatisticsRelease } from '../../src/services/publications/draft-statistics-release';
import { publishApproved } from '../helpers/public-text';
import { freshContext } from '../helpers/db';
import { completeSetupDirectly } from '../helpers/members';
import { buildCase } from '../services/publications/factory';
import { appFor, TestClient } from './helpers/client';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('statistics versions on the public site', () => {
  let ctx: ServiceContext;
  let site: TestClient;
  beforeAll(async () => {
    ctx = await freshContext({ now: () => new Date('2026-03-01T12:00:00Z') });
    await completeSetupDirectly(ctx);
    for (const receivedOn of ['2024-03-02', '2025-02-03', '2025-03-04', '2025-03-05', '2025-04-06']) await buildCase(ctx, { receivedOn });
    await publishApproved(ctx, (await draftAnnualReport(ctx, { year: 2024 })).id); // log entry 1
    await publishApproved(ctx, (await draftStatisticsRelease(ctx, { period: '2025-H1' })).id, 'Our first half-year figures.'); // entry 2
    await buildCase(ctx, { receivedOn: '2025-05-07' });
    const v2 = await draftStatisticsRelease(ctx, { period: '2025-H1' });
    await publishApproved(ctx, v2.id, 'A report that reached us in May was recorded late.'); // entry 3
    site = new TestClient(appFor(ctx));
  });

  it('links each period of the statistics table to its history, which shows both versions with the reason and the change', async () => {
    await site.get('/statistics');
    expect(site.lastHtml).toContain('<a href="/statistics/2025-H1">2025-H1</a>');
    expect(site.lastHtml).toContain('href="/publications"');

    expect((await site.get('/statistics/2025-h1')).status).toBe(200);
    const page = text(site.lastHtml);
    expect(page).toContain('Version 2 (current), published 2026-03');
    expect(page).toContain('Why it was corrected: A report that reached us in May was recorded late.');
    expect(page).toContain('What changed from version 1');
    expect(page).toContain('Reports received: 4 → 5');
    expect(page).toContain('Version 1 , published 2026-03');
    expect(page).toContain('Our first half-year figures.');
    expect(site.lastHtml).toContain('href="/statistics/2025-H1/v1"');
    expect(site.lastHtml).toContain('href="/publications#entry-2"');
    expect(site.lastHtml).toContain('href="/publications#entry-3"');
  });

  it('serves each version at a stable address with its own figures and log entry', async () => {
    expect((await site.get('/statistics/2025-H1/v1')).status).toBe(200);
    const v1 = text(site.lastHtml);
    expect(v1).toMatch(/Reports received 4 /);
    expect(v1).toContain('This version was replaced by a correction; the current version is 2');
    expect(site.lastHtml).toContain('href="/publications#entry-2"');
    expect(site.lastHtml).toContain('href="/publications/releases/stats-2025-H1-v1.json"');

    expect((await site.get('/statistics/2025-H1/v2')).status).toBe(200);
    expect(text(site.lastHtml)).toMatch(/Reports received 5 /);
    expect(text(site.lastHtml)).toContain('This is the current version');
    expect(text(site.lastHtml)).toContain('Reports received: 4 → 5');

    for (const missing of ['/statistics/2025-H1/v3', '/statistics/2025-H1/1', '/statistics/2025-H2', '/statistics/2025-H3/v1']) {
      expect((await site.get(missing)).status, missing).toBe(404);
    }
    expect((await site.get('/publications/releases/stats-2025-H1-v1.json')).status).toBe(200);
  });

  it('links the annual report to its log entry, and the log page to every release version', async () => {
    await site.get('/reports/2024');
    expect(site.lastHtml).toContain('href="/publications#entry-1"');
    await site.get('/publications');
    for (const n of [1, 2, 3]) expect(site.lastHtml).toContain(`id="entry-${n}"`);
    expect(site.lastHtml).toContain('href="/statistics/2025-H1/v2"');
    expect(site.lastHtml).toContain('href="/reports/2024?version=1"');
  });
});
