// Throttling sign-in without locking anyone out: five wrong passwords from a stranger must not
// keep the member out, a throttled attempt costs no password hashing, and the member is told.
import { beforeEach, describe, expect, it } from 'vitest';
import { dismissSignInAlert } from '../../../src/services/auth/dismiss-sign-in-alert';
import { getSignInAlert } from '../../../src/services/auth/get-sign-in-alert';
import { logIn } from '../../../src/services/auth/log-in';
import { passwordChecks } from '../../../src/services/auth/passwords';
import { DEFAULT_LIMITS, LoginThrottle } from '../../../src/services/auth/throttle';
import { totpCode } from '../../../src/services/auth/totp';
import { withActor, type ServiceContext } from '../../../src/services/context';
import { auditEntries, lastAudit } from '../../helpers/audit';
import { freshContext } from '../../helpers/db';
import { buildMember, memberRow, type BuiltMember } from '../../helpers/members';

let ctx: ServiceContext;
let clock: Date;
let m: BuiltMember;
beforeEach(async () => {
  clock = new Date('2025-03-01T10:00:00Z');
  ctx = await freshContext({ now: () => clock, actor: { kind: 'anonymous' } });
  m = await buildMember(ctx);
});

const wrong = () => ({ email: m.email, password: 'not the password', code: '000000' });
const good = () => ({ email: m.email, password: m.password, code: totpCode(m.totpSecret, clock) });
const later = (ms: number) => (clock = new Date(clock.getTime() + ms));

describe('sign-in throttle', () => {
  it('five wrong passwords from a stranger do not lock the member out', async () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 5; i++) await expect(logIn(ctx, wrong(), { throttle, client: 'attacker' })).rejects.toMatchObject({ code: 'unauthenticated' });
    // The stranger keeps hammering: refused, and it does not extend the wait.
    for (let i = 0; i < 20; i++) await expect(logIn(ctx, wrong(), { throttle, client: 'attacker' })).rejects.toMatchObject({ code: 'unauthenticated' });
    later(DEFAULT_LIMITS.account.baseMs + 1);
    const ok = await logIn(ctx, good(), { throttle, client: 'member-laptop' });
    expect(ok.actor.id).toBe(m.id);
  });

  it('checks the throttle before any password is hashed', async () => {
    const throttle = new LoginThrottle();
    const before = passwordChecks.count;
    for (let i = 0; i < 5; i++) await logIn(ctx, wrong(), { throttle, client: 'attacker' }).catch(() => undefined);
    expect(passwordChecks.count - before).toBe(5);
    for (let i = 0; i < 10; i++) await logIn(ctx, wrong(), { throttle, client: 'attacker' }).catch(() => undefined);
    expect(passwordChecks.count - before).toBe(5);
    expect((await lastAudit(ctx))).toMatchObject({ action: 'member.login_failed', entityRef: m.id, details: { reason: 'throttled' } });
  });

  it('doubles the wait with every further failure, up to the account cap', async () => {
    const throttle = new LoginThrottle();
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      await logIn(ctx, wrong(), { throttle, client: `c${i}` }).catch(() => undefined);
      waits.push(throttle.check(m.email, 'fresh-client', clock.getTime()).retryAfterMs);
      later(waits[waits.length - 1]!); // the next attempt comes exactly when allowed
    }
    expect(waits).toEqual([0, 0, 0, 0, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('tells the member on their next sign-in and account page, audited, until they dismiss it', async () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 5; i++) await logIn(ctx, wrong(), { throttle, client: 'attacker' }).catch(() => undefined);
    const alerts = (await auditEntries(ctx)).filter((e) => e.action === 'member.login_alert');
    expect(alerts).toEqual([expect.objectContaining({ entityRef: m.id, details: { failures: 5 } })]);
    later(DEFAULT_LIMITS.account.baseMs + 1);
    const ok = await logIn(ctx, good(), { throttle, client: 'member-laptop' });
    expect(ok.signInAlert).toMatchObject({ failures: 5, since: new Date('2025-03-01T10:00:00Z') });
    const asM = withActor(ctx, ok.actor);
    expect(await getSignInAlert(asM)).toMatchObject({ failures: 5 });
    await dismissSignInAlert(asM);
    expect(await getSignInAlert(asM)).toBeNull();
    expect(await lastAudit(ctx)).toMatchObject({ action: 'member.login_alert_dismiss', actorId: m.id });
  });

  it('forgets a member\'s own few typos once they sign in, and does not warn about them', async () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 2; i++) await logIn(ctx, wrong(), { throttle, client: 'member-laptop' }).catch(() => undefined);
    const ok = await logIn(ctx, good(), { throttle, client: 'member-laptop' });
    expect(ok.signInAlert).toBeNull();
    expect(await memberRow(ctx, m.id)).toMatchObject({ failedSignIns: 0, failedSignInsSince: null, signInAlertAt: null });
  });
});
