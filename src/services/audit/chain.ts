// The audit chain: each entry's hash covers its content and the previous entry's hash, so
// altering or deleting a row breaks every hash after it.
import { createHash } from 'node:crypto';

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

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
    .join(',')}}`;
}

export function entryHash(prevHash: string, e: ChainEntry): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonical(e)).digest('hex');
}
