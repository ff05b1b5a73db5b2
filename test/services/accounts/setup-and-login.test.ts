import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { members, sessions } from '../../../src/db/schema';
import { CandorError } from '../../../src/errors';
import { logIn } from '../../../src/services/auth/log-in';
import { logOut } from '../../../src/services/auth/log-out';
import { logOutEverywhere } from '../../../src/services/auth/log-out-everywhere';
import { pruneSessions, scheduleSessionPruning } from '../../../src/services/auth/prune-sessions';
import { resolveSession, SESSION_IDLE_MS } from '../../../src/services/auth/sessions';
import { hashToken } from '../../../src/services/auth/tokens';
import { LoginThrottle } from '../../../src/services/auth/throttle';
import { newTotpSecret, totpCode } from '../../../src/services/auth/totp';
import { withActor, type ServiceContext } from '../../../src/services/context';
import { completeSetup } from '../../../src/services/setup/complete-setup';
import { isSetupComplete } from '../../../src/services/setup/get-setup-status';
import { can } from '../../../src/domain/permissions';
import { loadMemberActor } from '../../../src/services/auth/load-actor';
import { auditEntries, lastAudit } from '../../helpers/audit';
import { freshContext } from '../../helpers/db';
import { buildMember, sessionFor } from '../../helpers/members';

let ctx: ServiceContext;
let clock: Date;
beforeEach(async () => {
  clock = new Date('2025-03-01T10:00:00Z');
  ctx = await freshContext({ now: () => clock, actor: { kind: 'anonymous' } });
});

const setupInput = (secret: string, at: Date) => ({
  organisationName: 'Example Foundation',
  displayName: 'Ada Chair',
  email: 'ada@example.org',
  password: 'a long enough password',
  passwordConfirm: 'a long enough password',
  totpSecret: secret,
  code: totpCode(secret, at),
});

