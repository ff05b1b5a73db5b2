// Records-access requests: the chair sees those on cases they may decide, a board member their own.
import { desc, eq, or } from 'drizzle-orm';
import { accessRequests, cases, members } from '../../db/schema';
import { can } from '../../domain/permissions';
import { unseal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { caseAccess } from '../cases/case-resource';
import { withTransaction, type ServiceContext } from '../context';

export interface AccessRequestView {
  id: string;
  caseId: string;
  caseCodeName: string;
  requesterName: string;
  reason: string;
  status: 'pending' | 'granted' | 'refused' | 'expired';
  createdAt: Date;
  expiresAt: Date | null;
}

export async function listAccessRequests(ctx: ServiceContext): Promise<AccessRequestView[]> {
  authorize(ctx, ['decide:access_request', 'create:access_request']);
  const memberId = memberIdOf(ctx);
  const decider = can(ctx.actor, 'decide:access_request');
  return withTransaction(ctx, async (tx) => {
    // A chair sees the requests on cases they may decide (never one they are recused from), and
    // everyone their own requests.
    const mine = eq(accessRequests.memberId, memberId);
    const where = decider ? or(mine, (await caseAccess(tx, 'decide:access_request')).allows(accessRequests.caseId)) : mine;
    const rows = await tx.db
      .select({ r: accessRequests, codeName: cases.codeName, requesterName: members.displayName })
      .from(accessRequests)
      .innerJoin(cases, eq(cases.id, accessRequests.caseId))
      .innerJoin(members, eq(members.id, accessRequests.memberId))
      .where(where)
      .orderBy(desc(accessRequests.createdAt))
      .limit(200);
    const out: AccessRequestView[] = [];
    const now = tx.now();
    for (const { r, codeName, requesterName } of rows) {
      const status = r.status === 'granted' && r.expiresAt && r.expiresAt <= now ? 'expired' : (r.status as AccessRequestView['status']);
      out.push({
        id: r.id,
        caseId: r.caseId,
        caseCodeName: codeName,
        requesterName,
        reason: unseal(tx.keys.master, { table: 'access_requests', column: 'reason', row: r.id }, r.reasonSealed),
        status,
        createdAt: r.createdAt,
        expiresAt: r.expiresAt,
      });
    }
    await audit(tx, { action: 'access_request.list', entity: 'access_request', details: { shown: out.length } });
    return out;
  });
}
