// One SQL dialect everywhere: embedded PGlite by default, a PostgreSQL server when DATABASE_URL is set.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { ensurePrivateDir } from '../config/private-files';
import { lockDataDir } from './data-dir-lock';
import { sourceFile } from '../source-file';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = sourceFile('db/migrations');

// PGlite's default shared_buffers (128 MB) is all touched at start: it was the largest share of the
// server's resident memory. A working group's register is a few megabytes, and the operating
// system caches the data files anyway (bench/startup/README.md).
const pgliteOptions = { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'] };

/**
 * Opens the embedded database; with a directory, this process becomes its only user (see
 * data-dir-lock) until `close`. `holder` names the process in the refusal another one gets.
 */
export async function openPglite(dataDir: string | null, holder = 'candor'): Promise<Database> {
  if (dataDir) ensurePrivateDir(dataDir);
  const lock = dataDir ? lockDataDir(dataDir, holder) : null;
  let client: PGlite;
  try {
    client = dataDir ? new PGlite(path.join(dataDir, 'pglite'), pgliteOptions) : new PGlite(pgliteOptions);
    await client.waitReady;
  } catch (e) {
    lock?.release();
    throw e;
  }
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: async () => {
      try {
        await client.close();
        // PGlite writes some files (the relation cache) with its own modes while it runs; they sit
        // in a 0700 directory, and are tightened here too.
        if (dataDir) ensurePrivateDir(dataDir);
      } finally {
        lock?.release();
      }
    },
  };
}

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Fail now, with a clear message, rather than on the first query.
  const probe = await pool.connect().catch((e: unknown) => {
    void pool.end();
    throw new Error(`cannot connect to PostgreSQL at DATABASE_URL: ${e instanceof Error ? e.message : String(e)}`);
  });
  probe.release();
  const db = drizzlePg(pool, { schema });
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    migrate: () => migratePg(db, { migrationsFolder }),
    close: () => pool.end(),
  };
}

export async function openDatabase(opts: { databaseUrl: string | null; dataDir: string; holder?: string }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir, opts.holder);
}

/** Raw SQL with rows typed by the caller; both drivers return `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
