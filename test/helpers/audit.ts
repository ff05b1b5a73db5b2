import { asc } from 'drizzle-orm';
import { auditLog } from '../../src/db/schema';
import type { ServiceContext } from '../../src/services/context';

/** Every audit entry so far, oldest first. */
export async function auditEntries(ctx: ServiceContext) {
  return ctx.db.select().from(auditLog).orderBy(asc(auditLog.id));
}

export async function lastAudit(ctx: ServiceContext) {
  const all = await auditEntries(ctx);
  return all[all.length - 1];
}
