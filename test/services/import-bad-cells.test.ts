import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsvRows } from '../../src/cli/csv-rows';
import { auditLog, caseEvents, casePeople, cases, people } from '../../src/db/schema';
import { MAX_SHEET_PROBLEMS } from '../../src/domain/tracking-sheet';
import { CandorError } from '../../src/errors';
import type { ServiceContext } from '../../src/services/context';
import { importTrackingSheet } from '../../src/services/import/import-tracking-sheet';
import { buildSheet } from '../fixtures/tracking-sheet';
import { freshContext } from '../helpers/db';

async function snapshot(ctx: ServiceContext) {
  const n = async (t: typeof cases | typeof casePeople | typeof people | typeof caseEvents | typeof auditLog) =>
    ((await ctx.db.select({ n: count() }).from(t)) as [{ n: number }])[0].n;
  return { cases: await n(cases), casePeople: await n(casePeople), people: await n(people), events: await n(caseEvents), audit: await n(auditLog) };
}

async function importError(ctx: ServiceContext, csv: string): Promise<CandorError> {
  try {
    await importTrackingSheet(ctx, readCsvRows(csv, 'bad.csv'));
  } catch (e) {
    if (e instanceof CandorError) return e;
    throw e;
  }
  throw new Error('the import was expected to fail');
}

describe('tracking-sheet import names every bad cell before writing anything', () => {
  let ctx: ServiceContext;
  beforeAll(async () => {
    ctx = await freshContext();
    await importTrackingSheet(ctx, readCsvRows(buildSheet(5, 2).csv, 'good.csv'));
  });

  it('reports each bad cell with row, column, value and what is expected, and writes nothing', async () => {
    const good = buildSheet(30, 3);
    const lines = good.csv.trimEnd().split('\n').filter((l) => l.replace(/,/g, '').trim() !== '');
    const first = lines.length + 1; // spreadsheet row of the first appended line
    const bad = [
      '1/2/2024,bad one,P5,Ongoing,,,,,,',
      '2/30/2024,bad two,Blue Jay,Ongoing,,,perhaps,,,',
      '1/2/2024,bad three,Coral Fox,Resolved,CoC WG,,,,Sternly Told,',
      '1/2/2024,bad four,Teal Otter,Resolved,CoC WG,,,,Warning,',
      ',bad four,Gold Finch,Ongoing,,,,,No action taken,',
      '1/2/2024,bad five,Jade Newt,Resolved,None,,,,Ban,',
    ];
    // The good rows come first: a bad cell late in the file still stops the import before any write.
    const csv = [...lines, ...bad].join('\n') + '\n';
    const before = await snapshot(ctx);
    const e = await importError(ctx, csv);
    expect(e.code).toBe('import_invalid');
    expect(e.message).toMatch(/nothing was written: 6 bad cells; the first: row \d+, column "Person Code Name"/);
    expect(e.issues).toEqual([
      { field: `row ${first}, Person Code Name`, message: 'too short; a person code name has at least 3 characters (value: "P5")' },
      { field: `row ${first + 1}, Date of Report`, message: 'not a valid date; use M/D/YYYY or YYYY-MM-DD (value: "2/30/2024")' },
      { field: `row ${first + 1}, Safety Risk`, message: 'expected Yes or No (value: "perhaps")' },
      { field: `row ${first + 2}, Consequences`, message: expect.stringContaining('unknown consequence') as string },
      { field: `row ${first + 4}, Status`, message: `conflicts with row ${first + 3} of the same case (value: "Ongoing")` },
      { field: `row ${first + 5}, Resolution Source`, message: 'an action was taken, so the resolution source cannot be None (value: "None")' },
    ]);
    expect(e.issues[3]!.message).toContain('(value: "Sternly Told")');
    expect(await snapshot(ctx)).toEqual(before);
  });

  it('stops looking after the limit and says so', async () => {
    const header = 'Date of Report,Case Code Name,Person Code Name,Status,Resolution Source,Resolution Date,Safety Risk,Ongoing Harassment,Consequences,Documents';
    const rows = Array.from({ length: MAX_SHEET_PROBLEMS + 20 }, (_, i) => `1/2/2024,case ${i},P${i % 10},Ongoing,,,,,,`);
    const before = await snapshot(ctx);
    const e = await importError(ctx, [header, ...rows].join('\n') + '\n');
    expect(e.message).toContain(`${MAX_SHEET_PROBLEMS} or more bad cells`);
    expect(e.issues).toHaveLength(MAX_SHEET_PROBLEMS + 1);
    expect(e.issues[0]).toEqual({ field: 'row 2, Person Code Name', message: 'too short; a person code name has at least 3 characters (value: "P0")' });
    expect(e.issues.at(-1)!.field).toBe('later rows');
    expect(await snapshot(ctx)).toEqual(before);
  });
});
