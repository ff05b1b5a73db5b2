// The master key wraps every data key. It comes from CANDOR_MASTER_KEY (base64 or hex, 32 bytes)
// or from the key file `master.key` in the data directory, created with mode 0600 on first start.
// The key file also carries what a key rotation (decision 031) needs: the previous master key while
// a rotation moves the rows, and, for every retired master key, the keys derived from it that must
// outlive it (the audit-chain key, to verify the older part of the chain; the lookup keys of
// digests Candor cannot recompute: receipt codes and import fingerprints). A retired master key
// itself is never kept.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CandorError } from '../errors';
import type { MasterKey } from '../privacy/envelope';
import { ensurePrivateDir, ensurePrivateFile } from './private-files';

export const KEY_FILE_NAME = 'master.key';

/** What stays of a retired master key: only keys derived from it, never the key itself. */
export interface RetiredKey {
  id: string;
  audit: Buffer;
  index: Buffer;
  fingerprint: Buffer;
}

export interface KeyFile {
  current: MasterKey;
  /** The key a rotation is moving away from; null when no rotation is under way. */
  previous: MasterKey | null;
  /** Oldest first. */
  retired: RetiredKey[];
}

function decodeKey(text: string, source: string): Buffer {
  const t = text.trim();
  const buf = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (buf.length !== 32) throw new CandorError('config_invalid', `${source} must be 32 bytes, base64 or hex encoded`);
  return buf;
}

export function toMasterKey(key: Buffer): MasterKey {
  // A short fingerprint tells which key sealed a value without revealing anything about the key.
  const id = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return { id, key };
}

export function newMasterKey(): MasterKey {
  return toMasterKey(randomBytes(32));
}

/** The current key, able to open values sealed with the previous one. */
export function openingKey(kf: KeyFile): MasterKey {
  return kf.previous ? { ...kf.current, previous: [kf.previous] } : kf.current;
}

/**
 * The file holds either one key (the format before decision 031) or lines `current <key>`,
 * `previous <key>` and `retired <id> audit=<key> index=<key> fingerprint=<key>`; `#` starts a comment.
 */
export function parseKeyFile(text: string, source: string): KeyFile {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length === 1 && !lines[0]!.includes(' ')) return { current: toMasterKey(decodeKey(lines[0]!, source)), previous: null, retired: [] };
  let current: MasterKey | null = null;
  let previous: MasterKey | null = null;
  const retired: RetiredKey[] = [];
  lines.forEach((line, i) => {
    const [word, ...rest] = line.split(/\s+/);
    const where = `${source} line ${i + 1}`;
    if (word === 'current' && rest.length === 1 && !current) current = toMasterKey(decodeKey(rest[0]!, where));
    else if (word === 'previous' && rest.length === 1 && !previous) previous = toMasterKey(decodeKey(rest[0]!, where));
    else if (word === 'retired' && rest.length === 4 && /^[0-9a-f]{8}$/.test(rest[0]!)) {
      const fields = new Map(rest.slice(1).map((f) => [f.slice(0, f.indexOf('=')), f.slice(f.indexOf('=') + 1)] as const));
      const get = (name: string) => {
        const v = fields.get(name);
        if (v === undefined) throw new CandorError('config_invalid', `${where}: a retired key needs audit=, index= and fingerprint=`);
        return decodeKey(v, where);
      };
      retired.push({ id: rest[0]!, audit: get('audit'), index: get('index'), fingerprint: get('fingerprint') });
    } else throw new CandorError('config_invalid', `${where} is not a key line (current, previous or retired)`);
  });
  if (!current) throw new CandorError('config_invalid', `${source} has no current key`);
  return { current, previous, retired };
}

export function formatKeyFile(kf: KeyFile): string {
  const b64 = (b: Buffer) => b.toString('base64');
  return [
    '# Candor key file (decision 031). Keep it secret (mode 0600), on this machine and in a safe place',
    '# apart from the backups. Without the current key nothing sealed can be read. See docs/security.md.',
    `current ${b64(kf.current.key)}`,
    ...(kf.previous ? [`previous ${b64(kf.previous.key)}`] : []),
    ...kf.retired.map((r) => `retired ${r.id} audit=${b64(r.audit)} index=${b64(r.index)} fingerprint=${b64(r.fingerprint)}`),
    '',
  ].join('\n');
}

/** Replaces the key file in one step (a crash leaves the old file or the new one, never half of one). */
export function writeKeyFile(file: string, kf: KeyFile): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, formatKeyFile(kf), { mode: 0o600, flag: 'w' });
  ensurePrivateFile(tmp);
  renameSync(tmp, file);
}

export function keyFilePath(dataDir: string): string {
  return path.join(dataDir, KEY_FILE_NAME);
}

/** The key file (created on first start), or a file-less key from CANDOR_MASTER_KEY. */
export function loadKeyFile(opts: { envKey: string | null; dataDir: string }): KeyFile {
  if (opts.envKey) return { current: toMasterKey(decodeKey(opts.envKey, 'CANDOR_MASTER_KEY')), previous: null, retired: [] };
  const file = keyFilePath(opts.dataDir);
  ensurePrivateDir(opts.dataDir, false);
  if (existsSync(file)) {
    ensurePrivateFile(file);
    return parseKeyFile(readFileSync(file, 'utf8'), file);
  }
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return { current: toMasterKey(key), previous: null, retired: [] };
}

export function loadMasterKey(opts: { envKey: string | null; dataDir: string }): MasterKey {
  return openingKey(loadKeyFile(opts));
}
