// Setting a new password through a chair-issued one-time link. The member's authenticator code is
// asked too, so neither the link alone nor the chair who issued it can take the account. The link
// is used up in the same transaction that sets the password; every session of the member ends.
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { members, passwordResets, sessions } from '../../db/schema';
import { CandorError, notFound } from '../../errors';
import { unseal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { withActor, withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { loadMemberActor } from './load-actor';
import { hashPassword } from './passwords';
import { resetPasswordSchema, tokenInput, type ResetPasswordInput, type TokenInput } from './schemas';
import { hashToken } from './tokens';
import { checkTotp } from './totp';
import { authorize } from '../authorize';

/** Who a reset link is for (its holder sees only the name), or not found. */
export async function getPasswordReset(ctx: ServiceContext, raw: TokenInput): Promise<{ displayName: string }> {
  authorize(ctx, 'redeem:token');
  const { token } = parseInput(tokenInput, raw);
  // Access: holding the token is the permission.
  if (token.length < 20 || token.length > 100) throw notFound();
  const [r] = await ctx.db
    .select({ displayName: members.displayName })
    .from(passwordResets)
    .innerJoin(members, eq(members.id, passwordResets.memberId))
    .where(and(eq(passwordResets.tokenHash, hashToken(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, ctx.now()), eq(members.active, true)));
  if (!r) throw notFound();
  return r;
}

export async function resetPassword(ctx: ServiceContext, raw: ResetPasswordInput): Promise<void> {
  authorize(ctx, 'redeem:token');
  // Access: the link's token is the permission; it is checked (and consumed) below.
  const data = parseInput(resetPasswordSchema, raw);
  const now = ctx.now();
  const passwordHash = await hashPassword(data.password);
  await withTransaction(ctx, async (tx) => {
    const [r] = await tx.db
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.tokenHash, hashToken(data.token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
      .returning();
    if (!r) throw notFound('This link is not valid any more; ask the chair for a new one');
    const [m] = await tx.db.select().from(members).where(and(eq(members.id, r.memberId), eq(members.active, true)));
    if (!m?.totpSealed) throw notFound('This link is not valid any more; ask the chair for a new one');
    const step = checkTotp(unseal(tx.keys.master, { table: 'members', column: 'totp', row: m.id }, m.totpSealed), data.code, now, m.totpLastStep);
    if (step === null) {
      // Rolls back: the link stays usable for a correct code.
      throw new CandorError('invalid_input', 'Some fields need attention', [{ field: 'code', message: 'That code does not match; enter the code your authenticator app shows now' }]);
    }
    await tx.db.update(members).set({ passwordHash, totpLastStep: step }).where(sql`${members.id} = ${m.id}`);
    const ended = await tx.db.delete(sessions).where(eq(sessions.memberId, m.id)).returning({ t: sessions.tokenHash });
    const actor = await loadMemberActor(tx.db, m.id);
    await audit(withActor(tx, actor!), { action: 'member.password_reset', entity: 'member', entityRef: m.id, details: { sessionsEnded: ended.length } });
  });
}
