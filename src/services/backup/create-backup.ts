// `candor backup FILE`: a consistent snapshot of every table (one read-only, repeatable-read
// transaction, so concurrent writes are either wholly in it or not at all), encrypted. Rows travel
// as PostgreSQL's own JSON of each row, which the restore turns back into rows with
// json_populate_recordset: the same on PGlite and PostgreSQL, so a backup restores into either.
import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Db } from '../../db/connect';
import { audit } from '../audit/emit';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { encodeBackup, type BackupContent } from './backup-file';
import { registerTables, rowCount, schemaVersion } from './tables';
import { authorize } from '../authorize';

export const createBackupSchema = z.object({
  engine: z.enum(['pglite', 'postgres']),
  /** The data directory's audit anchor file, carried along so the restored trail verifies against it. */
  anchorFile: z.string().min(1).optional(),
});

export type BackupProgress = (done: number, total: number) => void;

export interface CreatedBackup {
  file: Buffer;
  counts: Record<string, number>;
}

/** Only the operator (the system actor, who holds the master key already) takes backups. */
export function assertOperator(ctx: ServiceContext): void {
  authorize(ctx, 'run:system');
}

export async function createBackup(ctx: ServiceContext, input: z.input<typeof createBackupSchema>, progress?: BackupProgress): Promise<CreatedBackup> {
  assertOperator(ctx);
  const { engine, anchorFile } = parseInput(createBackupSchema, input);
  // Recorded first, so the backup holds the entry that says it was taken.
  await withTransaction(ctx, (tx) => audit(tx, { action: 'backup.create', entity: 'register', details: { engine } }));
  const content = await ctx.db.transaction(
    async (tx) => {
      const db = tx as unknown as Db;
      const tables = await registerTables(db);
      const counts: Record<string, number> = {};
      for (const t of tables) counts[t] = await rowCount(db, t);
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      let done = 0;
      progress?.(0, total);
      const rows: Record<string, string> = {};
      for (const t of tables) {
        const r = await queryRows<{ rows: string }>(db, sql`select coalesce(json_agg(t), '[]')::text as rows from ${sql.identifier(t)} t`);
        rows[t] = r[0]!.rows;
        done += counts[t]!;
        progress?.(done, total);
      }
      const anchors = anchorFile && existsSync(anchorFile) ? readFileSync(anchorFile, 'utf8') : '';
      return { engine, schemaVersion: await schemaVersion(db), tables: rows, counts, anchors } satisfies BackupContent;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return { file: encodeBackup(ctx.keys.master, content, ctx.now()), counts: content.counts };
}
