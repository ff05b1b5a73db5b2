// Sign in with password and a TOTP code (mandatory for every account). Failures are audited and
// counted by the in-memory throttle; the reason shown to the person is always the same.
import { sql } from 'drizzle-orm';
import { members } from '../../db/schema';
import type { MemberActor } from '../../domain/access';
import { CandorError } from '../../errors';
import { unseal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { withActor, withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { loadMemberActor } from './load-actor';
import { verifyPassword } from './passwords';
import { loginSchema, type LoginInput } from './schemas';
import { createSession, type NewSession } from './sessions';
import type { LoginThrottle } from './throttle';
import { checkTotp } from './totp';

export const LOGIN_FAILED = 'That email, password and code do not match an account, or too many attempts were made. Try again in a few minutes.';

export interface LogInArgs {
  ctx: ServiceContext;
  input: LoginInput;
  throttle: LoginThrottle;
  /** An identifier of the client (its address); used only as an in-memory throttle key. */
  client: string;
}

type Outcome = { ok: true; session: NewSession; actor: MemberActor } | { ok: false };

export async function logIn({ ctx, input, throttle, client }: LogInArgs): Promise<{ session: NewSession; actor: MemberActor }> {
  // Access: anyone may try to sign in; the throttle is the gate.
  const data = parseInput(loginSchema, input);
  const now = ctx.now();
  const blocked = throttle.isBlocked(data.email, client, now.getTime());

  const rows = await ctx.db.select().from(members).where(sql`lower(${members.email}) = lower(${data.email})`).limit(1);
  const m = rows[0];
  // Always verify a password (a decoy when there is no account) so timing does not reveal accounts.
  const passwordOk = await verifyPassword(m?.active ? m.passwordHash : null, data.password);

  const outcome: Outcome = await withTransaction(ctx, async (tx) => {
    let reason: string | null = null;
    let step: number | null = null;
    if (blocked) reason = 'throttled';
    else if (!m || !m.active) reason = 'unknown_account';
    else if (!passwordOk) reason = 'password';
    else if (!m.totpSealed) reason = 'no_second_factor';
    else {
      step = checkTotp(unseal(ctx.keys.master, 'members.totp', m.totpSealed), data.code, now, m.totpLastStep);
      if (step === null) reason = 'code';
    }
    if (reason !== null || !m || step === null) {
      await audit(tx, {
        action: 'member.login_failed',
        entity: 'member',
        entityRef: m?.id ?? null,
        details: { reason: reason ?? 'unknown' },
      });
      return { ok: false };
    }
    // Claim the step atomically: two concurrent logins with one code cannot both win.
    const claimed = await tx.db
      .update(members)
      .set({ totpLastStep: step, lastActiveAt: now })
      .where(sql`${members.id} = ${m.id} and (${members.totpLastStep} is null or ${members.totpLastStep} < ${step})`)
      .returning({ id: members.id });
    if (claimed.length === 0) {
      await audit(tx, { action: 'member.login_failed', entity: 'member', entityRef: m.id, details: { reason: 'code_reused' } });
      return { ok: false };
    }
    const actor = await loadMemberActor(tx.db, m.id);
    if (!actor) return { ok: false };
    const session = await createSession(tx, m.id);
    await audit(withActor(tx, actor), { action: 'member.login', entity: 'member', entityRef: m.id });
    return { ok: true, session, actor };
  });

  if (!outcome.ok) {
    throttle.recordFailure(data.email, client, now.getTime());
    throw new CandorError('unauthenticated', LOGIN_FAILED);
  }
  throttle.recordSuccess(data.email);
  return { session: outcome.session, actor: outcome.actor };
}

