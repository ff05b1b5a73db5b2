// A chair issues a one-time password-reset link for another member: stored hashed, valid for a day,
// replacing any earlier unused link. The link is shown once to the chair, who passes it on.
import { and, eq, isNull } from 'drizzle-orm';
import { members, passwordResets } from '../../db/schema';
import { CandorError, notFound } from '../../errors';
import { audit } from '../audit/emit';
import { PASSWORD_RESET_TTL_HOURS } from '../auth/schemas';
import { hashToken, newToken } from '../auth/tokens';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { memberRefSchema, type MemberRefInput } from './schemas';

export async function issuePasswordReset(ctx: ServiceContext, raw: MemberRefInput): Promise<{ token: string; path: string; expiresAt: Date; displayName: string }> {
  authorize(ctx, 'manage:member', {});
  const { memberId } = parseInput(memberRefSchema, raw);
  if (ctx.actor.kind === 'member' && ctx.actor.id === memberId) {
    throw new CandorError('conflict', 'Change your own password on your account page');
  }
  return withTransaction(ctx, async (tx) => {
    const [m] = await tx.db.select({ displayName: members.displayName }).from(members).where(and(eq(members.id, memberId), eq(members.active, true)));
    if (!m) throw notFound('No active member with that id');
    const now = tx.now();
    await tx.db.update(passwordResets).set({ expiresAt: now }).where(and(eq(passwordResets.memberId, memberId), isNull(passwordResets.usedAt)));
    const token = newToken();
    const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_HOURS * 3_600_000);
    await tx.db.insert(passwordResets).values({ tokenHash: hashToken(token), memberId, createdBy: tx.actor.kind === 'member' ? tx.actor.id : null, expiresAt, createdAt: now });
    await audit(tx, { action: 'member.password_reset_issue', entity: 'member', entityRef: memberId });
    return { token, path: `/reset/${token}`, expiresAt, displayName: m.displayName };
  });
}
