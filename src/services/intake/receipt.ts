// Receipt codes are stored only as a keyed hash: a copy of the database does not let anyone try
// codes offline without the master key, and the hash is looked up directly (the code has 128
// random bits, so no slow hash is needed to make guessing hopeless).
import { createHmac } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { reports } from '../../db/schema';
import type { ServiceContext } from '../context';

const hashUnder = (indexKey: Buffer, canonicalCode: string) => createHmac('sha256', indexKey).update(`receipt:${canonicalCode}`).digest('hex');

export function receiptHash(ctx: Pick<ServiceContext, 'keys'>, canonicalCode: string): string {
  return hashUnder(ctx.keys.index, canonicalCode);
}

/**
 * A receipt hash cannot be recomputed without the code, which Candor never keeps: so a key rotation
 * leaves receipt hashes as they are, and they are looked up under every index key held, retired ones
 * included (decision 031).
 */
export async function findReportByReceipt(ctx: ServiceContext, canonicalCode: string): Promise<{ caseId: string } | null> {
  const hashes = ctx.keys.epochs.map((e) => hashUnder(e.index, canonicalCode));
  const [row] = await ctx.db.select({ caseId: reports.caseId }).from(reports).where(inArray(reports.receiptHash, hashes));
  return row ?? null;
}
