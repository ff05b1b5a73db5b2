// Imports the working group's tracking spreadsheet. All or nothing: one transaction, and the
// first bad cell stops the import with its row and column. Re-importing a file is harmless:
// each case remembers a fingerprint of the sheet rows it came from, keyed (HMAC) so that it does
// not let anyone holding the database confirm a guess of the sealed Documents cell. Unkeyed
// fingerprints left by earlier versions are keyed in place when the register opens
// (keyLegacyFingerprints), so none stays in the database.
import { and, desc, eq, sql } from 'drizzle-orm';
import { caseEvents, casePeople, cases } from '../../db/schema';
import { parseTrackingSheet, SheetError, type SheetCase } from '../../domain/tracking-sheet';
import { CandorError } from '../../errors';
import { sealOrNull } from '../../privacy/envelope';
import { deriveFingerprintKey, isKeyedFingerprint, keyedFingerprint, keyedFromUnkeyed } from '../../privacy/keyed-fingerprint';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { appendCaseEvent } from '../cases/case-events';
import { ensurePersonCode } from '../people/create-person';

export interface ImportSummary {
  imported: number;
  updated: number;
  unchanged: number;
  rows: number;
  peopleCreated: number;
}

export type ProgressFn = (done: number, total: number) => void;

/** What a case's fingerprint covers: everything the sheet says about it but its row number. */
export function canonicalSheetCase(c: SheetCase): string {
  const { firstRow: _r, people, ...rest } = c;
  return JSON.stringify({ ...rest, people: people.map((p) => [p.personCode?.toLowerCase() ?? null, p.consequence]) });
}

export function parseSheetOrFail(rows: readonly (readonly string[])[]): SheetCase[] {
  try {
    return parseTrackingSheet(rows);
  } catch (e) {
    if (e instanceof SheetError) {
      throw new CandorError('import_invalid', `import stopped, nothing was written: ${e.message}`, [
        { field: `row ${e.row}, ${e.column}`, message: e.problem },
      ]);
    }
    throw e;
  }
}

interface StoredFingerprint {
  eventId: number;
  data: Record<string, unknown>;
  fingerprint: string;
}

async function lastFingerprint(ctx: ServiceContext, caseId: string): Promise<StoredFingerprint | null> {
  const [row] = await ctx.db
    .select({ id: caseEvents.id, data: caseEvents.data })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, 'imported')))
    .orderBy(desc(caseEvents.id))
    .limit(1);
  const f = row?.data.fingerprint;
  return row && typeof f === 'string' ? { eventId: row.id, data: row.data, fingerprint: f } : null;
}

/** True when the case was last imported from these very rows. */
async function sameAsLastImport(ctx: ServiceContext, caseId: string, keyed: string): Promise<boolean> {
  const stored = await lastFingerprint(ctx, caseId);
  return stored !== null && stored.fingerprint === keyed;
}

/**
 * Keys every fingerprint an earlier version stored unkeyed (a plain SHA-256 of what the sheet
 * said), in place; returns how many. Idempotent: run each time the register opens.
 */
export async function keyLegacyFingerprints(ctx: ServiceContext): Promise<number> {
  authorize(ctx, 'run:system');
  const key = deriveFingerprintKey(ctx.keys.master);
  const legacy = await ctx.db
    .select({ id: caseEvents.id, data: caseEvents.data })
    .from(caseEvents)
    .where(and(eq(caseEvents.kind, 'imported'), sql`${caseEvents.data}->>'fingerprint' is not null`, sql`${caseEvents.data}->>'fingerprint' not like 'hmac1:%'`));
  for (const row of legacy) {
    const f = row.data.fingerprint;
    if (typeof f !== 'string' || isKeyedFingerprint(f)) continue;
    await ctx.db.update(caseEvents).set({ data: { ...row.data, fingerprint: keyedFromUnkeyed(key, f) } }).where(eq(caseEvents.id, row.id));
  }
  return legacy.length;
}

export async function importTrackingSheet(
  ctx: ServiceContext,
  rows: readonly (readonly string[])[],
  onProgress?: ProgressFn,
): Promise<ImportSummary> {
  // Importing replaces what the register holds about many cases at once: the operator's job.
  authorize(ctx, 'manage:member');
  authorize(ctx, 'create:case');
  const sheetCases = parseSheetOrFail(rows);
  const summary: ImportSummary = { imported: 0, updated: 0, unchanged: 0, rows: 0, peopleCreated: 0 };
  const fingerprintKey = deriveFingerprintKey(ctx.keys.master);
  await withTransaction(ctx, async (tx) => {
    let done = 0;
    for (const sc of sheetCases) {
      summary.rows += sc.people.length;
      const canonical = canonicalSheetCase(sc);
      const print = keyedFingerprint(fingerprintKey, canonical);
      const [existing] = await tx.db.select({ id: cases.id }).from(cases).where(eq(cases.codeName, sc.codeName));
      let caseId: string;
      if (existing) {
        if (await sameAsLastImport(tx, existing.id, print)) {
          summary.unchanged += 1;
          onProgress?.(++done, sheetCases.length);
          continue;
        }
        caseId = existing.id;
        await tx.db.delete(casePeople).where(eq(casePeople.caseId, caseId));
        summary.updated += 1;
      } else {
        const [row] = await tx.db
          .insert(cases)
          .values({ codeName: sc.codeName, receivedOn: sc.receivedOn, channel: 'other' })
          .returning({ id: cases.id });
        caseId = row!.id;
        summary.imported += 1;
      }
      await tx.db
        .update(cases)
        .set({ documentsSealed: sealOrNull(tx.keys.master, { table: 'cases', column: 'documents', row: caseId }, sc.documents) })
        .where(eq(cases.id, caseId));
      await appendCaseEvent(tx, caseId, {
        kind: 'imported',
        fingerprint: print,
        receivedOn: sc.receivedOn,
        channel: 'other',
        status: sc.status,
        resolutionSource: sc.resolutionSource,
        resolvedOn: sc.resolvedOn,
        reviewOn: null,
        safetyRisk: sc.safetyRisk,
        ongoingHarassment: sc.ongoingHarassment,
        categories: [],
      });
      for (const [position, p] of sc.people.entries()) {
        let personId: string | null = null;
        if (p.personCode) {
          const person = await ensurePersonCode(tx, p.personCode);
          personId = person.id;
          if (person.created) summary.peopleCreated += 1;
        }
        await tx.db.insert(casePeople).values({ caseId, personId, consequence: p.consequence, position });
      }
      onProgress?.(++done, sheetCases.length);
    }
    await audit(tx, {
      action: 'import.tracking_sheet',
      entity: 'register',
      details: { imported: summary.imported, updated: summary.updated, unchanged: summary.unchanged, rows: summary.rows },
    });
  });
  return summary;
}

export function describeImport(s: ImportSummary): string {
  const parts = [`imported ${s.imported} case${s.imported === 1 ? '' : 's'}`];
  if (s.updated > 0) parts.push(`${s.updated} updated`);
  parts.push(`${s.unchanged} unchanged`);
  return `${parts.join(', ')} (${s.rows} person rows, ${s.peopleCreated} new person code names)`;
}
