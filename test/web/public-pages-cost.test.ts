// Public pages cost what they show: with 1 or 20 earlier releases the annual report page is the
// same bytes, the statistics page grows only by its list of periods, a repeated request reads no
// release at all, and no public request ever loads a release's underlying values (the loader
// that returns them is instrumented).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ServiceContext } from '../../src/services/context';
import { draftAnnualReport } from '../../src/services/publications/draft-annual-report';
import { draftStatisticsRelease } from '../../src/services/publications/draft-statistics-release';
import * as store from '../../src/services/publications/store';
import { freshContext } from '../helpers/db';
import { completeSetupDirectly } from '../helpers/members';
import { publishApproved } from '../helpers/public-text';
import { buildCase } from '../services/publications/factory';
import { appFor, TestClient } from './helpers/client';

vi.mock('../../src/services/publications/store', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/services/publications/store')>();
  return { ...real, loadPublished: vi.fn(real.loadPublished), loadPublishedPublic: vi.fn(real.loadPublishedPublic) };
});

const PAGES = ['/', '/statistics', '/statistics.json', '/reports', '/reports/2024', '/reports/2024/report.json', '/statistics/2024-H1', '/publications', '/publications/log'];

describe('public pages and the number of releases', () => {
  let ctx: ServiceContext;
  let site: TestClient;
  const withOne = new Map<string, string>();
  beforeAll(async () => {
    ctx = await freshContext({ now: () => new Date('2026-03-01T12:00:00Z') });
    await completeSetupDirectly(ctx);
    for (const receivedOn of ['2024-03-02', '2024-04-03', '2024-09-04', '2023-02-05']) await buildCase(ctx, { receivedOn });
    await publishApproved(ctx, (await draftStatisticsRelease(ctx, { period: '2024-H1' })).id);
    await publishApproved(ctx, (await draftAnnualReport(ctx, { year: 2024 })).id);
    site = new TestClient(appFor(ctx));
    for (const path of ['/reports/2024', '/statistics']) {
      expect((await site.get(path)).status).toBe(200);
      withOne.set(path, site.lastHtml);
    }
    // Nineteen more releases: ten years of half-years before 2024.
    for (let year = 2014; year <= 2023; year++) {
      for (const half of ['H1', 'H2']) {
        if (year === 2014 && half === 'H1') continue;
        await publishApproved(ctx, (await draftStatisticsRelease(ctx, { period: `${year}-${half}` })).id);
      }
    }
  }, 600_000);

  it('serves the annual report page unchanged, and the statistics page grown only by its list of periods', async () => {
    expect((await site.get('/reports/2024')).status).toBe(200);
    expect(site.lastHtml).toBe(withOne.get('/reports/2024'));
    expect((await site.get('/statistics')).status).toBe(200);
    const periods = (site.lastHtml.match(/<a href="\/statistics\/\d{4}-H\d">/g) ?? []).length;
    expect(periods).toBe(19 + 1);
    const perPeriod = (site.lastHtml.length - withOne.get('/statistics')!.length) / 19;
    // One table row per period (a link and a dozen figures), nothing that grows with the releases' contents.
    expect(perPeriod).toBeLessThan(2_000);
  });

  it('reads no underlying value on any public request, and no release at all once nothing new is published', async () => {
    const loadPublished = vi.mocked(store.loadPublished);
    const loadPublic = vi.mocked(store.loadPublishedPublic);
    loadPublished.mockClear();
    for (const path of PAGES) expect((await site.get(path)).status, path).toBe(200);
    expect(loadPublished).not.toHaveBeenCalled();
    const rows = await store.loadPublishedPublic(ctx);
    expect(rows).toHaveLength(21);
    for (const r of rows) expect(Object.keys(r.content)).not.toEqual(expect.arrayContaining(['truth']));
    for (const r of rows) expect(Object.keys(r.content)).not.toContain('protection');

    loadPublic.mockClear();
    for (const path of ['/', '/statistics', '/reports/2024', '/statistics/2024-H1']) expect((await site.get(path)).status).toBe(200);
    expect(loadPublic).not.toHaveBeenCalled();
  });
});
