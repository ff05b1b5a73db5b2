// The backup file: one clear-text header line (format, when, which master key it needs, the salt
// and nonce) and then the gzipped content, encrypted with AES-256-GCM under a key derived from the
// master key and a fresh salt, the header as associated data. No key is ever in the file: restoring
// needs the master key the operator keeps apart (docs/operations.md).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CandorError } from '../../errors';
import type { MasterKey } from '../../privacy/envelope';

export const BACKUP_FORMAT = 'candor-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** The fingerprint of the master key it was made with (not the key). */
  keyId: string;
  salt: string;
  iv: string;
}

export interface BackupContent {
  engine: 'pglite' | 'postgres';
  /** The last migration applied (drizzle's `created_at`), so a restore runs on the same schema. */
  schemaVersion: number;
  /** Table name to its rows as a JSON array (text, as PostgreSQL wrote it). */
  tables: Record<string, string>;
  counts: Record<string, number>;
  /** The audit anchor file's lines, so the restored trail verifies against them. */
  anchors: string;
}

function backupKey(master: MasterKey, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', master.key, salt, 'candor backup v1', 32));
}

export function encodeBackup(master: MasterKey, content: BackupContent, now: Date): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), keyId: master.id, salt: salt.toString('base64'), iv: iv.toString('base64') };
  const headerLine = Buffer.from(`${JSON.stringify(header)}\n`);
  const cipher = createCipheriv('aes-256-gcm', backupKey(master, salt), iv);
  cipher.setAAD(headerLine);
  const body = Buffer.concat([cipher.update(gzipSync(Buffer.from(JSON.stringify(content)))), cipher.final()]);
  return Buffer.concat([headerLine, body, cipher.getAuthTag()]);
}

export function readBackupHeader(file: Buffer): { header: BackupHeader; headerLine: Buffer } {
  const nl = file.indexOf(0x0a);
  let header: BackupHeader | null = null;
  if (nl > 0) {
    try {
      header = JSON.parse(file.subarray(0, nl).toString('utf8')) as BackupHeader;
    } catch {
      header = null;
    }
  }
  if (!header || header.format !== BACKUP_FORMAT) throw new CandorError('invalid_input', 'this is not a Candor backup file');
  if (header.version !== BACKUP_VERSION) throw new CandorError('invalid_input', `backup format version ${header.version} is not one this Candor reads`);
  return { header, headerLine: file.subarray(0, nl + 1) };
}

export function decodeBackup(master: MasterKey, file: Buffer): { header: BackupHeader; content: BackupContent } {
  const { header, headerLine } = readBackupHeader(file);
  const body = file.subarray(headerLine.length, file.length - 16);
  const decipher = createDecipheriv('aes-256-gcm', backupKey(master, Buffer.from(header.salt, 'base64')), Buffer.from(header.iv, 'base64'));
  decipher.setAAD(headerLine);
  decipher.setAuthTag(file.subarray(file.length - 16));
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new CandorError(
      'integrity_failed',
      header.keyId === master.id ? 'the backup file does not open: it was altered or truncated' : `the backup needs master key ${header.keyId}, not ${master.id}`,
    );
  }
  return { header, content: JSON.parse(gunzipSync(plain).toString('utf8')) as BackupContent };
}
