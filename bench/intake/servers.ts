// The servers a run of the intake benchmarks needs: the real `candor serve` (test/cli/run-cli.ts,
// as an operator starts it) on a fresh PGlite directory or a fresh PostgreSQL database of its own,
// and the bare node:http yardstick (bench/scale/bare.mjs).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { runCli, startServe, type RunningServer } from '../../test/cli/run-cli';

export type Engine = 'pglite' | 'postgres';

export interface Register {
  engine: Engine;
  env: Record<string, string>;
  /** Removes the data directory and, on PostgreSQL, drops the database. */
  remove(): Promise<void>;
}

async function psql(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(sql); // the statements here hold only names made in this file
  } finally {
    await client.end();
  }
}

/**
 * A new register whose setup is done (one chair invited, so the public pages are open) and which
 * holds nothing else. `pgServer` is a PostgreSQL URL without a database name.
 */
export async function newRegister(engine: Engine, pgServer = 'postgres://postgres@127.0.0.1:5432'): Promise<Register> {
  const dir = mkdtempSync(path.join(tmpdir(), 'candor-intake-'));
  const env: Record<string, string> = { CANDOR_DATA_DIR: dir, CANDOR_MASTER_KEY: randomBytes(32).toString('hex'), CANDOR_CONFIG: path.join(dir, 'none.yaml') };
  let db: string | null = null;
  if (engine === 'postgres') {
    db = `candor_intakebench_${process.pid}_${randomBytes(3).toString('hex')}`;
    await psql(pgServer, `create database ${db}`);
    env.DATABASE_URL = `${pgServer}/${db}`;
  }
  const remove = async () => {
    rmSync(dir, { recursive: true, force: true });
    if (db) await psql(pgServer, `drop database if exists ${db} with (force)`);
  };
  const invited = await runCli(['member', 'add', '--name', 'Bench Chair', '--email', 'chair@example.org', '--role', 'chair'], env);
  if (invited.code !== 0) {
    await remove();
    throw new Error(`candor member add failed: ${invited.stderr}`);
  }
  return { engine, env, remove };
}

/**
 * `candor serve` on the register. With CANDOR_BENCH_PROFILE=DIR in the environment the server runs
 * under `node --cpu-prof` (not allowed in NODE_OPTIONS) and writes its profile there when it stops.
 */
export function serve(register: Register): Promise<RunningServer> {
  const profileDir = process.env.CANDOR_BENCH_PROFILE;
  if (!profileDir) return startServe(register.env);
  const wrapper = path.join(register.env.CANDOR_DATA_DIR!, 'candor-profiled');
  writeFileSync(wrapper, `#!/bin/sh\nexec ${process.execPath} --cpu-prof --cpu-prof-dir=${path.resolve(profileDir)} ${path.resolve('bin/candor.js')} "$@"\n`, { mode: 0o755 });
  return startServe(register.env, { command: wrapper });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** bench/scale/bare.mjs on a free port, once it answers. */
export async function startBare(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.resolve('bench/scale/bare.mjs'), String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (;;) {
    const up = await fetch(url).then(() => true, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, stop: () => child.kill('SIGTERM') };
}
