// Envelope encryption for sealed fields: each value gets its own random data key (AES-256-GCM),
// and that key is wrapped by the master key (also AES-256-GCM). Rotating the master key means
// rewrapping data keys, never re-encrypting every value. The field name is bound as associated
// data so a sealed value cannot be moved into another column unnoticed.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export interface MasterKey {
  readonly id: string;
  readonly key: Buffer;
}

function gcmEncrypt(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function gcmDecrypt(key: Buffer, blob: Buffer, aad: Buffer): Buffer {
  const iv = blob.subarray(0, 12);
  const tag = blob.subarray(12, 28);
  const body = blob.subarray(28);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

export function seal(master: MasterKey, field: string, plaintext: string): string {
  const dataKey = randomBytes(32);
  const aad = Buffer.from(`${VERSION}:${field}`);
  const wrapped = gcmEncrypt(master.key, dataKey, aad);
  const body = gcmEncrypt(dataKey, Buffer.from(plaintext, 'utf8'), aad);
  dataKey.fill(0);
  return [VERSION, master.id, wrapped.toString('base64'), body.toString('base64')].join('.');
}

export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealError';
  }
}

export function unseal(master: MasterKey, field: string, sealed: string): string {
  const parts = sealed.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION) throw new SealError('not a sealed value');
  if (parts[1] !== master.id) throw new SealError('sealed with a different master key');
  const aad = Buffer.from(`${VERSION}:${field}`);
  try {
    const dataKey = gcmDecrypt(master.key, Buffer.from(parts[2]!, 'base64'), aad);
    const plain = gcmDecrypt(dataKey, Buffer.from(parts[3]!, 'base64'), aad);
    dataKey.fill(0);
    return plain.toString('utf8');
  } catch {
    throw new SealError('sealed value failed authentication');
  }
}

export function sealOrNull(master: MasterKey, field: string, plaintext: string | null | undefined): string | null {
  return plaintext === null || plaintext === undefined || plaintext === '' ? null : seal(master, field, plaintext);
}

export function unsealOrNull(master: MasterKey, field: string, sealed: string | null): string | null {
  return sealed === null ? null : unseal(master, field, sealed);
}
