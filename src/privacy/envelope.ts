// Envelope encryption for sealed fields: each value gets its own random data key (AES-256-GCM),
// and that key is wrapped by the master key (also AES-256-GCM). Rotating the master key means
// rewrapping data keys, never re-encrypting every value. Where the value lives (table, column and
// row id) is bound as associated data, so a sealed value copied into another column or another row
// fails to open. v1 values bound only the column; they still open (and are upgraded to v2 in place
// at start, see src/services/upgrade-sealed-values.ts).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CandorError } from '../errors';

const VERSION = 'v2';
const LEGACY_VERSION = 'v1';

export interface MasterKey {
  readonly id: string;
  readonly key: Buffer;
  /** Keys a rotation is moving away from (decision 031): values sealed with them still open. */
  readonly previous?: readonly MasterKey[];
}

function keyFor(master: MasterKey, id: string): MasterKey | undefined {
  return master.id === id ? master : master.previous?.find((k) => k.id === id);
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

/**
 * Where a sealed value lives: a row's column, or, for a value that is no row (a cookie), a fixed
 * purpose. `row` is the row's id (for a composite key, its parts joined by ':').
 */
export type SealBinding = { readonly table: string; readonly column: string; readonly row: string } | { readonly purpose: string };

function aadOf(binding: SealBinding): Buffer {
  return Buffer.from('purpose' in binding ? `${VERSION}:purpose:${binding.purpose}` : `${VERSION}:${binding.table}.${binding.column}:${binding.row}`);
}

/** What v1 bound: the field name alone ("table.column", or the purpose). */
function legacyAadOf(binding: SealBinding): Buffer {
  return Buffer.from(`${LEGACY_VERSION}:${'purpose' in binding ? binding.purpose : `${binding.table}.${binding.column}`}`);
}

function whereOf(binding: SealBinding): string {
  return 'purpose' in binding ? binding.purpose : `${binding.table}.${binding.column}`;
}

export function seal(master: MasterKey, binding: SealBinding, plaintext: string): string {
  const dataKey = randomBytes(32);
  const aad = aadOf(binding);
  const wrapped = gcmEncrypt(master.key, dataKey, aad);
  const body = gcmEncrypt(dataKey, Buffer.from(plaintext, 'utf8'), aad);
  dataKey.fill(0);
  return [VERSION, master.id, wrapped.toString('base64'), body.toString('base64')].join('.');
}

/** A sealed value that does not open: tampered, moved, or sealed with another key. Names the column, never the row or the text. */
export class SealError extends CandorError {
  constructor(message: string) {
    super('integrity_failed', message);
    this.name = 'SealError';
  }
}

export function isLegacySealed(sealed: string): boolean {
  return sealed.startsWith(`${LEGACY_VERSION}.`);
}

export function unseal(master: MasterKey, binding: SealBinding, sealed: string): string {
  const parts = sealed.split('.');
  const where = whereOf(binding);
  if (parts.length !== 4 || (parts[0] !== VERSION && parts[0] !== LEGACY_VERSION)) throw new SealError(`${where}: not a sealed value`);
  const key = keyFor(master, parts[1]!);
  if (!key) throw new SealError(`${where}: sealed with a different master key`);
  const aad = parts[0] === VERSION ? aadOf(binding) : legacyAadOf(binding);
  try {
    const dataKey = gcmDecrypt(key.key, Buffer.from(parts[2]!, 'base64'), aad);
    const plain = gcmDecrypt(dataKey, Buffer.from(parts[3]!, 'base64'), aad);
    dataKey.fill(0);
    return plain.toString('utf8');
  } catch {
    throw new SealError(`${where}: sealed value failed authentication (altered, or copied from another row)`);
  }
}

/**
 * The same value with its data key wrapped by the current master key (key rotation, decision 031):
 * the body is not re-encrypted, so the binding (and a v1 value's legacy binding) stays what it was.
 * Authenticates the whole value first, so nothing altered is carried over.
 */
export function rewrap(master: MasterKey, binding: SealBinding, sealed: string): string {
  const parts = sealed.split('.');
  if (parts[1] === master.id) return sealed;
  unseal(master, binding, sealed);
  const old = keyFor(master, parts[1]!)!;
  const aad = parts[0] === VERSION ? aadOf(binding) : legacyAadOf(binding);
  const dataKey = gcmDecrypt(old.key, Buffer.from(parts[2]!, 'base64'), aad);
  const wrapped = gcmEncrypt(master.key, dataKey, aad);
  dataKey.fill(0);
  return [parts[0], master.id, wrapped.toString('base64'), parts[3]].join('.');
}

export function sealOrNull(master: MasterKey, binding: SealBinding, plaintext: string | null | undefined): string | null {
  return plaintext === null || plaintext === undefined || plaintext === '' ? null : seal(master, binding, plaintext);
}

export function unsealOrNull(master: MasterKey, binding: SealBinding, sealed: string | null): string | null {
  return sealed === null ? null : unseal(master, binding, sealed);
}
