// The operator's commands end to end: import, stats, demo and audit verify, each in a real process
// against a real data directory (PGlite), or the PostgreSQL server when TEST_DATABASE_URL is set.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSheet } from '../fixtures/tracking-sheet';
import { runCli } from './run-cli';

let dir: string;
let env: Record<string, string>;
let pgName: string | null = null;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'candor-cli-'));
  env = { CANDOR_DATA_DIR: dir };
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    pgName = `candor_cli_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${pgName}`);
    await admin.query(`create database ${pgName}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${pgName}`;
    env.DATABASE_URL = u.toString();
  }
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (pgName) {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${pgName}`);
    await admin.end();
  }
});

async function tamperWithAuditRow(): Promise<number> {
  return tamper(`update audit_log set entity_ref = 'edited' where id = (select min(id) + 2 from audit_log) returning id`);
}

/** Runs one statement on the register behind the command's back; returns the first row's id. */
async function tamper(q: string): Promise<number> {
  if (env.DATABASE_URL) {
    const c = new pg.Client({ connectionString: env.DATABASE_URL });
    await c.connect();
    const r = await c.query<{ id: string }>(q);
    await c.end();
    return Number(r.rows[0]!.id);
  }
  const db = new PGlite(path.join(dir, 'pglite'));
  const r = await db.query<{ id: number }>(q);
  await db.close();
  return Number(r.rows[0]!.id);
}

// Each command starts Node and PGlite afresh: seconds per call, so generous timeouts.
describe('candor CLI', { timeout: 180_000 }, () => {
  it('imports a sheet, says what it did, and prints the documented statistics as JSON', async () => {
    const sheet = buildSheet(30, 5);
    const file = path.join(dir, 'sheet.csv');
    writeFileSync(file, sheet.csv);
    const first = await runCli(['import', 'tracking-sheet', file], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^imported 30 cases, 0 unchanged/);
    const again = await runCli(['import', 'tracking-sheet', file], env);
    expect(again.stdout).toMatch(/^imported 0 cases, 30 unchanged/);

    const stats = await runCli(['stats', '--json'], env);
    expect(stats.code).toBe(0);
    const parsed = JSON.parse(stats.stdout) as { periods: Array<Record<string, number | string>> };
    expect(parsed.periods.map((p) => p.period)).toEqual([...sheet.expected.keys()].sort());
    for (const p of parsed.periods) {
      const want = sheet.expected.get(p.period as string)!;
      expect(p.reports).toBe(want.reports);
      expect(p.peopleNamed).toBe(want.peopleNamed);
      expect(p.ongoing).toBe(want.ongoing ?? 0);
    }
    const one = await runCli(['stats', '--period', parsed.periods[0]!.period as string, '--json'], env);
    expect(JSON.parse(one.stdout)).toEqual({ periods: [parsed.periods[0]] });
  });

  it('fails with a one-line reason naming row and column, and a non-zero exit', async () => {
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, 'Date of Report,Case Code Name,Person Code Name,Status,Resolution Source,Resolution Date,Safety Risk,Ongoing Harassment,Consequences,Documents\n1/2/2024,x y,Blue Jay,Resolved,CoC WG,,,,Scolded,\n');
    const r = await runCli(['import', 'tracking-sheet', file], env);
    expect(r.code).not.toBe(0);
    expect(r.stderr.split('\n')[0]).toMatch(/^candor: import stopped, nothing was written: row 2, column "Consequences"/);
    const bad = await runCli(['stats', '--period', '2025-H3'], env);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--period must look like 2025-H1/);
  });

  it('verifies the audit chain, and names the entry altered behind its back', async () => {
    // An import is one audit entry: a few more, each adding a case, give the chain a middle and a tail.
    for (const n of [31, 32, 33, 34]) {
      const file = path.join(dir, `sheet-${n}.csv`);
      writeFileSync(file, buildSheet(n, 5).csv);
      expect((await runCli(['import', 'tracking-sheet', file], env)).stdout).toMatch(/^imported 1 cases?, \d+ unchanged/);
    }
    const ok = await runCli(['audit', 'verify'], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/audit log intact: \d+ entries verified against 0 anchor\(s\); head anchored at entry \d+/);
    expect(statSync(path.join(dir, 'audit-anchors.log')).mode & 0o777).toBe(0o600);
    // A removed tail leaves a sound chain behind: only the anchor outside the database tells.
    const kept = await tamper(`delete from audit_log where id > (select max(id) - 2 from audit_log) returning (select max(id) - 2 from audit_log) as id`);
    const truncated = await runCli(['audit', 'verify'], env);
    expect(truncated.code).not.toBe(0);
    expect(truncated.stderr).toMatch(new RegExp(`audit log broken at entry ${kept + 1}: is missing: the log ends at entry ${kept} .*were removed`));
    const id = await tamperWithAuditRow();
    const broken = await runCli(['audit', 'verify'], env);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toContain(`audit log broken at entry ${id}:`);
  });

  it('creates a demo organisation only in an empty register', async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'candor-demo-'));
    try {
      const e = { CANDOR_DATA_DIR: fresh };
      const r = await runCli(['demo', '--cases', '12'], e);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/demo organisation created: \d+ spaces, 12 cases/);
      // Its ended half-years are published, so the public site and the publication log show something.
      expect(r.stdout).toMatch(/statistics published for [1-9]\d* half-years/);
      const roles = [...r.stdout.matchAll(/^ {2}(\w+) +\S+@demo\.example +password \S{12,} +TOTP secret [A-Z2-7]{32}$/gm)].map((m) => m[1]);
      expect(roles).toEqual(['chair', 'vice_chair', 'member', 'adviser', 'board', 'local']);
      const stats = JSON.parse((await runCli(['stats', '--json'], e)).stdout) as { periods: Array<{ reports: number }> };
      expect(stats.periods.reduce((s, p) => s + p.reports, 0)).toBe(12);
      const verify = await runCli(['audit', 'verify'], e);
      expect(verify.code).toBe(0);
      const again = await runCli(['demo'], e);
      expect(again.code).not.toBe(0);
      expect(again.stderr).toMatch(/not empty/);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
