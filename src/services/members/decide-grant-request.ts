// A second member approves or declines a grant of power. Approving identity-key access grants it
// (if the member is still active and may hold it); approving an invitation makes its link work;
// declining an invitation ends its link. Decided once; both the decision and the grant are audited.
import { and, eq, isNull } from 'drizzle-orm';
import { grantRequests, invites, members } from '../../db/schema';
import { mayDecideGrant, mayHoldIdentityKey } from '../../domain/permissions';
import { CandorError, notFound } from '../../errors';
import { audit } from '../audit/emit';
import { asRole } from '../auth/load-actor';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { decideGrantSchema, type DecideGrantInput } from './schemas';

export async function decideGrantRequest(ctx: ServiceContext, raw: DecideGrantInput): Promise<void> {
  authorize(ctx, 'approve:grant');
  const data = parseInput(decideGrantSchema, raw);
  await withTransaction(ctx, async (tx) => {
    const [g] = await tx.db.select().from(grantRequests).where(eq(grantRequests.id, data.grantId));
    if (!g) throw notFound('No such request');
    if (!mayDecideGrant(tx.actor, g)) {
      throw new CandorError('conflict', 'Another member must decide this: not the one who asked, nor the member it concerns');
    }
    const decided = await tx.db
      .update(grantRequests)
      .set({ decidedBy: tx.actor.kind === 'member' ? tx.actor.id : null, decidedAt: tx.now(), approved: data.approve })
      .where(and(eq(grantRequests.id, g.id), isNull(grantRequests.decidedAt)))
      .returning({ id: grantRequests.id });
    if (decided.length === 0) throw new CandorError('conflict', 'This request has been decided already');
    await audit(tx, { action: 'member.grant_decide', entity: 'grant_request', entityRef: g.id, details: { kind: g.kind, approved: data.approve } });
    if (g.kind === 'identity_key' && data.approve && g.memberId) {
      const [m] = await tx.db.select({ role: members.role }).from(members).where(and(eq(members.id, g.memberId), eq(members.active, true)));
      if (!m || !mayHoldIdentityKey(asRole(m.role))) throw new CandorError('conflict', 'That member is no longer active or can no longer hold identity-key access');
      await tx.db.update(members).set({ identityKeyAccess: true }).where(eq(members.id, g.memberId));
      await audit(tx, { action: 'member.identity_access', entity: 'member', entityRef: g.memberId, details: { granted: true, request: g.id } });
    }
    if (g.kind === 'invite' && !data.approve && g.inviteId) {
      await tx.db.update(invites).set({ expiresAt: tx.now() }).where(and(eq(invites.id, g.inviteId), isNull(invites.usedAt)));
    }
  });
}
