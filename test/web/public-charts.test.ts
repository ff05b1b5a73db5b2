// The public trend chart is rendered once per set of published releases, not on every request:
// a second request is served from the cache, and publishing a new release renders it anew.
import { beforeAll, describe, expect, it } from 'vitest';
import { trendCharts } from '../../src/reports/render/chart';
import type { ServiceContext } from '../../src/services/context';
import { draftStatisticsRelease } from '../../src/services/publications/draft-statistics-release';
import { publishRelease } from '../../src/services/publications/publish-release';
import { freshContext } from '../helpers/db';
import { completeSetupDirectly } from '../helpers/members';
import { buildCase, buildSmallRegister } from '../services/publications/factory';
import { appFor, TestClient } from './helpers/client';

let ctx: ServiceContext;
beforeAll(async () => {
  ctx = await freshContext({ now: () => new Date('2026-03-01T12:00:00Z') });
  await completeSetupDirectly(ctx);
  await buildSmallRegister(ctx);
}, 120_000);

async function publishStats(period: string) {
  const d = await draftStatisticsRelease(ctx, { period });
  await publishRelease(ctx, { id: d.id });
}

describe('public trend chart', () => {
  it('renders once per published release set', async () => {
    await publishStats('2025-H1');
    const visitor = new TestClient(appFor(ctx));
    const before = trendCharts.renders;
    const first = await visitor.get('/statistics/trend.svg');
    expect(first.status).toBe(200);
    const svg = await first.text();
    expect(svg).toContain('<svg');
    expect(trendCharts.renders).toBe(before + 1);

    const second = await visitor.get('/statistics/trend.svg');
    expect(await second.text()).toBe(svg);
    expect(trendCharts.renders).toBe(before + 1); // served without rendering again

    // A new release (here a correction of the same half-year) changes the chart: rendered anew.
    await buildCase(ctx, { receivedOn: '2025-03-28', consequences: ['warning'] });
    await publishStats('2025-H1');
    const third = await visitor.get('/statistics/trend.svg');
    expect(third.status).toBe(200);
    expect(trendCharts.renders).toBe(before + 2);
    expect(await third.text()).not.toBe(svg);
    await visitor.get('/statistics/trend.svg');
    expect(trendCharts.renders).toBe(before + 2);
  }, 120_000);
});
