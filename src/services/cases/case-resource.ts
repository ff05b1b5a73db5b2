// What can() needs to know about one case, read from the database in the caller's transaction.
import { and, eq, gt } from 'drizzle-orm';
import { accessRequests, caseShares, caseSpaces, recusals } from '../../db/schema';
import type { Resource } from '../../domain/permissions';
import type { ServiceContext } from '../context';

export async function loadCaseResource(ctx: ServiceContext, caseId: string): Promise<Resource> {
  const [recused, shares, spaceRows, grants] = await Promise.all([
    ctx.db.select({ memberId: recusals.memberId, reason: recusals.reason }).from(recusals).where(eq(recusals.caseId, caseId)),
    ctx.db.select({ memberId: caseShares.memberId }).from(caseShares).where(eq(caseShares.caseId, caseId)),
    ctx.db.select({ spaceId: caseSpaces.spaceId }).from(caseSpaces).where(eq(caseSpaces.caseId, caseId)),
    ctx.db
      .select({ memberId: accessRequests.memberId })
      .from(accessRequests)
      .where(and(eq(accessRequests.caseId, caseId), eq(accessRequests.status, 'granted'), gt(accessRequests.expiresAt, ctx.now()))),
  ]);
  return {
    kind: 'case',
    recusedMemberIds: recused.filter((r) => r.reason !== 'excluded').map((r) => r.memberId),
    // The chair marks members named in a case as excluded: they are parties, not just conflicted.
    namesMemberIds: recused.filter((r) => r.reason === 'excluded').map((r) => r.memberId),
    sharedWithMemberIds: shares.map((s) => s.memberId),
    spaceIds: spaceRows.map((s) => s.spaceId),
    accessGrantedMemberIds: grants.map((g) => g.memberId),
  };
}
