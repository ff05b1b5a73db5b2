// The audit chain: each entry's hash covers its content and the previous entry's hash, so
// altering or deleting a row breaks every hash after it.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../domain/canonical-json';

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

export function entryHash(prevHash: string, e: ChainEntry): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(e)).digest('hex');
}
