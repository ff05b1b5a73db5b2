// The embedded database has one writer: a CLI command beside a running `candor serve` on the same
// data directory must refuse (and say why) instead of reporting success and losing its write.
// Real processes throughout: the server and the commands are spawned as an operator runs them.
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { LOCK_FILE } from '../../src/db/data-dir-lock';
import { runCli, startServe } from './run-cli';

/** Files and directories under `dir` (itself included) that others may read. */
function looseModes(dir: string): string[] {
  const loose: string[] = [];
  const check = (p: string) => {
    const mode = statSync(p).mode & 0o777;
    if (mode & 0o077) loose.push(`${path.relative(dir, p) || '.'} ${mode.toString(8)}`);
  };
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      check(path.join(d, e.name));
      if (e.isDirectory()) walk(path.join(d, e.name));
    }
  };
  check(dir);
  walk(dir);
  return loose;
}

describe('one writer on the embedded database', { timeout: 180_000 }, () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'candor-lock-'));
    chmodSync(dir, 0o755); // a data directory the operator made beforehand, readable by all
    env = { CANDOR_DATA_DIR: dir };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a command while the server runs, loses nothing, and works once the server stops', async () => {
    const server = await startServe(env);
    // It answers HTTP.
    expect((await fetch(`${server.url}/`, { redirect: 'manual' })).status).toBeLessThan(500);
    let stopped = false;
    try {
      const add = ['member', 'add', '--name', 'Grace', '--email', 'grace@example.org', '--role', 'member'];
      const refused = await runCli(add, env);
      expect(refused.code).toBe(75);
      expect(refused.stdout).toBe(''); // no enrolment link for a member that does not exist
      expect(refused.stderr.trim()).toBe(
        `candor: the Candor server is running on this data directory (pid ${server.child.pid}); stop it, or use the web app, or use PostgreSQL`,
      );
      // The server printed the first-run setup link; `candor setup-link` prints it too, also
      // while the server holds the database (the link needs only the key).
      const printed = (await server.waitFor(/set up the organisation and the first chair at \S+/)).split(' at ')[1];
      expect(printed).toMatch(/^http:\/\/localhost:3000\/setup\/[\w-]{43}$/);
      const link = await runCli(['setup-link'], env);
      expect(link).toMatchObject({ code: 0, stdout: `${printed}\n` });
      // The server was not disturbed.
      expect((await fetch(`${server.url}/`, { redirect: 'manual' })).status).toBeLessThan(500);

      expect(await server.stop()).toBe(0);
      stopped = true;
      expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);

      const added = await runCli(add, env);
      expect(added.stderr).toContain('invitation for grace@example.org');
      expect(added.code).toBe(0);
      // Database, key and lock files are the owner's only, in a directory that was 0755.
      expect(looseModes(dir)).toEqual([]);
      // The write persisted.
      const db = new PGlite(path.join(dir, 'pglite'));
      const rows = await db.query<{ n: number }>(`select count(*)::int as n from invites where email = 'grace@example.org'`);
      await db.close();
      expect(rows.rows[0]!.n).toBe(1);
    } finally {
      if (!stopped) await server.stop();
    }
  });
});
