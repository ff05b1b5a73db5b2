// Corrections of a published annual report: "Not recorded" is a category like any other, and a
// correction never hides a figure the earlier version published exactly.
import { describe, expect, it } from 'vitest';
import { HIDDEN_IN_CORRECTION, publicView, type PublicPublication } from '../../../src/reports/model';
import { createDemoOrganisation } from '../../../src/services/demo/create-demo-organisation';
import { draftStatisticsRelease } from '../../../src/services/publications/draft-statistics-release';
import type { ServiceContext } from '../../../src/services/context';
import { draftAnnualReport } from '../../../src/services/publications/draft-annual-report';
import { publishRelease } from '../../../src/services/publications/publish-release';
import { findPublication } from '../../../src/services/publications/store';
import { freshContext } from '../../helpers/db';
import { approveAllPublicTexts } from '../../helpers/public-text';
import { buildCase, buildSmallRegister } from './factory';

const NOW = () => new Date('2026-03-01T12:00:00Z');

async function publishAnnual(ctx: ServiceContext, year: number) {
  const d = await draftAnnualReport(ctx, { year });
  await approveAllPublicTexts(ctx);
  await publishRelease(ctx, { id: d.id });
  return { draft: d, view: publicView(await findPublication(ctx, d.id)) };
}

describe('annual report corrections', () => {
  it('corrects a year whose imported reports landed in "Not recorded"', async () => {
    const ctx = await freshContext({ now: NOW });
    await buildSmallRegister(ctx);
    // As the tracking-sheet import records them: no space, no category.
    for (const day of ['11', '12', '13', '14']) await buildCase(ctx, { receivedOn: `2025-05-${day}`, categories: [], spaceIds: [], consequences: ['warning'] });
    await buildCase(ctx, { receivedOn: '2025-05-20', categories: [], spaceIds: [], consequences: ['no_action'] });
    const v1 = await publishAnnual(ctx, 2025);
    expect(v1.draft.passes).toBe(true);

    await buildCase(ctx, { receivedOn: '2025-05-21', categories: [], spaceIds: [], consequences: ['warning'] });
    const v2 = await draftAnnualReport(ctx, { year: 2025 });
    expect(v2).toMatchObject({ version: 2 });
    expect(v2.protection.problems).toEqual([]);
    expect(v2.passes).toBe(true);
    await approveAllPublicTexts(ctx);
    await publishRelease(ctx, { id: v2.id });
  }, 300_000);

  it('never hides a figure the earlier version published exactly, and says why when a corrected figure must be hidden', async () => {
    const ctx = await freshContext({ now: NOW });
    await createDemoOrganisation(ctx, { cases: 60, publishStatistics: false }); // this test publishes itself
    for (const period of ['2024-H1', '2024-H2']) {
      const s = await draftStatisticsRelease(ctx, { period });
      await approveAllPublicTexts(ctx);
      await publishRelease(ctx, { id: s.id });
    }
    const v1 = await publishAnnual(ctx, 2024);
    // A report recorded late, as the tracking-sheet import leaves it: no space, no category.
    await buildCase(ctx, { receivedOn: '2024-03-10', consequences: ['out_of_scope'], categories: [], spaceIds: [] });
    const v2 = await publishAnnual(ctx, 2024);
    expect(v2.view.version).toBe(2);

    const exactBefore = (p: PublicPublication) => p.tables.flatMap((t) => t.cells.filter((c) => !c.masked).map((c) => ({ t, c })));
    const nowHidden = exactBefore(v1.view).flatMap(({ t, c }) => {
      const now = v2.view.tables.find((x) => x.id === t.id)?.cells.find((x) => x.row === c.row && x.column === c.column);
      return now?.masked ? [{ table: t.title, label: t.columns.length === 1 ? c.row : `${c.row} × ${c.column}`, before: c.display }] : [];
    });
    // A figure the correction did not change stays as it was; one it changed and must hide is
    // listed with the earlier figure and the reason.
    for (const h of nowHidden) {
      expect(v2.view.corrections).toContainEqual(expect.objectContaining({ ...h, reason: HIDDEN_IN_CORRECTION }));
    }
    // The late report changes only these headline figures; every other one keeps its public value.
    const changedByTheLateReport = ['Reports received', 'People named', 'Out of scope'];
    const headlineHidden = nowHidden.filter((h) => h.table === 'Figures for 2024').map((h) => h.label);
    expect(headlineHidden.filter((l) => !changedByTheLateReport.includes(l))).toEqual([]);
  }, 300_000);
});
