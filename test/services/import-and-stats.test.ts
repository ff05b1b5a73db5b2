import { count } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { readCsvRows } from '../../src/cli/csv-rows';
import { auditLog, caseEvents, casePeople, cases, people } from '../../src/db/schema';
import { FIGURE_KEYS } from '../../src/domain/statistics';
import type { ServiceContext } from '../../src/services/context';
import { describeImport, importTrackingSheet } from '../../src/services/import/import-tracking-sheet';
import { getStatistics } from '../../src/services/stats/get-statistics';
import { buildSheet } from '../fixtures/tracking-sheet';
import { freshContext } from '../helpers/db';

async function tableCounts(ctx: ServiceContext) {
  const n = async (t: typeof cases | typeof casePeople | typeof people | typeof caseEvents) =>
    ((await ctx.db.select({ n: count() }).from(t)) as [{ n: number }])[0].n;
  return { cases: await n(cases), casePeople: await n(casePeople), people: await n(people), events: await n(caseEvents) };
}

describe('tracking-sheet import and statistics', () => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = await freshContext();
  });

  it('imports a 150-case sheet and gives the documented figures for every half-year', async () => {
    const sheet = buildSheet(150);
    const summary = await importTrackingSheet(ctx, readCsvRows(sheet.csv, 'sheet.csv'));
    expect(summary.imported).toBe(150);
    const periods = await getStatistics(ctx);
    expect(periods.map((p) => p.period)).toEqual([...sheet.expected.keys()].sort());
    for (const p of periods) {
      const want = sheet.expected.get(p.period)!;
      for (const key of FIGURE_KEYS) {
        if (key === 'flagged') continue;
        expect({ period: p.period, key, value: p[key] }).toEqual({ period: p.period, key, value: want[key] ?? 0 });
      }
      expect(p.flagged).toBe(0);
    }
    const entries = (await ctx.db.select().from(auditLog)).filter((e) => e.action === 'import.tracking_sheet');
    expect(entries.map((e) => e.details)).toEqual([{ imported: 150, updated: 0, unchanged: 0, rows: summary.rows, peopleCreated: summary.peopleCreated }]);
  });

  it('filters by a year as well as a half-year', async () => {
    const sheet = buildSheet(60, 3);
    await importTrackingSheet(ctx, readCsvRows(sheet.csv, 's.csv'));
    const [h1] = await getStatistics(ctx, { period: '2023-H1' });
    const [h2] = await getStatistics(ctx, { period: '2023-H2' });
    const [year] = await getStatistics(ctx, { period: '2023' });
    expect(year!.period).toBe('2023');
    expect(year!.reports).toBe(h1!.reports + h2!.reports);
    expect(year!.reports).toBe((sheet.expected.get('2023-H1')?.reports ?? 0) + (sheet.expected.get('2023-H2')?.reports ?? 0));
  });

  it('does not duplicate cases when the same file is imported twice, and says so', async () => {
    const sheet = buildSheet(40, 11);
    const rows = readCsvRows(sheet.csv, 's.csv');
    await importTrackingSheet(ctx, rows);
    const before = await tableCounts(ctx);
    const again = await importTrackingSheet(ctx, rows);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 40 });
    expect(describeImport(again)).toMatch(/^imported 0 cases, 40 unchanged/);
    expect(await tableCounts(ctx)).toEqual(before);
  });

  it('updates a case whose rows changed, without duplicating it', async () => {
    const csv1 = 'Date of Report,Case Code Name,Person Code Name,Status,Resolution Source,Resolution Date,Safety Risk,Ongoing Harassment,Consequences,Documents\n1/2/2024,home shelf,Blue Jay,Ongoing,,,No,No,,\n';
    const csv2 = csv1.replace('Ongoing,,,No,No,,', 'Resolved,CoC WG,2/3/2024,No,No,Warning,');
    await importTrackingSheet(ctx, readCsvRows(csv1, 'a.csv'));
    const s = await importTrackingSheet(ctx, readCsvRows(csv2, 'b.csv'));
    expect(s).toMatchObject({ imported: 0, updated: 1, unchanged: 0 });
    const [fig] = await getStatistics(ctx, { period: '2024-H1' });
    expect(fig).toMatchObject({ reports: 1, ongoing: 0, actionsWorkingGroup: 1, warned: 1, peopleNamed: 1 });
  });

  const header = 'Date of Report,Case Code Name,Person Code Name,Status,Resolution Source,Resolution Date,Safety Risk,Ongoing Harassment,Consequences,Documents';
  const bad: Array<[string, string, RegExp]> = [
    ['unknown consequence', `${header}\n1/2/2024,a b,Blue Jay,Resolved,CoC WG,,,,Sternly Told,\n`, /row 2, column "Consequences".*Sternly Told/],
    ['impossible date', `${header}\n1/2/2024,a b,Blue Jay,Resolved,CoC WG,,,,Warning,\n2/30/2024,c d,Coral Fox,Ongoing,,,,,,\n`, /row 3, column "Date of Report".*2\/30\/2024/],
    ['resolved without consequences', `${header}\n1/2/2024,a b,Blue Jay,Resolved,CoC WG,,,,,\n`, /row 2, column "Consequences".*no row gives a consequence/],
    ['action with source None', `${header}\n1/2/2024,a b,Blue Jay,Resolved,None,,,,Ban,\n`, /row 2, column "Resolution Source"/],
    ['conflicting values', `${header}\n1/2/2024,a b,Blue Jay,Resolved,CoC WG,,,,Warning,\n,a b,Coral Fox,Ongoing,,,,,No action taken,\n`, /row 3, column "Status".*conflicts with row 2/],
  ];
  for (const [name, csv, message] of bad) {
    it(`stops on ${name}, names row and column, and writes nothing`, async () => {
      const good = buildSheet(5, 2);
      await importTrackingSheet(ctx, readCsvRows(good.csv, 'g.csv'));
      const before = await tableCounts(ctx);
      const auditBefore = await ctx.db.select().from(auditLog);
      await expect(importTrackingSheet(ctx, readCsvRows(csv, 'bad.csv'))).rejects.toThrow(message);
      expect(await tableCounts(ctx)).toEqual(before);
      expect(await ctx.db.select().from(auditLog)).toEqual(auditBefore);
    });
  }
});
