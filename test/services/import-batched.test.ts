import { count, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsvRows } from '../../src/cli/csv-rows';
import { casePeople, cases, people } from '../../src/db/schema';
import type { ServiceContext } from '../../src/services/context';
import { importTrackingSheet } from '../../src/services/import/import-tracking-sheet';
import { createPerson } from '../../src/services/people/create-person';
import { buildSheet } from '../fixtures/tracking-sheet';
import { freshContext } from '../helpers/db';

const HEADER = 'Date of Report,Case Code Name,Person Code Name,Status,Resolution Source,Resolution Date,Safety Risk,Ongoing Harassment,Consequences,Documents';

describe('batched tracking-sheet import', () => {
  let ctx: ServiceContext;
  beforeAll(async () => {
    ctx = await freshContext();
  });

  it('the register refuses two person code names that differ only in case', async () => {
    await ctx.db.insert(people).values({ codeName: 'Quiet Harbor' });
    await expect(ctx.db.insert(people).values({ codeName: 'quiet HARBOR' })).rejects.toThrow();
    const rows = await ctx.db.select({ n: count() }).from(people).where(sql`lower(${people.codeName}) = 'quiet harbor'`);
    expect(rows[0]!.n).toBe(1);
  });

  it('links sheet rows to existing people whatever their case, and creates each new person once', async () => {
    await createPerson(ctx, { codeName: 'Silver Heron' });
    const csv = [
      HEADER,
      '1/2/2024,alpha beta,SILVER HERON,Ongoing,,,,,,',
      '1/3/2024,gamma delta,silver heron,Ongoing,,,,,,',
      '1/4/2024,gamma epsilon,Brand New,Ongoing,,,,,,',
      ',gamma epsilon,Other New,,,,,,,',
      '1/5/2024,zeta eta,brand new,Ongoing,,,,,,',
    ].join('\n');
    const summary = await importTrackingSheet(ctx, readCsvRows(csv, 'people.csv'));
    expect(summary).toMatchObject({ imported: 4, rows: 5, peopleCreated: 2 });
    const named = await ctx.db
      .select({ codeName: people.codeName, n: count() })
      .from(casePeople)
      .innerJoin(people, sql`${people.id} = ${casePeople.personId}`)
      .groupBy(people.codeName)
      .orderBy(people.codeName);
    expect(named).toEqual([
      { codeName: 'Brand New', n: 2 },
      { codeName: 'Other New', n: 1 },
      { codeName: 'Silver Heron', n: 2 },
    ]);
  });

  it('imports more cases than one batch holds, reporting progress up to the total', async () => {
    const sheet = buildSheet(1_100, 11);
    const seen: Array<[number, number]> = [];
    const summary = await importTrackingSheet(ctx, readCsvRows(sheet.csv, 'big.csv'), (done, total) => seen.push([done, total]));
    expect(summary.imported).toBe(1_100);
    expect(seen.at(-1)).toEqual([1_100, 1_100]);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every(([d], i) => i === 0 || d > seen[i - 1]![0])).toBe(true);
    const [{ n }] = (await ctx.db.select({ n: count() }).from(cases).where(sql`${cases.codeName} like '% % %'`)) as [{ n: number }];
    expect(n).toBe(1_100);
    // Importing the same file again changes nothing.
    expect((await importTrackingSheet(ctx, readCsvRows(sheet.csv, 'big.csv'))).unchanged).toBe(1_100);
  });
});
