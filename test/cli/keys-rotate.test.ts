// `candor keys rotate` killed with kill -9 half way completes when run again (issue 17): every
// sealed field opens under the new key, blind-index lookups (a person found by name) work under
// it, and the old key is retired from master.key. Real processes, as an operator runs them.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseKeyFile } from '../../src/config/master-key';
import { queryRows } from '../../src/db/connect';
import { unseal } from '../../src/privacy/envelope';
import { openRuntime } from '../../src/runtime';
import { findPeopleByIdentifier } from '../../src/services/people/find-person';
import { unsealIdentity } from '../../src/services/people/person-identity';
import { SEALED_COLUMNS, sealedRows } from '../../src/services/upgrade-sealed-values';
import { runCli, startServe } from './run-cli';

const BIN = path.resolve('bin/candor.js');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'candor-keys-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every sealed value of the register, opened: `table.column:row` → plaintext, and the key ids they are under. */
async function openEverything(env: Record<string, string>) {
  const rt = await openRuntime(env, 'keys test');
  try {
    const plain = new Map<string, string>();
    const keyIds = new Set<string>();
    for (const c of SEALED_COLUMNS) {
      const rows = await queryRows<{ row: string; sealed: string }>(
        rt.database.db,
        sql`select ${sql.raw(c.rowSql)} as row, ${sql.identifier(c.sealedSql)} as sealed from ${sql.identifier(c.table)} where ${sealedRows(c)} and ${sql.identifier(c.sealedSql)} is not null`,
      );
      for (const r of rows) {
        keyIds.add(r.sealed.split('.')[1]!);
        plain.set(`${c.table}.${c.column}:${r.row}`, unseal(rt.keys.master, { table: c.table, column: c.column, row: r.row }, r.sealed));
      }
    }
    const indexKeys = await queryRows<{ key_id: string | null }>(rt.database.db, sql`select distinct key_id from person_indexes`);
    const ctx = rt.context({ kind: 'system', label: 'keys test' });
    const [person] = await queryRows<{ id: string; identity: string }>(rt.database.db, sql`select id::text as id, identity_sealed as identity from people where identity_sealed is not null order by id limit 1`);
    const name = unsealIdentity(ctx, person!.id, person!.identity).realNames[0]!;
    const found = await findPeopleByIdentifier(ctx, { identifier: name });
    const rotations = await queryRows<{ finished: boolean }>(rt.database.db, sql`select finished_at is not null as finished from key_rotations`);
    return { plain, keyIds, indexKeyIds: indexKeys.map((r) => r.key_id), personId: person!.id, found: found.map((f) => f.id), rotations };
  } finally {
    await rt.close();
  }
}

/** Starts `candor keys rotate`, resolves once a progress line shows it part way, then kills it with SIGKILL. */
function rotateAndKill(env: Record<string, string>): Promise<{ line: string; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'keys', 'rotate', '--batch-size', '4'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let killedAt: string | null = null;
    const heard = (d: Buffer) => {
      output += d.toString();
      if (killedAt) return;
      // Part way: a few batches moved, many still to go.
      for (const m of output.matchAll(/moved (\d+) of (\d+)/g)) {
        const moved = Number(m[1]);
        const total = Number(m[2]);
        if (moved >= 12 && moved < total / 2) {
          killedAt = m[0];
          child.kill('SIGKILL');
          return;
        }
      }
    };
    child.stdout.on('data', heard);
    child.stderr.on('data', heard);
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (killedAt && signal === 'SIGKILL') resolve({ line: killedAt, output });
      else reject(new Error(`candor keys rotate ended (${signal ?? _code}) before it could be killed part way: ${output}`));
    });
  });
}

describe('candor keys rotate', { timeout: 900_000 }, () => {
  it('completes after a kill -9 half way, with every sealed field readable and lookups under the new key', async () => {
    const env = { CANDOR_DATA_DIR: path.join(dir, 'register') };
    expect((await runCli(['demo', '--cases', '12', '--no-publish'], env)).code).toBe(0);
    const keyFile = path.join(env.CANDOR_DATA_DIR, 'master.key');
    const oldKeyText = readFileSync(keyFile, 'utf8').trim();
    const oldId = parseKeyFile(oldKeyText, 'master.key').current.id;
    const before = await openEverything(env);
    expect(before.keyIds).toEqual(new Set([oldId]));
    expect(before.found).toContain(before.personId);

    const killed = await rotateAndKill(env);
    // Killed part way: both keys in the file, values under both keys in the register.
    const midway = parseKeyFile(readFileSync(keyFile, 'utf8'), 'master.key');
    expect(midway.previous?.id).toBe(oldId);
    const newId = midway.current.id;
    expect(newId).not.toBe(oldId);
    expect(killed.output).not.toContain(oldKeyText);

    const rerun = await runCli(['keys', 'rotate', '--batch-size', '4'], env);
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`continued the key rotation from key ${oldId} to key ${newId}`);
    // It continued from the recorded progress, not from zero.
    const [firstLine] = rerun.stdout.match(/moved (\d+) of \d+/) ?? [];
    expect(Number(/moved (\d+)/.exec(firstLine ?? '')?.[1])).toBeGreaterThan(Number(/moved (\d+)/.exec(killed.line)![1]));

    // The old key is retired: the file holds the new key and only keys derived from the old one.
    const text = readFileSync(keyFile, 'utf8');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(text).not.toContain(oldKeyText);
    const after = parseKeyFile(text, 'master.key');
    expect(after.current.id).toBe(newId);
    expect(after.previous).toBeNull();
    expect(after.retired.map((r) => r.id)).toEqual([oldId]);

    // Every sealed field opens, to the same text, under the new key; every blind index is under it.
    const now = await openEverything(env);
    expect(now.keyIds).toEqual(new Set([newId]));
    expect(now.plain).toEqual(before.plain);
    expect(now.indexKeyIds).toEqual([newId]);
    expect(now.found).toContain(now.personId);
    expect(now.rotations).toEqual([{ finished: true }]);

    // The audit chain checks across the two keys.
    const verify = await runCli(['audit', 'verify'], env);
    expect(verify.stderr).toBe('');
    expect(verify.stdout).toMatch(/audit log intact/);

    // A backup whose audit chain spans the rotation restores and verifies with the key file.
    const file = path.join(dir, 'rotated.backup');
    expect((await runCli(['backup', file], env)).code).toBe(0);
    const target = { CANDOR_DATA_DIR: path.join(dir, 'restored') };
    mkdirSync(target.CANDOR_DATA_DIR, { mode: 0o700 });
    copyFileSync(keyFile, path.join(target.CANDOR_DATA_DIR, 'master.key'));
    const restored = await runCli(['restore', file], target);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toMatch(/audit log verified/);
  });

  it('refuses beside a server on the embedded database and with CANDOR_MASTER_KEY, saying what to do', async () => {
    const env = { CANDOR_DATA_DIR: path.join(dir, 'served') };
    const server = await startServe(env);
    let refused;
    try {
      refused = await runCli(['keys', 'rotate'], env);
    } finally {
      await server.stop();
    }
    expect(refused.code).toBe(75);
    expect(refused.stderr).toMatch(/stop candor serve, run candor keys rotate, then start the server again/);

    const fixed = await runCli(['keys', 'rotate'], { CANDOR_DATA_DIR: path.join(dir, 'fixed'), CANDOR_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') });
    expect(fixed.code).not.toBe(0);
    expect(fixed.stderr).toMatch(/CANDOR_MASTER_KEY/);
  });
});
