// The chair grants a records-access request for a limited number of days, or refuses it.
import { eq } from 'drizzle-orm';
import { accessRequests } from '../../db/schema';
import { CandorError, notFound } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { isUuid, openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { decideAccessInput, type DecideAccessInput } from './schemas';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function decideAccessRequest(ctx: ServiceContext, raw: DecideAccessInput): Promise<void> {
  authorize(ctx, 'decide:access_request');
  const chairId = memberIdOf(ctx);
  const input = parseInput(decideAccessInput, raw, 'The decision');
  await withTransaction(ctx, async (tx) => {
    if (!isUuid(input.requestId)) throw notFound();
    const [req] = await tx.db.select().from(accessRequests).where(eq(accessRequests.id, input.requestId));
    if (!req) throw notFound();
    // A chair recused from the case cannot decide who else sees it.
    const { row, resource } = await openCase(tx, req.caseId, 'decide:access_request');
    if (req.status !== 'pending') throw new CandorError('conflict', 'This request has already been decided');
    if (input.decision === 'grant' && (resource.namesMemberIds?.includes(req.memberId) || resource.recusedMemberIds?.includes(req.memberId))) {
      throw new CandorError('conflict', 'The case names the requester; it cannot be opened to them');
    }
    const now = tx.now();
    await tx.db
      .update(accessRequests)
      .set({
        status: input.decision === 'grant' ? 'granted' : 'refused',
        decidedBy: chairId,
        decidedAt: now,
        expiresAt: input.decision === 'grant' ? new Date(now.getTime() + input.days * DAY_MS) : null,
      })
      .where(eq(accessRequests.id, req.id));
    await audit(tx, {
      action: 'access_request.decide',
      entity: 'case',
      entityRef: row.codeName,
      details: { request: req.id, decision: input.decision, days: input.decision === 'grant' ? input.days : null },
    });
  });
}
