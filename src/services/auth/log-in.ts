// Sign in with password and a TOTP code (mandatory for every account). The throttle is asked
// first: a throttled attempt costs no password hashing. Failures are audited and counted by the
// throttle; the reason shown to the person is always the same. When an account's throttle starts
// (someone keeps failing), the member is told by mail, on their next sign-in and on their account page.
import { desc, eq, sql } from 'drizzle-orm';
import { members } from '../../db/schema';
import type { MemberActor } from '../../domain/access';
import { hasControlCharacter } from '../../domain/control-characters';
import { CandorError } from '../../errors';
import { unseal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { queueMail } from '../mail';
import { withActor, withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { loadMemberActor } from './load-actor';
import { verifyPassword } from './passwords';
import { loginSchema, type LoginInput } from './schemas';
import { createSession, type NewSession } from './sessions';
import type { SignInAlert } from './get-sign-in-alert';
import type { LoginThrottle } from './throttle';
import { checkTotp } from './totp';

export const LOGIN_FAILED = 'That email, password and code do not match an account, or too many attempts were made. Try again in a few minutes.';

/** What the edge supplies besides the typed input (decision 020): the throttle and who is asking. */
export interface LogInRequest {
  throttle: LoginThrottle;
  /** An identifier of the client (its address); used only as an in-memory throttle key. */
  client: string;
}

export interface LoggedIn {
  session: NewSession;
  actor: MemberActor;
  /** Set when someone kept failing to sign in to this account since the member last looked. */
  signInAlert: SignInAlert | null;
}

type Outcome = ({ ok: true } & LoggedIn) | { ok: false };

const findAccount = (ctx: ServiceContext, email: string) =>
  // An offboarded member's old row may share the address with their new account: the active one wins.
  ctx.db.select().from(members).where(sql`lower(${members.email}) = lower(${email})`).orderBy(desc(members.active)).limit(1);

export async function logIn(ctx: ServiceContext, raw: LoginInput, { throttle, client }: LogInRequest): Promise<LoggedIn> {
  // Access: anyone may try to sign in (the password and code are the token); the throttle is the gate.
  authorize(ctx, 'redeem:token');
  const data = parseInput(loginSchema, raw);
  const now = ctx.now();

  // A control character (a NUL byte) is no one's email or password: a failed attempt like any
  // other, counted, and never sent to the database (which cannot hold a NUL byte).
  const malformed = [data.email, data.password, data.code].some((v) => hasControlCharacter(v));

  if (throttle.check(data.email, client, now.getTime()).blocked) {
    // Refused before any password work, and not counted: hammering must not extend the wait.
    const [m] = malformed ? [] : await findAccount(ctx, data.email);
    await withTransaction(ctx, (tx) =>
      audit(tx, { action: 'member.login_failed', entity: 'member', entityRef: m?.active ? m.id : null, details: { reason: 'throttled' } }),
    );
    throw new CandorError('unauthenticated', LOGIN_FAILED);
  }
  if (malformed) {
    await withTransaction(ctx, (tx) => recordFailure(tx, null, 'malformed'));
    throw new CandorError('unauthenticated', LOGIN_FAILED);
  }

  const [m] = await findAccount(ctx, data.email);
  // Always verify a password (a decoy when there is no account) so timing does not reveal accounts.
  const passwordOk = await verifyPassword(m?.active ? m.passwordHash : null, data.password);

  const outcome: Outcome = await withTransaction(ctx, async (tx) => {
    let reason: string | null = null;
    let step: number | null = null;
    if (!m || !m.active) reason = 'unknown_account';
    else if (!passwordOk) reason = 'password';
    else if (!m.totpSealed) reason = 'no_second_factor';
    else {
      step = checkTotp(unseal(ctx.keys.master, { table: 'members', column: 'totp', row: m.id }, m.totpSealed), data.code, now, m.totpLastStep);
      if (step === null) reason = 'code';
    }
    if (reason !== null || !m || step === null) {
      await recordFailure(tx, m?.active ? m : null, reason ?? 'unknown');
      return { ok: false };
    }
    // Claim the step atomically: two concurrent logins with one code cannot both win.
    const claimed = await tx.db
      .update(members)
      .set({ totpLastStep: step, lastActiveAt: now })
      .where(sql`${members.id} = ${m.id} and (${members.totpLastStep} is null or ${members.totpLastStep} < ${step})`)
      .returning({ id: members.id });
    if (claimed.length === 0) {
      await recordFailure(tx, m, 'code_reused');
      return { ok: false };
    }
    const actor = await loadMemberActor(tx.db, m.id);
    if (!actor) return { ok: false };
    // A few failures of the member's own (typos) are forgotten once they get in; an alert stays
    // until the member has seen it on their account page.
    const [after] = await tx.db.select().from(members).where(eq(members.id, m.id));
    const signInAlert = after?.signInAlertAt ? { at: after.signInAlertAt, since: after.failedSignInsSince ?? after.signInAlertAt, failures: after.failedSignIns } : null;
    if (!signInAlert) await tx.db.update(members).set({ failedSignIns: 0, failedSignInsSince: null }).where(eq(members.id, m.id));
    const session = await createSession(tx, m.id);
    await audit(withActor(tx, actor), { action: 'member.login', entity: 'member', entityRef: m.id });
    return { ok: true, session, actor, signInAlert };
  });

  if (!outcome.ok) throw new CandorError('unauthenticated', LOGIN_FAILED);
  throttle.recordSuccess(data.email);
  return { session: outcome.session, actor: outcome.actor, signInAlert: outcome.signInAlert };

  /** Counts the failure, audits it, and on the failure that starts the account's backoff alerts the member (page and mail). */
  async function recordFailure(tx: ServiceContext, account: { id: string; email: string } | null, reason: string): Promise<void> {
    const memberId = account?.id ?? null;
    const counted = throttle.recordFailure(data.email, client, now.getTime());
    await audit(tx, { action: 'member.login_failed', entity: 'member', entityRef: memberId, details: { reason } });
    if (memberId === null) return;
    await tx.db
      .update(members)
      .set({
        failedSignIns: sql`${members.failedSignIns} + 1`,
        failedSignInsSince: sql`coalesce(${members.failedSignInsSince}, ${now.toISOString()}::timestamptz)`,
        ...(counted.accountThrottleStarted ? { signInAlertAt: now } : {}),
      })
      .where(eq(members.id, memberId));
    if (counted.accountThrottleStarted) {
      await audit(tx, { action: 'member.login_alert', entity: 'member', entityRef: memberId, details: { failures: counted.accountFailures } });
      // The mail says only that something needs attention; the account page says what.
      await queueMail(tx, { to: account!.email, template: 'member_attention', link: '/wg/account' });
    }
  }
}
