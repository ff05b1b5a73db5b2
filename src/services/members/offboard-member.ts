// A member leaves: their account is deactivated, every session ends and identity-key access is
// withdrawn, all in one transaction, so access ends at once. The row stays for the audit trail.
import { and, eq } from 'drizzle-orm';
import { members, sessions } from '../../db/schema';
import { CandorError, notFound } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { memberRefSchema, type MemberRefInput } from './schemas';

export async function offboardMember(ctx: ServiceContext, raw: MemberRefInput): Promise<void> {
  authorize(ctx, 'manage:member', {});
  const { memberId } = parseInput(memberRefSchema, raw);
  if (ctx.actor.kind === 'member' && ctx.actor.id === memberId) {
    throw new CandorError('conflict', 'You cannot offboard yourself; ask another chair or vice-chair');
  }
  await withTransaction(ctx, async (tx) => {
    const done = await tx.db
      .update(members)
      .set({ active: false, offboardedAt: tx.now(), identityKeyAccess: false })
      .where(and(eq(members.id, memberId), eq(members.active, true)))
      .returning({ id: members.id });
    if (done.length === 0) throw notFound('No active member with that id');
    const ended = await tx.db.delete(sessions).where(eq(sessions.memberId, memberId)).returning({ t: sessions.tokenHash });
    await audit(tx, { action: 'member.offboard', entity: 'member', entityRef: memberId, details: { sessionsEnded: ended.length } });
  });
}
