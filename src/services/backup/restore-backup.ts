// `candor restore FILE`: into an empty register (migrated to the backup's schema version), on
// PGlite or PostgreSQL whichever the backup came from; then checks what it restored: row counts,
// the audit chain against the carried anchors, and that every sealed value opens with this key.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Db } from '../../db/connect';
import { CandorError } from '../../errors';
import { SealError, unseal } from '../../privacy/envelope';
import { ensurePrivateFile } from '../../config/private-files';
import { audit } from '../audit/emit';
import { verifyAuditChain, type ChainReport } from '../audit/verify-chain';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { SEALED_COLUMNS, sealedRows } from '../upgrade-sealed-values';
import { decodeBackup } from './backup-file';
import { assertOperator, type BackupProgress } from './create-backup';
import { registerTables, rowCount, schemaVersion, tablesInDependencyOrder } from './tables';

export const restoreBackupSchema = z.object({
  file: z.instanceof(Buffer),
  /** Where the restored instance keeps its audit anchors; the backup's anchors are written there. */
  anchorFile: z.string().min(1),
});

export interface RestoreReport {
  createdAt: string;
  engine: 'pglite' | 'postgres';
  counts: Record<string, number>;
  audit: ChainReport;
  sealedOpened: number;
}

export async function restoreBackup(ctx: ServiceContext, input: z.input<typeof restoreBackupSchema>, progress?: BackupProgress): Promise<RestoreReport> {
  assertOperator(ctx);
  const { file, anchorFile } = parseInput(restoreBackupSchema, input);
  const { header, content } = decodeBackup(ctx.keys.master, file);

  const here = await schemaVersion(ctx.db);
  if (here !== content.schemaVersion) {
    throw new CandorError('conflict', `the backup is of schema version ${content.schemaVersion}, this register is at ${here}: restore with the Candor version that made it, then upgrade`);
  }
  const tables = await registerTables(ctx.db);
  const missing = Object.keys(content.tables).filter((t) => !tables.includes(t));
  if (missing.length > 0) throw new CandorError('conflict', `the backup has tables this register does not: ${missing.join(', ')}`);
  for (const t of tables) {
    if ((await rowCount(ctx.db, t)) > 0) throw new CandorError('conflict', `restore needs an empty register, and ${t} has rows`);
  }
  if (existsSync(anchorFile) && readFileSync(anchorFile, 'utf8').trim() !== '') {
    throw new CandorError('conflict', `restore needs an empty data directory, and ${anchorFile} has anchors`);
  }

  // Everything below happens in one transaction, so a restore that fails its checks leaves the
  // register empty (and the anchor file as it was) for another try.
  mkdirSync(path.dirname(anchorFile), { recursive: true, mode: 0o700 });
  const wroteAnchors = content.anchors !== '';
  if (wroteAnchors) {
    writeFileSync(anchorFile, content.anchors, { mode: 0o600 });
    ensurePrivateFile(anchorFile);
  }
  try {
    return await withTransaction(ctx, async (tx) => {
      const total = Object.values(content.counts).reduce((a, b) => a + b, 0);
      let done = 0;
      progress?.(0, total);
      for (const t of await tablesInDependencyOrder(tx.db, tables)) {
        const json = content.tables[t];
        if (json === undefined) continue;
        const id = sql.identifier(t);
        await tx.db.execute(sql`insert into ${id} select * from json_populate_recordset(null::${id}, ${json}::json)`);
        done += content.counts[t] ?? 0;
        progress?.(done, total);
      }
      await resetSequences(tx.db);

      const counts: Record<string, number> = {};
      for (const t of tables) counts[t] = await rowCount(tx.db, t);
      for (const [t, n] of Object.entries(content.counts)) {
        if (counts[t] !== n) throw new CandorError('integrity_failed', `restored ${counts[t]} rows of ${t}, the backup holds ${n}`);
      }
      const chain = await verifyAuditChain(tx, { anchorFile, record: true });
      if (!chain.ok) {
        throw new CandorError('integrity_failed', `the restored audit log does not verify at entry ${chain.firstBroken?.id ?? '(anchor file)'}: ${chain.firstBroken?.reason}`);
      }
      const sealedOpened = await openEverySealedValue(tx);
      await audit(tx, { action: 'backup.restore', entity: 'register', details: { from: content.engine, createdAt: header.createdAt } });
      return { createdAt: header.createdAt, engine: content.engine, counts, audit: chain, sealedOpened };
    });
  } catch (e) {
    if (wroteAnchors) rmSync(anchorFile, { force: true });
    throw e;
  }
}

/** Serial columns continue after the restored rows. */
async function resetSequences(db: Db): Promise<void> {
  const serials = await queryRows<{ table_name: string; column_name: string }>(
    db,
    sql`select table_name, column_name from information_schema.columns where table_schema = 'public' and column_default like 'nextval(%'`,
  );
  for (const s of serials) {
    const t = sql.identifier(s.table_name);
    const c = sql.identifier(s.column_name);
    await db.execute(
      sql`select setval(pg_get_serial_sequence(${`"${s.table_name}"`}, ${s.column_name}), coalesce((select max(${c}) from ${t}), 1), (select max(${c}) from ${t}) is not null)`,
    );
  }
}

/** Opens every sealed value with this master key: a restore with the wrong key fails here, not later. */
async function openEverySealedValue(ctx: ServiceContext): Promise<number> {
  let opened = 0;
  for (const c of SEALED_COLUMNS) {
    const rows = await queryRows<{ row: string; sealed: string }>(
      ctx.db,
      sql`select ${sql.raw(c.rowSql)} as row, ${sql.identifier(c.sealedSql)} as sealed from ${sql.identifier(c.table)} where ${sealedRows(c)} and ${sql.identifier(c.sealedSql)} is not null`,
    );
    for (const r of rows) {
      try {
        unseal(ctx.keys.master, { table: c.table, column: c.column, row: r.row }, r.sealed);
      } catch (e) {
        if (e instanceof SealError) throw new CandorError('integrity_failed', `a restored ${c.table}.${c.column} value does not open with this master key`);
        throw e;
      }
      opened += 1;
    }
  }
  return opened;
}
