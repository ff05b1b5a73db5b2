// The import fingerprint is keyed: the register holds no plain hash of what a sheet said (its
// sealed Documents cell among it). Unkeyed fingerprints of earlier versions are keyed in place
// without the sheet, and re-importing the same file is still recognised.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { readCsvRows } from '../../src/cli/csv-rows';
import { caseEvents, cases } from '../../src/db/schema';
import { parseTrackingSheet } from '../../src/domain/tracking-sheet';
import { makeKeys, type ServiceContext } from '../../src/services/context';
import { canonicalSheetCase, importTrackingSheet, keyLegacyFingerprints } from '../../src/services/import/import-tracking-sheet';
import { buildSheet } from '../fixtures/tracking-sheet';
import { freshContext, testMasterKey } from '../helpers/db';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

async function importedPrints(ctx: ServiceContext) {
  const rows = await ctx.db.select({ id: caseEvents.id, data: caseEvents.data }).from(caseEvents).where(eq(caseEvents.kind, 'imported'));
  return rows.map((r) => ({ id: r.id, fingerprint: String(r.data.fingerprint) }));
}

describe('import fingerprints', () => {
  let ctx: ServiceContext;
  const sheet = buildSheet(8, 11);
  const rows = readCsvRows(sheet.csv, 'sheet.csv');
  const plainHashes = new Set(parseTrackingSheet(rows).map((c) => sha256(canonicalSheetCase(c))));
  beforeEach(async () => {
    ctx = await freshContext();
  });

  it('stores no plain hash of the sheet, depends on the instance key, and recognises a re-import', async () => {
    const first = await importTrackingSheet(ctx, rows);
    const prints = (await importedPrints(ctx)).map((p) => p.fingerprint);
    expect(prints).toHaveLength(first.imported);
    for (const p of prints) expect([...plainHashes].some((h) => p.includes(h))).toBe(false);
    expect((await importTrackingSheet(ctx, rows)).unchanged).toBe(first.imported);

    // The same sheet on an instance with another master key leaves other fingerprints.
    const other = { ...(await freshContext()), keys: makeKeys(testMasterKey()) };
    await importTrackingSheet(other, rows);
    const otherPrints = new Set((await importedPrints(other)).map((p) => p.fingerprint));
    for (const p of prints) expect(otherPrints.has(p)).toBe(false);
  });

  it('keys the unkeyed fingerprints of earlier versions in place, without the sheet, and still recognises a re-import', async () => {
    const first = await importTrackingSheet(ctx, rows);
    const byCode = new Map(parseTrackingSheet(rows).map((c) => [c.codeName, sha256(canonicalSheetCase(c))]));
    // Make the register look as an earlier version left it.
    const events = await ctx.db.select({ id: caseEvents.id, caseId: caseEvents.caseId, data: caseEvents.data }).from(caseEvents).where(eq(caseEvents.kind, 'imported'));
    const codes = new Map((await ctx.db.select({ id: cases.id, codeName: cases.codeName }).from(cases)).map((c) => [c.id, c.codeName]));
    for (const e of events) {
      await ctx.db.update(caseEvents).set({ data: { ...e.data, fingerprint: byCode.get(codes.get(e.caseId)!)! } }).where(eq(caseEvents.id, e.id));
    }
    expect((await importedPrints(ctx)).every((p) => plainHashes.has(p.fingerprint))).toBe(true);

    // When the register opens: every plain hash is keyed, also for sheets never imported again.
    expect(await keyLegacyFingerprints(ctx)).toBe(first.imported);
    const keyed = await importedPrints(ctx);
    for (const p of keyed) expect(plainHashes.has(p.fingerprint)).toBe(false);
    expect(await keyLegacyFingerprints(ctx)).toBe(0); // idempotent

    const again = await importTrackingSheet(ctx, rows);
    expect(again.unchanged).toBe(first.imported);
    expect(again.updated).toBe(0);
    const after = await importedPrints(ctx);
    expect(after).toHaveLength(first.imported); // no new events: recognised, not re-imported
    for (const p of after) expect(plainHashes.has(p.fingerprint)).toBe(false);
    expect((await importTrackingSheet(ctx, rows)).unchanged).toBe(first.imported);
  });
});
