// `candor backup` while `candor serve` holds the embedded database (through the server's socket),
// then `candor restore` into a fresh data directory with the same master key: the same statistics
// and a verifying audit trail. Real processes, as an operator runs them.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startServe } from './run-cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'candor-backup-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('candor backup and restore', { timeout: 600_000 }, () => {
  it('backs up a running PGlite instance and restores it elsewhere, verified', async () => {
    const source = { CANDOR_DATA_DIR: path.join(dir, 'source') };
    expect((await runCli(['demo', '--cases', '10', '--no-publish'], source)).code).toBe(0);
    const stats = (await runCli(['stats', '--json'], source)).stdout;
    expect((await runCli(['audit', 'verify'], source)).stdout).toMatch(/head anchored/); // the anchor travels with the backup

    const file = path.join(dir, 'register.backup');
    const server = await startServe(source);
    let backup;
    try {
      backup = await runCli(['backup', file], source);
    } finally {
      await server.stop();
    }
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^backup written to .*register\.backup: 10 cases, \d+ audit entries/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = await runCli(['backup', file], source);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/exists already/);

    const masterKey = readFileSync(path.join(source.CANDOR_DATA_DIR, 'master.key'), 'utf8').trim();
    expect(readFileSync(file).includes(Buffer.from(masterKey))).toBe(false);
    const target = { CANDOR_DATA_DIR: path.join(dir, 'target'), CANDOR_MASTER_KEY: masterKey };
    const restored = await runCli(['restore', file], target);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toMatch(/restored the pglite backup of .* into pglite: 10 cases, .*audit log verified .*sealed values open with this key/);
    expect(existsSync(path.join(target.CANDOR_DATA_DIR, 'audit-anchors.log'))).toBe(true);
    expect((await runCli(['stats', '--json'], target)).stdout).toBe(stats);
    const verify = await runCli(['audit', 'verify'], target);
    expect(verify.stdout).toMatch(/audit log intact: \d+ entries verified against [1-9]\d* anchor/);

    const twice = await runCli(['restore', file], target);
    expect(twice.code).not.toBe(0);
    expect(twice.stderr).toMatch(/empty register/);
  });
});
