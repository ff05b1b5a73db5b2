// Imports the working group's tracking spreadsheet. All or nothing: every cell is checked before
// anything is written, and the bad ones (up to a limit) stop the import, each named by row,
// column, value and what was expected; the writes then run in one transaction. Re-importing a file is harmless:
// each case remembers a fingerprint of the sheet rows it came from, keyed (HMAC) so that it does
// not let anyone holding the database confirm a guess of the sealed Documents cell. Unkeyed
// fingerprints left by earlier versions are keyed in place when the register opens
// (keyLegacyFingerprints), so none stays in the database.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { caseEvents, casePeople, cases, people } from '../../db/schema';
import type { CaseEvent } from '../../domain/case-lifecycle';
import { parseTrackingSheet, SheetError, SheetProblems, type SheetCase } from '../../domain/tracking-sheet';
import { CandorError } from '../../errors';
import { sealOrNull } from '../../privacy/envelope';
import { deriveFingerprintKey, isKeyedFingerprint, keyedFingerprint, keyedFromUnkeyed } from '../../privacy/keyed-fingerprint';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { appendCaseEvent, insertCasesWithFirstEvent, type NewCaseFromEvent } from '../cases/case-events';

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

function sheetIssue(e: SheetError): { field: string; message: string } {
  return { field: `row ${e.row}, ${e.column}`, message: `${e.problem}${e.value === '' ? '' : ` (value: "${e.value}")`}` };
}

export function parseSheetOrFail(rows: readonly (readonly string[])[]): SheetCase[] {
  try {
    return parseTrackingSheet(rows);
  } catch (e) {
    if (e instanceof SheetProblems) {
      const count = `${e.problems.length}${e.truncated ? ' or more' : ''} bad cells`;
      const summary = e.problems.length === 1 && !e.truncated ? e.message : `${count}; the first: ${e.message}`;
      throw new CandorError(
        'import_invalid',
        `import stopped, nothing was written: ${summary}`,
        [
          ...e.problems.map(sheetIssue),
          ...(e.truncated ? [{ field: 'later rows', message: `not checked: the import stops looking after ${e.problems.length} bad cells` }] : []),
        ],
      );
    }
    if (e instanceof SheetError) {
      throw new CandorError('import_invalid', `import stopped, nothing was written: ${e.message}`, [sheetIssue(e)]);
    }
    throw e;
  }
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

/** Rows per statement: well under PostgreSQL's 65,535 parameters for the widest table (cases). */
const BATCH = 500;

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The register's cases among these code names (exact: import code names are normalised). */
async function existingCases(ctx: ServiceContext, codeNames: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of chunks(codeNames)) {
    const rows = await ctx.db.select({ id: cases.id, codeName: cases.codeName }).from(cases).where(inArray(cases.codeName, part));
    for (const r of rows) found.set(r.codeName, r.id);
  }
  return found;
}

/** Each case's latest import fingerprint, one query per batch of cases. */
async function lastFingerprints(ctx: ServiceContext, caseIds: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of chunks(caseIds)) {
    const rows = await ctx.db
      .selectDistinctOn([caseEvents.caseId], { caseId: caseEvents.caseId, data: caseEvents.data })
      .from(caseEvents)
      .where(and(inArray(caseEvents.caseId, part), eq(caseEvents.kind, 'imported')))
      .orderBy(caseEvents.caseId, desc(caseEvents.id));
    for (const r of rows) if (typeof r.data.fingerprint === 'string') found.set(r.caseId, r.data.fingerprint);
  }
  return found;
}

/**
 * Every person code name of the sheet as a people row id, creating the missing ones: one lookup
 * per batch on the lower(code_name) index, one insert per batch. The first spelling in the sheet
 * names a new person.
 */
