// Internal statistics and the figures a statistics release is built from must agree: both read
// the register through one loader (services/stats/load-stat-cases.ts) and one definition of
// "named" and "flagged" (domain/statistics.ts). This test holds them to it on an imported
// tracking sheet with unnamed rows, reporters, and person and row flags, some of them expired.
import { and, eq, inArray } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { readCsvRows } from '../../../src/cli/csv-rows';
import { casePeople, people } from '../../../src/db/schema';
import { parsePeriod } from '../../../src/domain/periods';
import { CASE_OUTCOMES, PERSON_CLASSES, halfAtoms } from '../../../src/reports/atoms';
import type { ServiceContext } from '../../../src/services/context';
import { importTrackingSheet } from '../../../src/services/import/import-tracking-sheet';
import { loadRegisterSnapshot } from '../../../src/services/publications/load-register';
import { getStatistics } from '../../../src/services/stats/get-statistics';
import { buildSheet } from '../../fixtures/tracking-sheet';
import { freshContext } from '../../helpers/db';

const sum = (truth: Record<string, number>, prefix: string, suffix = ''): number =>
  Object.entries(truth)
    .filter(([id]) => id.startsWith(prefix) && id.endsWith(suffix))
    .reduce((n, [, v]) => n + v, 0);

describe('internal statistics and published figures', () => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    // "Today" fixes which person flags have expired.
    ctx = await freshContext({ now: () => new Date('2026-03-15T12:00:00Z') });
  });

  it('agree on every half-year of an imported sheet, flags and reporters included', async () => {
    const sheet = buildSheet(150, 5);
    expect((await importTrackingSheet(ctx, readCsvRows(sheet.csv, 'sheet.csv'))).imported).toBe(150);

    // Flags as a working group leaves them: one person flagged for good, one whose flag lapsed,
    // one whose flag still runs, and a few rows flagged on the case itself.
    const persons = await ctx.db.select({ id: people.id, codeName: people.codeName }).from(people).orderBy(people.codeName);
    expect(persons.length).toBeGreaterThanOrEqual(4);
    const [forGood, lapsed, running, reporter] = persons as [(typeof persons)[0], (typeof persons)[0], (typeof persons)[0], (typeof persons)[0]];
    await ctx.db.update(people).set({ flagged: true }).where(eq(people.id, forGood.id));
    await ctx.db.update(people).set({ flagged: true, flagExpiresOn: '2026-03-15' }).where(eq(people.id, lapsed.id));
    await ctx.db.update(people).set({ flagged: true, flagExpiresOn: '2026-03-16' }).where(eq(people.id, running.id));
    const rows = await ctx.db.select({ id: casePeople.id, caseId: casePeople.caseId, personId: casePeople.personId }).from(casePeople);
    const rowFlags = rows.filter((_, i) => i % 9 === 0).map((r) => r.id);
    await ctx.db.update(casePeople).set({ flagged: true }).where(inArray(casePeople.id, rowFlags));
    // Reporters are linked to cases too, flagged and with a consequence, but are never "named".
    const someCases = [...new Set(rows.map((r) => r.caseId))].slice(0, 20);
    await ctx.db.insert(casePeople).values(someCases.map((caseId) => ({ caseId, personId: reporter.id, roleInCase: 'reporter' as const, consequence: 'ban' as const, flagged: true })));

    const internal = await getStatistics(ctx);
    const snapshot = await loadRegisterSnapshot(ctx);
    expect(internal.map((p) => p.period)).toEqual([...sheet.expected.keys()].sort());
    // The sheet's own figures still hold: reporters count nowhere.
    for (const p of internal) expect(p.peopleNamed).toBe(sheet.expected.get(p.period)!.peopleNamed);
    const flaggedTotal = internal.reduce((n, p) => n + p.flagged, 0);
    expect(flaggedTotal).toBeGreaterThan(0);

    for (const p of internal) {
      const { truth } = halfAtoms(snapshot, parsePeriod(p.period)!);
      const h = p.period;
      const published = {
        reports: truth[`${h}|ongoing`]! + sum(truth, `${h}|case|`),
        ongoing: truth[`${h}|ongoing`]!,
        ...Object.fromEntries(CASE_OUTCOMES.map((o) => [o, sum(truth, `${h}|case|${o}|`)])),
        peopleNamed: sum(truth, `${h}|person|`),
        warned: sum(truth, `${h}|person|warned|`),
        suspended: sum(truth, `${h}|person|suspended|`),
        banned: sum(truth, `${h}|person|banned|`),
        other: sum(truth, `${h}|person|other|`),
        flagged: PERSON_CLASSES.reduce((n, cls) => n + sum(truth, `${h}|person|${cls}|`, '|flagged'), 0),
      };
      expect({ period: h, ...published }).toEqual({
        period: h,
        reports: p.reports,
        ongoing: p.ongoing,
        ...Object.fromEntries(CASE_OUTCOMES.map((o) => [o, p[o]])),
        peopleNamed: p.peopleNamed,
        warned: p.warned,
        suspended: p.suspended,
        banned: p.banned,
        other: p.other,
        flagged: p.flagged,
      });
    }

    // The lapsed flag no longer counts, the running one does: a person flagged in the identity key
    // only (no row flag) shows in the figures exactly while the flag holds.
    const rowsOf = async (personId: string) =>
      ctx.db.select({ id: casePeople.id }).from(casePeople).where(and(eq(casePeople.personId, personId), eq(casePeople.roleInCase, 'reported')));
    expect((await rowsOf(lapsed.id)).length).toBeGreaterThan(0);
    await ctx.db.update(casePeople).set({ flagged: false });
    const onlyPersonFlags = (await getStatistics(ctx)).reduce((n, p) => n + p.flagged, 0);
    await ctx.db.update(people).set({ flagExpiresOn: null }).where(eq(people.id, lapsed.id));
    const withLapsedBack = (await getStatistics(ctx)).reduce((n, p) => n + p.flagged, 0);
    expect(withLapsedBack).toBeGreaterThan(onlyPersonFlags);
  });
});
