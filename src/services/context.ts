// The context every use case receives: who acts, a database-or-transaction handle, keys, config
// and a clock. Routes, CLI commands and jobs build one and call verbs; verbs never read globals.
import type { Config } from '../config/schema';
import type { Db } from '../db/connect';
import type { Actor } from '../domain/access';
import { deriveIndexKey } from '../privacy/blind-index';
import { deriveAuditKey } from './audit/chain';
import type { MasterKey } from '../privacy/envelope';

export interface Keys {
  master: MasterKey;
  index: Buffer;
  /** Keys the audit chain and its anchors (decision 017). */
  audit: Buffer;
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

export function makeKeys(master: MasterKey): Keys {
  return { master, index: deriveIndexKey(master), audit: deriveAuditKey(master) };
}

export function withActor(ctx: ServiceContext, actor: Actor): ServiceContext {
  return { ...ctx, actor };
}

/** Runs fn in a transaction, reusing the caller's if there is one. */
export async function withTransaction<T>(ctx: ServiceContext, fn: (tx: ServiceContext) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return fn(ctx);
  return ctx.db.transaction(async (tx) => fn({ ...ctx, db: tx as unknown as Db, inTransaction: true }));
}

export function assertInTransaction(ctx: ServiceContext, what: string): void {
  if (!ctx.inTransaction) throw new Error(`${what} must run inside a transaction`);
}
