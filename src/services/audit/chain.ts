// The audit chain: each entry's hash covers its content and the previous entry's hash, so
// altering or deleting a row breaks every hash after it. Entries written since decision 017 are
// keyed (HMAC under a key derived from the master key), so someone holding the database alone
// cannot recompute a consistent chain; older entries (unkeyed SHA-256) stay as they were and form
// a prefix that the first keyed entry pins down.
import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { canonicalJson } from '../../domain/canonical-json';
import type { MasterKey } from '../../privacy/envelope';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainEntry {
  at: string; // ISO instant
  actorId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityRef: string | null;
  details: Record<string, string | number | boolean | null>;
}

export function deriveAuditKey(master: MasterKey): Buffer {
  return Buffer.from(hkdfSync('sha256', master.key, Buffer.alloc(0), 'candor audit chain v1', 32));
}

/** The unkeyed hash of entries written before the chain was keyed. */
export function legacyEntryHash(prevHash: string, e: ChainEntry): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(e)).digest('hex');
}

export function keyedEntryHash(auditKey: Buffer, prevHash: string, e: ChainEntry): string {
  return createHmac('sha256', auditKey).update('entry\n').update(prevHash).update('\n').update(canonicalJson(e)).digest('hex');
}
