// `candor keys rotate` (decision 031): a new master key (a new key epoch), every sealed value
// rewrapped onto it and every blind index recomputed under it, in batches, each batch one
// transaction that also advances the rotation's row in `key_rotations`. Nothing else holds the
// progress: what is still under the old key is found by its key id, so a rotation stopped at any
// point (kill -9) continues where it was when run again. The old key leaves the key file (only the
// keys derived from it stay, as a `retired` line) once a pass finds nothing left under it.
import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { keyFilePath, loadKeyFile, newMasterKey, openingKey, writeKeyFile, type KeyFile } from '../../config/master-key';
import { queryRows } from '../../db/connect';
import { keyRotations } from '../../db/schema';
import { CandorError } from '../../errors';
import { rewrap, SealError } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { epochOf, makeKeys, withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { unsealIdentity, writeIdentityIndexes } from '../people/person-identity';
import { SEALED_COLUMNS, sealedRows } from '../upgrade-sealed-values';

export const rotateKeysInput = z.object({
  /** The data directory whose `master.key` is rotated. */
  dataDir: z.string().min(1),
  /** Rows per transaction. */
  batchSize: z.coerce.number().int().min(1).max(10_000).default(200),
  /** True when the master key comes from CANDOR_MASTER_KEY: there is no file to rotate. */
  keyFromEnvironment: z.boolean().default(false),
});

export interface RotationProgress {
  /** Values and people moved so far, over every run of this rotation. */
  moved: number;
  total: number;
  /** What the last batch moved: `table.column`, `public_text_reviews.override` or `person_indexes`. */
  step: string;
}

export interface RotationResult {
  from: string;
  to: string;
  moved: number;
  total: number;
  /** True when this run continued a rotation an earlier run had started. */
  resumed: boolean;
}

type Rotation = typeof keyRotations.$inferSelect;

/** Passes over the register before giving up on values a running server keeps writing under the old key. */
const MAX_PASSES = 5;

export async function rotateKeys(ctx: ServiceContext, raw: RawInput<typeof rotateKeysInput>, onProgress: (p: RotationProgress) => void = () => {}): Promise<RotationResult> {
  authorize(ctx, 'run:system');
  const input = parseInput(rotateKeysInput, raw, 'The key rotation');
  if (input.keyFromEnvironment) {
    throw new CandorError(
      'conflict',
      'the master key comes from CANDOR_MASTER_KEY, so there is no key file to rotate: put the key in master.key in the data directory (mode 0600), unset CANDOR_MASTER_KEY, then run candor keys rotate',
    );
  }
  const file = keyFilePath(input.dataDir);
  let kf = loadKeyFile({ envKey: null, dataDir: input.dataDir });
  const [open] = await ctx.db.select().from(keyRotations).where(isNull(keyRotations.finishedAt));
  let rotation: Rotation;
  let resumed = true;
  if (open) {
    const fileRetiredIt = !kf.previous && kf.current.id === open.toKey && kf.retired.some((r) => r.id === open.fromKey);
    if (!fileRetiredIt && (kf.current.id !== open.toKey || kf.previous?.id !== open.fromKey)) {
      throw new CandorError(
        'integrity_failed',
        `the unfinished key rotation moves key ${open.fromKey} to ${open.toKey}, but master.key holds ${kf.current.id}${kf.previous ? ` and ${kf.previous.id}` : ''}: put back the key file written by that rotation`,
      );
    }
    rotation = open;
  } else if (kf.previous) {
    // The key file was rewritten but the run stopped before it recorded the rotation, or after it
    // finished the rotation in the database but before it retired the key in the file.
    const [done] = await ctx.db
      .select()
      .from(keyRotations)
      .where(and(eq(keyRotations.fromKey, kf.previous.id), eq(keyRotations.toKey, kf.current.id), isNotNull(keyRotations.finishedAt)));
    if (done) {
      retireInFile(file, kf, ctx);
      return { from: done.fromKey, to: done.toKey, moved: done.moved, total: done.total, resumed };
    }
    rotation = await begin(ringed(ctx, kf), kf);
  } else {
    kf = { current: newMasterKey(), previous: kf.current, retired: kf.retired };
    // The file first: a crash after it leaves both keys in the file, and the next run records the
    // rotation (the branch above). The database never names a key the file does not hold.
    writeKeyFile(file, kf);
    ctx.keys.refresh?.();
    rotation = await begin(ringed(ctx, kf), kf);
    resumed = false;
  }
  const rctx = ringed(ctx, kf);
  const from = rotation.fromKey;
  const to = rotation.toKey;
  let moved = rotation.moved;
  const report = (n: number, step: string) => {
    moved += n;
    onProgress({ moved, total: rotation.total, step });
  };

  if (kf.previous) {
    for (let pass = 0; pass < MAX_PASSES; pass += 1) {
      const before = moved;
      for (const c of SEALED_COLUMNS) await moveColumn(rctx, rotation, c, input.batchSize, report);
      await moveOverrides(rctx, rotation, input.batchSize, report);
      await moveIndexes(rctx, rotation, input.batchSize, report);
      if (moved === before) break;
    }
    const left = await remaining(rctx, from, to);
    if (left.count > 0) {
      throw new CandorError(
        'integrity_failed',
        `${left.count} value(s) under the old key ${from} did not move (in ${left.where.join(', ')}): they do not open (altered, or sealed for another row). The old key is kept; run candor audit verify and restore those rows from a backup, then run candor keys rotate again`,
      );
    }
  }
  await withTransaction(rctx, async (tx) => {
    await tx.db.update(keyRotations).set({ finishedAt: tx.now(), moved }).where(eq(keyRotations.id, rotation.id));
    await audit(tx, { action: 'keys.retire', entity: 'key', entityRef: from, details: { from, to, moved } });
  });
  if (kf.previous) retireInFile(file, kf, ctx);
  return { from, to, moved, total: rotation.total, resumed };
}

/** A context whose keys are those of `kf` (the process's own ring may not have re-read the file yet). */
function ringed(ctx: ServiceContext, kf: KeyFile): ServiceContext {
  return { ...ctx, keys: makeKeys(openingKey(kf), kf.retired) };
}

function retireInFile(file: string, kf: KeyFile, ctx: ServiceContext): void {
  if (!kf.previous) return;
  const { id, audit: auditKey, index, fingerprint } = epochOf(kf.previous);
  writeKeyFile(file, { current: kf.current, previous: null, retired: [...kf.retired, { id, audit: auditKey, index, fingerprint }] });
  ctx.keys.refresh?.();
}

async function begin(ctx: ServiceContext, kf: KeyFile): Promise<Rotation> {
  const from = kf.previous!.id;
  const to = kf.current.id;
  return withTransaction(ctx, async (tx) => {
    const { count: total } = await remaining(tx, from, to);
    const [row] = await tx.db.insert(keyRotations).values({ id: randomUUID(), fromKey: from, toKey: to, startedAt: tx.now(), total }).returning();
    // Under the new key: from this entry on, every writer of the chain must hold the new key.
    await audit(tx, { action: 'keys.rotate', entity: 'key', entityRef: to, details: { from, to, total } });
    return row!;
  });
}

const keyIdOf = (col: SQL) => sql`split_part(${col}, '.', 2)`;

/** What is still under the old key: sealed values, override reasons, and people whose blind indexes are not all under the new key. */
async function remaining(ctx: ServiceContext, from: string, to: string): Promise<{ count: number; where: string[] }> {
  let count = 0;
  const where: string[] = [];
  const add = (n: number, what: string) => {
    count += n;
    if (n > 0) where.push(what);
  };
  for (const c of SEALED_COLUMNS) {
    const col = sql.identifier(c.sealedSql);
    const [r] = await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from ${sql.identifier(c.table)} where ${sealedRows(c)} and ${keyIdOf(sql`${col}`)} = ${from}`);
    add(r?.n ?? 0, `${c.table}.${c.column}`);
  }
  const [o] = await queryRows<{ n: number }>(
    ctx.db,
    sql`select count(*)::int as n from public_text_reviews, jsonb_array_elements(findings) f where split_part(f->'override'->>'reasonSealed', '.', 2) = ${from}`,
  );
  add(o?.n ?? 0, 'public_text_reviews.override');
  const [p] = await queryRows<{ n: number }>(ctx.db, sql`select count(distinct person_id)::int as n from person_indexes where key_id is distinct from ${to}`);
  add(p?.n ?? 0, 'person_indexes');
  return { count, where };
}

async function advance(ctx: ServiceContext, rotation: Rotation, n: number): Promise<void> {
  if (n > 0) await ctx.db.update(keyRotations).set({ moved: sql`${keyRotations.moved} + ${n}` }).where(eq(keyRotations.id, rotation.id));
}

async function moveColumn(ctx: ServiceContext, rotation: Rotation, c: (typeof SEALED_COLUMNS)[number], batch: number, report: (n: number, step: string) => void): Promise<void> {
  const table = sql.identifier(c.table);
  const sealedCol = sql.identifier(c.sealedSql);
  const rowId: SQL = sql.raw(c.rowSql); // a constant of upgrade-sealed-values, never input
  let after = '';
  for (;;) {
    const { n, last, done } = await withTransaction(ctx, async (tx) => {
      const rows = await queryRows<{ row: string; sealed: string }>(
        tx.db,
        sql`select ${rowId} as row, ${sealedCol} as sealed from ${table} where ${sealedRows(c)} and ${keyIdOf(sql`${sealedCol}`)} = ${rotation.fromKey} and ${rowId} > ${after} order by 1 limit ${batch}`,
      );
      let n = 0;
      for (const r of rows) {
        let moved: string;
        try {
          moved = rewrap(tx.keys.master, { table: c.table, column: c.column, row: r.row }, r.sealed);
        } catch (e) {
          if (!(e instanceof SealError)) throw e;
          continue; // left under the old key; the final count names it and the old key is kept
        }
        // Only if unchanged since it was read, so a concurrent write is never overwritten.
        await tx.db.execute(sql`update ${table} set ${sealedCol} = ${moved} where ${rowId} = ${r.row} and ${sealedCol} = ${r.sealed}`);
        n += 1;
      }
      await advance(tx, rotation, n);
      return { n, last: rows[rows.length - 1]?.row, done: rows.length < batch };
    });
    if (n > 0) report(n, `${c.table}.${c.column}`);
    if (done || last === undefined) return;
    after = last;
  }
}

/** Override reasons live inside a review's findings (jsonb), each bound to `<review id>:<finding index>`. */
async function moveOverrides(ctx: ServiceContext, rotation: Rotation, batch: number, report: (n: number, step: string) => void): Promise<void> {
  let after = '';
  for (;;) {
    const { n, last, done } = await withTransaction(ctx, async (tx) => {
      const rows = await queryRows<{ id: string; findings: Array<Record<string, unknown>> }>(
        tx.db,
        sql`select id::text as id, findings from public_text_reviews r where id::text > ${after} and exists (select 1 from jsonb_array_elements(r.findings) f where split_part(f->'override'->>'reasonSealed', '.', 2) = ${rotation.fromKey}) order by 1 limit ${batch}`,
      );
      let n = 0;
      for (const r of rows) {
        let changed = false;
        const findings = r.findings.map((f, i) => {
          const o = f.override as { reasonSealed?: unknown } | undefined;
          if (!o || typeof o.reasonSealed !== 'string' || o.reasonSealed.split('.')[1] !== rotation.fromKey) return f;
          try {
            const reasonSealed = rewrap(tx.keys.master, { table: 'public_text_reviews', column: 'override', row: `${r.id}:${i}` }, o.reasonSealed);
            changed = true;
            n += 1;
            return { ...f, override: { ...o, reasonSealed } };
          } catch (e) {
            if (!(e instanceof SealError)) throw e;
            return f;
          }
        });
        if (changed) await tx.db.execute(sql`update public_text_reviews set findings = ${JSON.stringify(findings)}::jsonb where id = ${r.id}::uuid and findings = ${JSON.stringify(r.findings)}::jsonb`);
      }
      await advance(tx, rotation, n);
      return { n, last: rows[rows.length - 1]?.id, done: rows.length < batch };
    });
    if (n > 0) report(n, 'public_text_reviews.override');
    if (done || last === undefined) return;
    after = last;
  }
}

/** Each person's blind indexes, recomputed from their sealed identity under the new index key. */
async function moveIndexes(ctx: ServiceContext, rotation: Rotation, batch: number, report: (n: number, step: string) => void): Promise<void> {
  let after = '';
  for (;;) {
    const { n, last, done } = await withTransaction(ctx, async (tx) => {
      const rows = await queryRows<{ id: string; identity: string | null }>(
        tx.db,
        sql`select p.id::text as id, p.identity_sealed as identity from people p where p.id::text > ${after} and exists (select 1 from person_indexes i where i.person_id = p.id and i.key_id is distinct from ${rotation.toKey}) order by 1 limit ${batch}`,
      );
      let n = 0;
      for (const r of rows) {
        let identity: ReturnType<typeof unsealIdentity>;
        try {
          identity = unsealIdentity(tx, r.id, r.identity);
        } catch (e) {
          if (!(e instanceof SealError)) throw e;
          continue;
        }
        await tx.db.execute(sql`delete from person_indexes where person_id = ${r.id}::uuid and key_id is distinct from ${rotation.toKey}`);
        await writeIdentityIndexes(tx, r.id, identity);
        n += 1;
      }
      await advance(tx, rotation, n);
      return { n, last: rows[rows.length - 1]?.id, done: rows.length < batch };
    });
    if (n > 0) report(n, 'person_indexes');
    if (done || last === undefined) return;
    after = last;
  }
}
