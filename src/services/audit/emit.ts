// Fail-closed audit: the entry is written in the same transaction as the change or the read it
// records; if writing it fails, the operation fails. Details must never hold confidential text.
import { desc, sql } from 'drizzle-orm';
import { auditLog } from '../../db/schema';
import { actorLabel } from '../../domain/access';
import { CandorError } from '../../errors';
import { assertInTransaction, type KeyEpoch, type ServiceContext } from '../context';
import type { AuditAction } from './actions';
import { GENESIS_HASH, keyedEntryHash, type ChainEntry } from './chain';

export interface AuditInput {
  action: AuditAction;
  entity: string;
  entityRef?: string | null;
  details?: Record<string, string | number | boolean | null>;
}

// Any fixed number works; it only has to be the same for every writer of the chain.
const AUDIT_LOCK_KEY = 424242;

/**
 * The chain key for the next entry: always the current key, which must be the last entry's key or
 * newer (a chain never goes back to a replaced key, decision 031). When the last entry names a key
 * this process does not know, `candor keys rotate` ran in another process: re-read the key file.
 */
function chainKeyAfter(ctx: ServiceContext, lastKeyId: string | null): KeyEpoch {
  const known = () => lastKeyId === null || ctx.keys.epochs.some((e) => e.id === lastKeyId);
  if (!known()) {
    const held = ctx.keys.epochs[0]!.id;
    ctx.keys.refresh?.();
    if (!known()) throw new CandorError('integrity_failed', 'the audit chain continues under a master key this process does not hold; check the key file');
    // The key changed during this transaction: what it sealed or indexed may be under the key a
    // rotation is retiring, so none of it is kept (a retry runs wholly under the new key).
    if (ctx.keys.epochs[0]!.id !== held) throw new CandorError('conflict', 'the master key was rotated while this change was being made; nothing was saved, please try again');
  }
  return ctx.keys.epochs[0]!;
}

export async function audit(ctx: ServiceContext, input: AuditInput): Promise<void> {
  assertInTransaction(ctx, 'audit');
  // Serialise writers so two transactions never chain onto the same previous hash.
  await ctx.db.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const last = await ctx.db.select({ hash: auditLog.hash, keyId: auditLog.keyId }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last[0]?.hash ?? GENESIS_HASH;
  const chainKey = chainKeyAfter(ctx, last[0]?.keyId ?? null);
  const at = ctx.now();
  const entry: ChainEntry = {
    at: at.toISOString(),
    actorId: ctx.actor.kind === 'member' ? ctx.actor.id : null,
    actorLabel: actorLabel(ctx.actor),
    action: input.action,
    entity: input.entity,
    entityRef: input.entityRef ?? null,
    details: input.details ?? {},
  };
  await ctx.db.insert(auditLog).values({
    at,
    actorId: entry.actorId,
    actorLabel: entry.actorLabel,
    action: entry.action,
    entity: entry.entity,
    entityRef: entry.entityRef,
    details: entry.details,
    prevHash,
    hash: keyedEntryHash(chainKey.audit, prevHash, entry),
    keyed: true,
    keyId: chainKey.id,
  });
}