async function personIds(ctx: ServiceContext, sheetCases: readonly SheetCase[]): Promise<{ ids: Map<string, string>; created: number }> {
  const spelling = new Map<string, string>();
  for (const sc of sheetCases) {
    for (const p of sc.people) if (p.personCode && !spelling.has(p.personCode.toLowerCase())) spelling.set(p.personCode.toLowerCase(), p.personCode);
  }
  const ids = new Map<string, string>();
  for (const part of chunks([...spelling.keys()])) {
    const rows = await ctx.db
      .select({ id: people.id, key: sql<string>`lower(${people.codeName})` })
      .from(people)
      .where(inArray(sql`lower(${people.codeName})`, part));
    for (const r of rows) ids.set(r.key, r.id);
  }
  const missing = [...spelling].filter(([key]) => !ids.has(key)).map(([key, codeName]) => ({ key, codeName, id: randomUUID() }));
  for (const part of chunks(missing)) {
    await ctx.db.insert(people).values(part.map((p) => ({ id: p.id, codeName: p.codeName })));
    for (const p of part) ids.set(p.key, p.id);
  }
  return { ids, created: missing.length };
}

function importedEvent(sc: SheetCase, fingerprint: string): CaseEvent {
  return {
    kind: 'imported',
    fingerprint,
    receivedOn: sc.receivedOn,
    channel: 'other',
    status: sc.status,
    resolutionSource: sc.resolutionSource,
    resolvedOn: sc.resolvedOn,
    reviewOn: null,
    safetyRisk: sc.safetyRisk,
    ongoingHarassment: sc.ongoingHarassment,
    categories: [],
  };
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
  // New person code names go into the identity key.
  if (sheetCases.some((c) => c.people.some((p) => p.personCode !== null))) authorize(ctx, 'update:identity');
  const summary: ImportSummary = { imported: 0, updated: 0, unchanged: 0, rows: 0, peopleCreated: 0 };
  const fingerprintKey = deriveFingerprintKey(ctx.keys.master);
  // Fingerprints stored under an earlier key (decision 031) still recognise an unchanged case.
  const olderKeys = ctx.keys.epochs.slice(1).map((e) => e.fingerprint);
  await withTransaction(ctx, async (tx) => {
    const existing = await existingCases(tx, sheetCases.map((c) => c.codeName));
    const fingerprints = await lastFingerprints(tx, [...existing.values()]);
    const { ids: personIdOf, created } = await personIds(tx, sheetCases);
    summary.peopleCreated = created;
    let done = 0;
    for (const part of chunks(sheetCases)) {
      const fresh: NewCaseFromEvent[] = [];
      const personRows: (typeof casePeople.$inferInsert)[] = [];
      for (const sc of part) {
        summary.rows += sc.people.length;
        const print = keyedFingerprint(fingerprintKey, canonicalSheetCase(sc));
        const existingId = existing.get(sc.codeName);
        let caseId: string;
        if (existingId !== undefined) {
          const stored = fingerprints.get(existingId);
          if (stored === print || (stored !== undefined && olderKeys.some((k) => keyedFingerprint(k, canonicalSheetCase(sc)) === stored))) {
            summary.unchanged += 1;
            continue;
          }
          // A changed case keeps its history: its new state is derived from all of it.
          caseId = existingId;
          await tx.db.delete(casePeople).where(eq(casePeople.caseId, caseId));
          await tx.db
            .update(cases)
            .set({ documentsSealed: sealOrNull(tx.keys.master, { table: 'cases', column: 'documents', row: caseId }, sc.documents) })
            .where(eq(cases.id, caseId));
          await appendCaseEvent(tx, caseId, importedEvent(sc, print));
          summary.updated += 1;
        } else {
          caseId = randomUUID(); // made here so the documents can be sealed to their row
          fresh.push({
            id: caseId,
            codeName: sc.codeName,
            documentsSealed: sealOrNull(tx.keys.master, { table: 'cases', column: 'documents', row: caseId }, sc.documents),
            event: importedEvent(sc, print),
          });
          summary.imported += 1;
        }
        for (const [position, p] of sc.people.entries()) {
          const personId = p.personCode ? personIdOf.get(p.personCode.toLowerCase())! : null;
          personRows.push({ caseId, personId, consequence: p.consequence, position });
        }
      }
      await insertCasesWithFirstEvent(tx, fresh);
      if (personRows.length > 0) await tx.db.insert(casePeople).values(personRows);
      done += part.length;
      onProgress?.(done, sheetCases.length);
    }
    // One entry for the whole import: the person code names it created carry no identity, and
    // are counted here rather than given an entry each (decision 019).
    await audit(tx, {
      action: 'import.tracking_sheet',
      entity: 'register',
      details: { imported: summary.imported, updated: summary.updated, unchanged: summary.unchanged, rows: summary.rows, peopleCreated: summary.peopleCreated },
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
