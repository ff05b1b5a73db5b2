// Fingerprints of imported content under a key derived from the master key. A plain hash of
// what was imported (the sealed Documents cell among it) would let someone holding the database
// confirm a guess of that content offline; an HMAC under our key cannot be checked without it.
import { createHash, createHmac, hkdfSync } from 'node:crypto';
import type { MasterKey } from './envelope';

/** Keyed fingerprints carry this prefix; a bare hex digest is an unkeyed one from before. */
const KEYED = 'hmac1:';

export function deriveFingerprintKey(master: MasterKey): Buffer {
  return Buffer.from(hkdfSync('sha256', master.key, Buffer.alloc(0), 'candor import fingerprint v1', 32));
}

/** The unkeyed fingerprint older versions stored (SHA-256 hex). */
export function unkeyedFingerprint(canonical: string): string {
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * The HMAC of the unkeyed fingerprint, not of the content itself: so a fingerprint stored by an
 * older version is turned into exactly the keyed one without the sheet it came from.
 */
export function keyedFromUnkeyed(key: Buffer, unkeyed: string): string {
  return KEYED + createHmac('sha256', key).update(unkeyed).digest('hex');
}

export function keyedFingerprint(key: Buffer, canonical: string): string {
  return keyedFromUnkeyed(key, unkeyedFingerprint(canonical));
}

export const isKeyedFingerprint = (stored: string): boolean => stored.startsWith(KEYED);
