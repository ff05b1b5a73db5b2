// One migrated database per test worker, emptied between tests. PGlite takes seconds and hundreds
// of megabytes to start, so it is never started per test. With TEST_DATABASE_URL set, each worker
// gets its own PostgreSQL database instead.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { parseConfig } from '../../src/config/load';
import type { Config } from '../../src/config/schema';
import { openPglite, openPostgres, queryRows, type Database } from '../../src/db/connect';
import type { Actor } from '../../src/domain/access';
import { makeKeys, type ServiceContext } from '../../src/services/context';

let shared: Promise<Database> | null = null;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}

async function createWorkerDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const d = await openPglite(null);
    await d.migrate();
    return d;
  }
  const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? '0';
  // The process id keeps two test runs against one server (say, two checkouts) from dropping
  // each other's databases.
  const name = `candor_test_${worker}_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  // Workers exit without closing their database; drop those whose process is gone.
  const stale = await admin.query<{ datname: string }>(`select datname from pg_database where datname ~ '^candor_test_[0-9]+_[0-9]+$'`);
  for (const { datname } of stale.rows) {
    const pid = Number(datname.split('_').pop());
    if (pid === process.pid || processAlive(pid)) continue;
    await admin.query(`drop database if exists ${datname}`).catch(() => undefined); // another worker may be dropping it
  }
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const d = await openPostgres(u.toString());
  await d.migrate();
  const close = d.close;
  return {
    ...d,
    close: async () => {
      await close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name}`);
      await a.end();
    },
  };
}

export function testDatabase(): Promise<Database> {
  shared ??= createWorkerDatabase();
  return shared;
}

/** Empties every table of the register (not the migration journal). */
export async function resetDatabase(d: Database): Promise<void> {
  const rows = await queryRows<{ tablename: string }>(d.db, sql`select tablename from pg_tables where schemaname = 'public'`);
  const tables = rows.map((r) => `"${r.tablename}"`);
  if (tables.length > 0) await d.db.execute(sql.raw(`truncate ${tables.join(', ')} restart identity cascade`));
}

export const testMasterKey = () => ({ id: 'test', key: randomBytes(32) });

export interface TestContextOptions {
  actor?: Actor;
  config?: Partial<Record<keyof Config, unknown>>;
  now?: () => Date;
}

export async function testContext(opts: TestContextOptions = {}): Promise<ServiceContext> {
  const d = await testDatabase();
  return {
    db: d.db,
    actor: opts.actor ?? { kind: 'system', label: 'test' },
    keys: makeKeys(testMasterKey()),
    config: parseConfig(opts.config ?? {}),
    now: opts.now ?? (() => new Date()),
    inTransaction: false,
  };
}

/** Call in beforeEach of integration tests: a clean, migrated database. */
export async function freshContext(opts: TestContextOptions = {}): Promise<ServiceContext> {
  await resetDatabase(await testDatabase());
  return testContext(opts);
}
