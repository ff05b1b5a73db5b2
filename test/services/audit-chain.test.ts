import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { audit } from '../../src/services/audit/emit';
import { verifyAuditChain } from '../../src/services/audit/verify-chain';
import { withTransaction, type ServiceContext } from '../../src/services/context';
import { freshContext } from '../helpers/db';

describe('audit chain', () => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = await freshContext();
  });

  async function write(n: number) {
    for (let i = 0; i < n; i++) {
      await withTransaction(ctx, (tx) => audit(tx, { action: 'case.read', entity: 'case', entityRef: `case ${i}`, details: { i } }));
    }
  }

  it('verifies an untouched chain', async () => {
    await write(5);
    expect(await verifyAuditChain(ctx)).toEqual({ ok: true, checked: 5, firstBroken: null });
  });

  it('names the first altered entry', async () => {
    await write(5);
    const rows = await ctx.db.select({ id: auditLog.id }).from(auditLog).orderBy(auditLog.id);
    await ctx.db.update(auditLog).set({ entityRef: 'tampered' }).where(eq(auditLog.id, rows[2]!.id));
    const report = await verifyAuditChain(ctx);
    expect(report.ok).toBe(false);
    expect(report.firstBroken?.id).toBe(rows[2]!.id);
    expect(report.firstBroken?.reason).toMatch(/altered/);
  });

  it('names the entry after a deleted one', async () => {
    await write(4);
    const rows = await ctx.db.select({ id: auditLog.id }).from(auditLog).orderBy(auditLog.id);
    await ctx.db.execute(sql`delete from audit_log where id = ${rows[1]!.id}`);
    const report = await verifyAuditChain(ctx);
    expect(report.firstBroken?.id).toBe(rows[2]!.id);
  });

  it('refuses to write outside a transaction', async () => {
    await expect(audit(ctx, { action: 'case.read', entity: 'case' })).rejects.toThrow(/transaction/);
  });

  it('rolls the entry back with the transaction that failed', async () => {
    await expect(
      withTransaction(ctx, async (tx) => {
        await audit(tx, { action: 'case.update', entity: 'case' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await ctx.db.select().from(auditLog)).toHaveLength(0);
  });
});
