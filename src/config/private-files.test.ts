import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMasterKey } from './master-key';
import { ensurePrivateDir } from './private-files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'candor-modes-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const mode = (p: string) => statSync(p).mode & 0o777;

describe('private data files', () => {
  it('tightens an existing data directory and everything in it', () => {
    chmodSync(dir, 0o755);
    mkdirSync(path.join(dir, 'pglite', 'base'), { recursive: true, mode: 0o755 });
    writeFileSync(path.join(dir, 'pglite', 'base', 'table'), 'x', { mode: 0o644 });
    writeFileSync(path.join(dir, 'notes'), 'x', { mode: 0o666 });
    ensurePrivateDir(dir);
    expect([dir, path.join(dir, 'pglite'), path.join(dir, 'pglite', 'base')].map(mode)).toEqual([0o700, 0o700, 0o700]);
    expect([path.join(dir, 'pglite', 'base', 'table'), path.join(dir, 'notes')].map(mode)).toEqual([0o600, 0o600]);
  });

  it('creates the key file 0600 in a 0700 directory, also when the directory existed', () => {
    chmodSync(dir, 0o755);
    loadMasterKey({ envKey: null, dataDir: dir });
    expect(mode(dir)).toBe(0o700);
    expect(mode(path.join(dir, 'master.key'))).toBe(0o600);
    chmodSync(path.join(dir, 'master.key'), 0o644);
    chmodSync(dir, 0o755);
    loadMasterKey({ envKey: null, dataDir: dir });
    expect([mode(dir), mode(path.join(dir, 'master.key'))]).toEqual([0o700, 0o600]);
  });

  it('creates a missing data directory 0700', () => {
    const fresh = path.join(dir, 'a', 'data');
    ensurePrivateDir(fresh);
    expect(mode(fresh)).toBe(0o700);
  });
});
