// Fail-closed audit: the entry is written in the same transaction as the change or the read it
// records; if writing it fails, the operation fails. Details must never hold confidential text.
import { desc, sql } from 'drizzle-orm';
import { auditLog } from '../../db/schema';
import { actorLabel } from '../../domain/access';
import { CandorError } from '../../errors';
import { assertInTransaction, beforeCommit, type KeyEpoch, type ServiceContext } from '../context';
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
const AUDIT_ROWS_PER_INSERT = 1000;

interface PendingEntry {
  at: Date;
  entry: ChainEntry;
}

// The entries a transaction has recorded, chained and written just before it commits. Chaining
// needs the writers serialised (two transactions must never chain onto the same previous hash);
// taking that lock at the first entry held it across the whole transaction, so every writer of
// the register ran one at a time. Taken at the end, it is held only for one insert and the commit.
const pending = new WeakMap<object, PendingEntry[]>();

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
  let entries = pending.get(ctx.db);
  if (!entries) {
    const list: PendingEntry[] = [];
    entries = list;
    pending.set(ctx.db, list);
    beforeCommit(ctx, () => writeChained(ctx, list));
  }
  const at = ctx.now();
  entries.push({
    at,
    entry: {
      at: at.toISOString(),
      actorId: ctx.actor.kind === 'member' ? ctx.actor.id : null,
      actorLabel: actorLabel(ctx.actor),
      action: input.action,
      entity: input.entity,
      entityRef: input.entityRef ?? null,
      details: input.details ?? {},
    },
  });
}

async function writeChained(ctx: ServiceContext, entries: readonly PendingEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await ctx.db.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const last = await ctx.db.select({ hash: auditLog.hash, keyId: auditLog.keyId }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  let prevHash = last[0]?.hash ?? GENESIS_HASH;
  const chainKey = chainKeyAfter(ctx, last[0]?.keyId ?? null);
  const rows = entries.map(({ at, entry }) => {
    const hash = keyedEntryHash(chainKey.audit, prevHash, entry);
    const row = { ...entry, at, prevHash, hash, keyed: true, keyId: chainKey.id };
    prevHash = hash;
    return row;
  });
  // Serial ids follow the order of VALUES, so ids keep the chain order; batches stay well under
  // the driver's limit of 65,535 parameters per statement (an import audits every case).
  for (let i = 0; i < rows.length; i += AUDIT_ROWS_PER_INSERT) await ctx.db.insert(auditLog).values(rows.slice(i, i + AUDIT_ROWS_PER_INSERT));
}
