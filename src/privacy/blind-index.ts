// Blind indexes let the register find "is this email already in the identity key?" without
// storing the email: HMAC-SHA-256 of a normalised value under a key derived from the master key.
import { createHmac, hkdfSync } from 'node:crypto';
import type { MasterKey } from './envelope';
import { nameKeys } from './name-forms';

/** `name_key`: a name's matching keys (name-forms.ts), tolerant of nicknames, punctuation and order. */
export type IndexKind = 'name' | 'email' | 'username' | 'name_key';

export function deriveIndexKey(master: MasterKey): Buffer {
  return Buffer.from(hkdfSync('sha256', master.key, Buffer.alloc(0), 'candor blind index v1', 32));
}

/** Case, spacing and diacritics do not make a different identity. */
export function normaliseIdentifier(kind: IndexKind, value: string): string {
  let v = value.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (kind === 'username') v = v.replace(/^@/, '');
  return v;
}

export function blindIndex(indexKey: Buffer, kind: IndexKind, value: string): string {
  return createHmac('sha256', indexKey).update(`${kind}:${normaliseIdentifier(kind, value)}`).digest('hex');
}

/** The blind indexes a name matches on besides its exact form: one per name key. */
export function nameKeyIndexes(indexKey: Buffer, name: string): string[] {
  return nameKeys(name).map((k) => blindIndex(indexKey, 'name_key', k));
}

/** A keyed hash of a whole list sent for checking: the audit trail can tell two lists apart, and nobody can test a guess. */
export function listDigest(indexKey: Buffer, text: string): string {
  return createHmac('sha256', indexKey).update(`list:${text}`).digest('hex');
}
