// The context every use case receives: who acts, a database-or-transaction handle, keys, config
// and a clock. Routes, CLI commands and jobs build one and call verbs; verbs never read globals.
import type { Config } from '../config/schema';
import type { Db } from '../db/connect';
import type { Actor } from '../domain/access';
import { deriveIndexKey } from '../privacy/blind-index';
import { deriveAuditKey } from './audit/chain';
import type { MasterKey } from '../privacy/envelope';
import { deriveFingerprintKey } from '../privacy/keyed-fingerprint';
import type { RetiredKey } from '../config/master-key';

/** The keys derived from one master key; `id` is that master key's fingerprint (its key epoch). */
export interface KeyEpoch {
  id: string;
  audit: Buffer;
  index: Buffer;
  fingerprint: Buffer;
}

export interface Keys {
  /** The current master key; it also opens values sealed with the key a rotation moves away from. */
  master: MasterKey;
  index: Buffer;
  /** Keys the audit chain and its anchors (decision 017). */
  audit: Buffer;
  /**
   * Every key epoch whose digests or chain entries may still be in the register (decision 031):
   * the current one first, then the one a rotation is moving away from, then retired ones, newest first.
   */
  epochs: readonly KeyEpoch[];
  /** Re-reads the key file when another process (`candor keys rotate`) changed it; absent for fixed keys. */
  refresh?: () => void;
}

export interface ServiceContext {
  db: Db;
  actor: Actor;
  keys: Keys;
  config: Config;
  now: () => Date;
  /** True when `db` is a transaction opened by withTransaction. */
  inTransaction: boolean;
}

export function epochOf(master: MasterKey): KeyEpoch {
  return { id: master.id, audit: deriveAuditKey(master), index: deriveIndexKey(master), fingerprint: deriveFingerprintKey(master) };
}

export function makeKeys(master: MasterKey, retired: readonly RetiredKey[] = []): Keys {
  const current = epochOf(master);
  return {
    master,
    index: current.index,
    audit: current.audit,
    epochs: [current, ...(master.previous ?? []).map(epochOf), ...[...retired].reverse()],
  };
}

export function withActor(ctx: ServiceContext, actor: Actor): ServiceContext {
  return { ...ctx, actor };
}

// Work a transaction does last, just before its commit, keyed by the transaction's handle (every
// context derived from the transaction's shares it).
const beforeCommitHooks = new WeakMap<object, Array<() => Promise<void>>>();

/** Runs fn in a transaction, reusing the caller's if there is one. */
export async function withTransaction<T>(ctx: ServiceContext, fn: (tx: ServiceContext) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return fn(ctx);
  // A key rotation in another process (decision 031) is seen before any value is sealed or indexed.
  ctx.keys.refresh?.();
  return ctx.db.transaction(async (tx) => {
    const hooks: Array<() => Promise<void>> = [];
    beforeCommitHooks.set(tx, hooks);
    const result = await fn({ ...ctx, db: tx as unknown as Db, inTransaction: true });
    // A hook may add another; each runs once, in the order added. A failing hook rolls back.
    for (let i = 0; i < hooks.length; i++) await hooks[i]!();
    return result;
  });
}

/** Runs hook at the end of the current transaction, before its commit (fail-closed). */
export function beforeCommit(ctx: ServiceContext, hook: () => Promise<void>): void {
  const hooks = ctx.inTransaction ? beforeCommitHooks.get(ctx.db) : undefined;
  if (!hooks) throw new Error('beforeCommit must run inside a transaction opened by withTransaction');
  hooks.push(hook);
}

export function assertInTransaction(ctx: ServiceContext, what: string): void {
  if (!ctx.inTransaction) throw new Error(`${what} must run inside a transaction`);
}
