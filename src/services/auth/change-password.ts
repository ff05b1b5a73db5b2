// A signed-in member changes their password: the current one is asked (a borrowed session must not
// be enough), the new one follows the one password policy, and every other session ends.
import { and, eq, ne } from 'drizzle-orm';
import { members, sessions } from '../../db/schema';
import { CandorError, notFound } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { hashPassword, verifyPassword } from './passwords';
import { changePasswordSchema, type ChangePasswordInput } from './schemas';
import { hashToken } from './tokens';

/** What the edge knows about the request, not typed by the member: the session to keep. */
export interface ChangePasswordRequest {
  sessionToken: string | null;
}

export async function changePassword(ctx: ServiceContext, raw: ChangePasswordInput, { sessionToken }: ChangePasswordRequest): Promise<{ sessionsEnded: number }> {
  const memberId = memberIdOf(ctx);
  authorize(ctx, 'view:workspace');
  const data = parseInput(changePasswordSchema, raw);
  const [m] = await ctx.db.select({ passwordHash: members.passwordHash }).from(members).where(eq(members.id, memberId));
  if (!m) throw notFound();
  if (!(await verifyPassword(m.passwordHash, data.currentPassword))) {
    throw new CandorError('invalid_input', 'Some fields need attention', [{ field: 'currentPassword', message: 'That is not your current password' }]);
  }
  if (data.password === data.currentPassword) {
    throw new CandorError('invalid_input', 'Some fields need attention', [{ field: 'password', message: 'Choose a password different from the current one' }]);
  }
  const passwordHash = await hashPassword(data.password);
  return withTransaction(ctx, async (tx) => {
    await tx.db.update(members).set({ passwordHash }).where(eq(members.id, memberId));
    const others = sessionToken ? and(eq(sessions.memberId, memberId), ne(sessions.tokenHash, hashToken(sessionToken))) : eq(sessions.memberId, memberId);
    const ended = await tx.db.delete(sessions).where(others).returning({ t: sessions.tokenHash });
    await audit(tx, { action: 'member.password_change', entity: 'member', entityRef: memberId, details: { sessionsEnded: ended.length } });
    return { sessionsEnded: ended.length };
  });
}
