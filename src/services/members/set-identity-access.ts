// The chair grants or withdraws access to the person identity key (real names behind person
// code names). The rules live in domain/permissions (mayChangeIdentityKey): only voting roles hold
// it, and nobody grants it to themselves (the first chair holds it from setup). A grant by a member
// is a request that another member approves (decideGrantRequest); a withdrawal applies at once.
import { and, eq, isNull } from 'drizzle-orm';
import { grantRequests, members } from '../../db/schema';
import { mayChangeIdentityKey, mayHoldIdentityKey, needsApproval } from '../../domain/permissions';
import { CandorError, notFound } from '../../errors';
import { audit } from '../audit/emit';
import { asRole } from '../auth/load-actor';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { requestGrant } from './grant-requests';
import { identityAccessSchema, type IdentityAccessInput } from './schemas';

export async function setIdentityAccess(ctx: ServiceContext, raw: IdentityAccessInput): Promise<{ pending: boolean }> {
  authorize(ctx, 'manage:member', {});
  const data = parseInput(identityAccessSchema, raw);
  return withTransaction(ctx, async (tx) => {
    const rows = await tx.db.select({ id: members.id, role: members.role }).from(members).where(and(eq(members.id, data.memberId), eq(members.active, true)));
    const row = rows[0];
    if (!row) throw notFound('No active member with that id');
    const m = { id: row.id, role: asRole(row.role) };
    if (!mayChangeIdentityKey(tx.actor, m, data.granted)) {
      throw new CandorError(
        'conflict',
        mayHoldIdentityKey(m.role)
          ? 'You cannot grant identity-key access to yourself; another chair or vice-chair can'
          : 'Only members, chairs and vice-chairs can hold identity-key access',
      );
    }
    if (data.granted && needsApproval(tx.actor)) {
      const open = await tx.db
        .select({ id: grantRequests.id })
        .from(grantRequests)
        .where(and(eq(grantRequests.kind, 'identity_key'), eq(grantRequests.memberId, data.memberId), isNull(grantRequests.decidedAt)));
      if (open.length > 0) throw new CandorError('conflict', 'Identity-key access for this member is already waiting for approval');
      await requestGrant(tx, { kind: 'identity_key', memberId: data.memberId });
      return { pending: true };
    }
    await tx.db.update(members).set({ identityKeyAccess: data.granted }).where(eq(members.id, data.memberId));
    await audit(tx, { action: 'member.identity_access', entity: 'member', entityRef: data.memberId, details: { granted: data.granted } });
    return { pending: false };
  });
}
