// Internal helpers for grants that need a second member (domain/permissions: needsApproval,
// mayDecideGrant): the verbs that would grant power record a request instead, and enrolment asks
// whether an invitation's request was approved.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import { grantRequests } from '../../db/schema';
import type { GrantKind } from '../../domain/permissions';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { assertInTransaction, type ServiceContext } from '../context';

export async function requestGrant(
  tx: ServiceContext,
  req: { kind: GrantKind; memberId?: string; inviteId?: string; details?: Record<string, string> },
): Promise<string> {
  assertInTransaction(tx, 'requestGrant');
  const [row] = await tx.db
    .insert(grantRequests)
    .values({
      kind: req.kind,
      memberId: req.memberId ?? null,
      inviteId: req.inviteId ?? null,
      requestedBy: tx.actor.kind === 'member' ? tx.actor.id : null,
      createdAt: tx.now(),
    })
    .returning({ id: grantRequests.id });
  await audit(tx, {
    action: 'member.grant_request',
    entity: 'grant_request',
    entityRef: row!.id,
    details: { kind: req.kind, member: req.memberId ?? null, invite: req.inviteId ?? null, ...req.details },
  });
  return row!.id;
}

export type InviteApproval = 'not_needed' | 'pending' | 'approved' | 'declined';

export async function inviteApproval(db: Db, inviteId: string): Promise<InviteApproval> {
  const rows = await db.select({ approved: grantRequests.approved }).from(grantRequests).where(eq(grantRequests.inviteId, inviteId));
  const r = rows[0];
  if (!r) return 'not_needed';
  return r.approved === null ? 'pending' : r.approved ? 'approved' : 'declined';
}

export const awaitingApproval = () =>
  new CandorError('conflict', 'This invitation is waiting for a second member of the working group or the board to approve it. Try the link again once they have.');
