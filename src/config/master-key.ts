// The master key wraps every data key. It comes from CANDOR_MASTER_KEY (base64 or hex, 32 bytes)
// or from a key file in the data directory, created with mode 0600 on first start.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CandorError } from '../errors';
import type { MasterKey } from '../privacy/envelope';
import { ensurePrivateDir, ensurePrivateFile } from './private-files';

function decodeKey(text: string, source: string): Buffer {
  const t = text.trim();
  const buf = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (buf.length !== 32) throw new CandorError('config_invalid', `${source} must be 32 bytes, base64 or hex encoded`);
  return buf;
}

function toMasterKey(key: Buffer): MasterKey {
  // A short fingerprint tells which key sealed a value without revealing anything about the key.
  const id = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return { id, key };
}

export function loadMasterKey(opts: { envKey: string | null; dataDir: string }): MasterKey {
  if (opts.envKey) return toMasterKey(decodeKey(opts.envKey, 'CANDOR_MASTER_KEY'));
  const file = path.join(opts.dataDir, 'master.key');
  ensurePrivateDir(opts.dataDir, false);
  if (existsSync(file)) {
    ensurePrivateFile(file);
    return toMasterKey(decodeKey(readFileSync(file, 'utf8'), file));
  }
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return toMasterKey(key);
}