describe('completeSetup', () => {
  it('creates the organisation and the first chair, audited, once', async () => {
    expect(await isSetupComplete(ctx)).toBe(false);
    const secret = newTotpSecret();
    const { memberId } = await completeSetup(ctx, setupInput(secret, clock));
    expect(await isSetupComplete(ctx)).toBe(true);
    const [m] = await ctx.db.select().from(members).where(eq(members.id, memberId));
    expect(m!.role).toBe('chair');
    expect(m!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(m!.totpSealed).not.toContain(secret);
    const entries = await auditEntries(ctx);
    expect(entries.slice(0, 2).map((e) => e.action)).toEqual(['setup.complete', 'member.identity_access']);
    // Then the starter documents, installed with the organisation.
    expect(new Set(entries.slice(2).map((e) => e.action))).toEqual(new Set(['document.create', 'document.version_save', 'public_text.check']));
    expect(entries[0]).toMatchObject({ action: 'setup.complete', actorId: memberId });
    // The first chair holds the identity key from the start, so a one-chair organisation can use it.
    expect(m!.identityKeyAccess).toBe(true);
    expect(entries[1]).toMatchObject({ actorId: memberId, entityRef: memberId, details: { granted: true, firstChair: true } });
    expect(can((await loadMemberActor(ctx.db, memberId))!, 'read:identity')).toBe(true);
    await expect(completeSetup(ctx, setupInput(newTotpSecret(), clock))).rejects.toMatchObject({ code: 'conflict' });
  });

  it('names each bad field and writes nothing', async () => {
    const err = await completeSetup(ctx, { ...setupInput(newTotpSecret(), clock), email: 'nope', password: 'short', passwordConfirm: 'other', code: '12' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CandorError);
    const fields = (err as CandorError).issues.map((i) => i.field).sort();
    expect(fields).toEqual(['code', 'email', 'password', 'passwordConfirm']);
    expect(await isSetupComplete(ctx)).toBe(false);
  });

  it('refuses a TOTP code that does not match the secret', async () => {
    const secret = newTotpSecret();
    const input = { ...setupInput(secret, clock), code: totpCode(secret, new Date(clock.getTime() - 10 * 60_000)) };
    await expect(completeSetup(ctx, input)).rejects.toMatchObject({ code: 'invalid_input', issues: [{ field: 'code' }] });
  });
});

describe('logIn', () => {
  it('signs in with password and TOTP, audits it, and refuses the same code twice', async () => {
    const m = await buildMember(ctx);
    const throttle = new LoginThrottle();
    const input = { email: m.email.toUpperCase(), password: m.password, code: totpCode(m.totpSecret, clock) };
    const { session, actor } = await logIn(ctx, input, { throttle, client: 'c1' });
    expect(actor.id).toBe(m.id);
    expect(await lastAudit(ctx)).toMatchObject({ action: 'member.login', actorId: m.id });
    const stored = await ctx.db.select().from(sessions);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toBe(session.token);
    expect((await resolveSession(ctx, { token: session.token }))?.actor.id).toBe(m.id);
    await expect(logIn(ctx, input, { throttle, client: 'c1' })).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(await lastAudit(ctx)).toMatchObject({ action: 'member.login_failed', details: { reason: 'code' } }); // the step was used already
  });

  it('audits failures without saying which part was wrong, and slows the account down (no lockout)', async () => {
    const m = await buildMember(ctx);
    const throttle = new LoginThrottle({ account: { free: 3, baseMs: 60_000, maxMs: 60_000 }, client: { free: 100, baseMs: 1, maxMs: 1 }, forgetAfterMs: 3_600_000 });
    for (let i = 0; i < 3; i++) {
      await expect(logIn(ctx, { email: m.email, password: 'wrong password!', code: '000000' }, { throttle, client: `c${i}` })).rejects.toThrow(/do not match/);
    }
    const good = { email: m.email, password: m.password, code: totpCode(m.totpSecret, clock) };
    await expect(logIn(ctx, good, { throttle, client: 'c9' })).rejects.toMatchObject({ code: 'unauthenticated' });
    const reasons = (await auditEntries(ctx)).filter((e) => e.action === 'member.login_failed').map((e) => e.details.reason);
    expect(reasons).toEqual(['password', 'password', 'password', 'throttled']);
    clock = new Date(clock.getTime() + 61_000);
    const ok = await logIn(ctx, { ...good, code: totpCode(m.totpSecret, clock) }, { throttle, client: 'c9' });
    expect(ok.actor.id).toBe(m.id);
  });

  it('throttles a client that tries many accounts', async () => {
    const throttle = new LoginThrottle({ account: { free: 100, baseMs: 1, maxMs: 1 }, client: { free: 2, baseMs: 60_000, maxMs: 60_000 }, forgetAfterMs: 3_600_000 });
    for (const email of ['a@x.org', 'b@x.org']) {
      await expect(logIn(ctx, { email, password: 'x', code: '1' }, { throttle, client: 'same' })).rejects.toThrow();
    }
    const m = await buildMember(ctx);
    const good = { email: m.email, password: m.password, code: totpCode(m.totpSecret, clock) };
    await expect(logIn(ctx, good, { throttle, client: 'same' })).rejects.toThrow();
    expect((await lastAudit(ctx))?.details.reason).toBe('throttled');
    // Another client signs in to the same account at once: the throttle is the attacker's, not the member's.
    expect((await logIn(ctx, good, { throttle, client: 'other' })).actor.id).toBe(m.id);
  });

  it('refuses offboarded members', async () => {
    const m = await buildMember(ctx, { active: false });
    const input = { email: m.email, password: m.password, code: totpCode(m.totpSecret, clock) };
    await expect(logIn(ctx, input, { throttle: new LoginThrottle(), client: 'c' })).rejects.toMatchObject({ code: 'unauthenticated' });
    expect((await lastAudit(ctx))?.details.reason).toBe('unknown_account');
  });
});

describe('sessions', () => {
  it('expire when idle', async () => {
    const m = await buildMember(ctx);
    const token = await sessionFor(ctx, m.id);
    clock = new Date(clock.getTime() + SESSION_IDLE_MS - 1000);
    expect(await resolveSession(ctx, { token })).not.toBeNull();
    clock = new Date(clock.getTime() + SESSION_IDLE_MS + 1000);
    expect(await resolveSession(ctx, { token })).toBeNull();
    expect(await ctx.db.select().from(sessions)).toHaveLength(0);
  });

  it('expire at the absolute limit even when used', async () => {
    const m = await buildMember(ctx);
    const token = await sessionFor(ctx, m.id);
    for (let h = 1; h <= 13; h++) {
      clock = new Date(clock.getTime() + 59 * 60_000);
      const r = await resolveSession(ctx, { token });
      if (h * 59 >= 12 * 60) expect(r).toBeNull();
    }
    expect(await resolveSession(ctx, { token })).toBeNull();
  });

  it('logOut ends one session; logOutEverywhere ends all; both audited', async () => {
    const m = await buildMember(ctx);
    const [t1, t2, t3] = [await sessionFor(ctx, m.id), await sessionFor(ctx, m.id), await sessionFor(ctx, m.id)];
    const mctx = withActor(ctx, m.actor);
    await logOut(mctx, { token: t1 });
    expect(await resolveSession(ctx, { token: t1 })).toBeNull();
    expect(await lastAudit(ctx)).toMatchObject({ action: 'member.logout', entityRef: m.id });
    expect(await logOutEverywhere(mctx)).toBe(2);
    expect(await resolveSession(ctx, { token: t2 })).toBeNull();
    expect(await resolveSession(ctx, { token: t3 })).toBeNull();
    expect(await lastAudit(ctx)).toMatchObject({ action: 'member.logout_all', details: { sessions: 2 } });
  });

  it('are pruned once idle or past the absolute limit, audited by count; only by the system', async () => {
    const m = await buildMember(ctx);
    const idle = await sessionFor(ctx, m.id);
    clock = new Date(clock.getTime() + 50 * 60_000);
    const recent = await sessionFor(ctx, m.id);
    const overdue = await sessionFor(ctx, m.id);
    await ctx.db.update(sessions).set({ expiresAt: new Date(clock.getTime() - 1000) }).where(eq(sessions.tokenHash, hashToken(overdue)));
    clock = new Date(clock.getTime() + 15 * 60_000); // `idle` unused for 65 minutes
    await expect(pruneSessions(withActor(ctx, m.actor))).rejects.toMatchObject({ code: 'forbidden' });
    const system = withActor(ctx, { kind: 'system', label: 'job:prune-sessions' });
    expect(await pruneSessions(system)).toBe(2);
    const left = await ctx.db.select({ tokenHash: sessions.tokenHash }).from(sessions);
    expect(left.map((r) => r.tokenHash)).toEqual([hashToken(recent)]);
    expect(await lastAudit(ctx)).toMatchObject({ action: 'session.prune', actorId: null, details: { count: 2 } });
    const entries = (await auditEntries(ctx)).length;
    expect(await pruneSessions(system)).toBe(0);
    expect(await auditEntries(ctx)).toHaveLength(entries); // an empty sweep writes nothing
    expect(await resolveSession(ctx, { token: idle })).toBeNull();
  });

  it('are pruned on the schedule the server starts', async () => {
    const m = await buildMember(ctx);
    await sessionFor(ctx, m.id);
    clock = new Date(clock.getTime() + SESSION_IDLE_MS + 1000);
    const job = scheduleSessionPruning(withActor(ctx, { kind: 'system', label: 'job:prune-sessions' }), { pattern: '* * * * * *' });
    try {
      for (let i = 0; i < 600 && (await ctx.db.select().from(sessions)).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    } finally {
      job.stop();
    }
    expect(await ctx.db.select().from(sessions)).toHaveLength(0);
  });
});
