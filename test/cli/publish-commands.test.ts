// `candor publish stats` and `candor audit-release --json` in real processes on a demo register.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startServe } from './run-cli';

let dir: string;
let env: Record<string, string>;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'candor-publish-'));
  // Always the embedded database: this test is about the commands, not the server.
  env = { CANDOR_DATA_DIR: dir };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('candor publish', { timeout: 240_000 }, () => {
  it('drafts, publishes and audits statistics; refuses a period that has not ended', async () => {
    const demo = await runCli(['demo', '--cases', '40', '--no-publish'], env);
    expect(demo.code, demo.stderr).toBe(0);

    const draft = await runCli(['publish', 'stats', '--period', '2024-H1', '--draft'], env);
    expect(draft.code, draft.stderr).toBe(0);
    expect(draft.stdout).toMatch(/statistics for 2024-H1: draft version 1 drafted/);

    const audit = await runCli(['audit-release', '--period', '2024-H1', '--json'], env);
    expect(audit.code, audit.stderr).toBe(0);
    const report = JSON.parse(audit.stdout) as { release: string; state: string; passes: boolean; cells: unknown[] };
    expect(report).toMatchObject({ release: 'stats:2024-H1', state: 'draft', passes: true });
    expect(Array.isArray(report.cells)).toBe(true);

    const pub = await runCli(['publish', 'stats', '--period', '2024-H1'], env);
    expect(pub.code, pub.stderr).toBe(0);
    expect(pub.stdout).toMatch(/published version 1/);
    const again = await runCli(['publish', 'stats', '--period', '2024-H1'], env);
    expect(again.stdout).toMatch(/already published/);

    // A note is public text: the command publishes only the note approved on the review page.
    const noted = await runCli(['publish', 'stats', '--period', '2024-H2', '--note', 'Typed at the command line.'], env);
    expect(noted.code).toBe(69);
    expect(noted.stderr).toMatch(/^candor: Publishing refused: the note given is not the note saved on the draft/);
    expect(noted.stderr).not.toContain('Typed at the command line');

    const future = await runCli(['publish', 'stats', '--period', '2099-H1'], env);
    expect(future.code).not.toBe(0);
    expect(future.stderr.trim().split('\n')).toHaveLength(2);
    expect(future.stderr).toMatch(/^candor: 2099-H1 has not ended yet/);
  });

  it('drafts the annual report of the demo with its reconsideration and urgent-action tables', async () => {
    const draft = await runCli(['publish', 'annual', '--year', '2025', '--draft'], env);
    expect(draft.code, draft.stderr).toBe(0);
    const audit = await runCli(['audit-release', '--period', '2025', '--json'], env);
    expect(audit.code, audit.stderr).toBe(0);
    const report = JSON.parse(audit.stdout) as { passes: boolean; cells: { table: string }[] };
    expect(report.passes).toBe(true);
    expect(audit.stdout).toMatch(/reconsiderations|Requests for reconsideration/);
    // Its pre-filled sections are public text that no second member has approved yet.
    const pub = await runCli(['publish', 'annual', '--year', '2025'], env);
    expect(pub.code).toBe(69);
    expect(pub.stderr).toMatch(/^candor: Publishing refused: the section “Changes in membership” .* is not approved/);
  });

  it('serve starts the statistics-draft job with the server and stops it on SIGTERM', async () => {
    // The catch-up run drafts the last ended half-year; stopping awaits it before the database closes.
    const server = await startServe(env);
    expect(await server.stop(), server.stderr()).toBe(0);
    const now = new Date();
    const last = now.getUTCMonth() < 6 ? `${now.getUTCFullYear() - 1}-H2` : `${now.getUTCFullYear()}-H1`;
    const audit = await runCli(['audit-release', '--period', last, '--json'], env);
    expect(audit.code, audit.stderr).toBe(0);
    expect(JSON.parse(audit.stdout)).toMatchObject({ release: `stats:${last}`, state: 'draft' });
  });
});
