// Receipt codes are stored only as a keyed hash: a copy of the database does not let anyone try
// codes offline without the master key, and the hash is looked up directly (the code has 128
// random bits, so no slow hash is needed to make guessing hopeless).
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { reports } from '../../db/schema';
import type { ServiceContext } from '../context';

export function receiptHash(ctx: Pick<ServiceContext, 'keys'>, canonicalCode: string): string {
  return createHmac('sha256', ctx.keys.index).update(`receipt:${canonicalCode}`).digest('hex');
}

export async function findReportByReceipt(ctx: ServiceContext, canonicalCode: string): Promise<{ caseId: string } | null> {
  const [row] = await ctx.db.select({ caseId: reports.caseId }).from(reports).where(eq(reports.receiptHash, receiptHash(ctx, canonicalCode)));
  return row ?? null;
}
