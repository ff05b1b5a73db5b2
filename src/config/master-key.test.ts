import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewrap, seal, SealError, unseal } from '../privacy/envelope';
import { keyFilePath, loadKeyFile, newMasterKey, openingKey, parseKeyFile, writeKeyFile } from './master-key';

const binding = { table: 'cases', column: 'narrative', row: 'r1' };

describe('key file with key epochs (decision 031)', () => {
  it('reads the one-line format as the current key, and writes current, previous and retired keys 0600', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'candor-keys-'));
    const first = loadKeyFile({ envKey: null, dataDir: dir });
    const next = newMasterKey();
    const retired = { id: 'abcdef01', audit: Buffer.alloc(32, 1), index: Buffer.alloc(32, 2), fingerprint: Buffer.alloc(32, 3) };
    writeKeyFile(keyFilePath(dir), { current: next, previous: first.current, retired: [retired] });
    expect(statSync(keyFilePath(dir)).mode & 0o777).toBe(0o600);
    const back = parseKeyFile(readFileSync(keyFilePath(dir), 'utf8'), 'master.key');
    expect(back.current.id).toBe(next.id);
    expect(back.previous?.id).toBe(first.current.id);
    expect(back.retired).toEqual([retired]);
  });

  it('opens values under the previous key, and rewrap moves them to the current one', () => {
    const old = newMasterKey();
    const next = newMasterKey();
    const sealed = seal(old, binding, 'text');
    const ring = openingKey({ current: next, previous: old, retired: [] });
    expect(unseal(ring, binding, sealed)).toBe('text');
    const moved = rewrap(ring, binding, sealed);
    expect(moved.split('.')[1]).toBe(next.id);
    expect(unseal(next, binding, moved)).toBe('text');
    expect(() => unseal(next, binding, sealed)).toThrow(SealError);
    expect(() => rewrap(ring, { ...binding, row: 'r2' }, sealed)).toThrow(SealError);
  });
});
