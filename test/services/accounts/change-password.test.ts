// A signed-in member changes their password: current password asked, the one password policy
// (12+ characters, not among the 10,000 most common), fields named, other sessions ended, audited.
import { beforeEach, describe, expect, it } from 'vitest';
import { changePassword } from '../../../src/services/auth/change-password';
import { verifyPassword } from '../../../src/services/auth/passwords';
import { resolveSession } from '../../../src/services/auth/sessions';
import { withActor, type ServiceContext } from '../../../src/services/context';
import { lastAudit } from '../../helpers/audit';
import { freshContext } from '../../helpers/db';
import { buildMember, memberRow, sessionFor } from '../../helpers/members';

let ctx: ServiceContext;
beforeEach(async () => {
  ctx = await freshContext();
});

describe('changePassword', () => {
  it('needs the current password, refuses short and common passwords naming the field, and ends other sessions', async () => {
    const m = await buildMember(ctx);
    const here = await sessionFor(ctx, m.id);
    const elsewhere = await sessionFor(ctx, m.id);
    const asM = withActor(ctx, m.actor);
    const attempt = (currentPassword: string, password: string, passwordConfirm = password) =>
      changePassword(asM, { currentPassword, password, passwordConfirm }, { sessionToken: here });
    await expect(attempt('not it at all', 'a brand new passphrase')).rejects.toMatchObject({ issues: [{ field: 'currentPassword' }] });
    await expect(attempt(m.password, 'short')).rejects.toMatchObject({ issues: [{ field: 'password', message: expect.stringContaining('12') }] });
    await expect(attempt(m.password, 'qwerty123456')).rejects.toMatchObject({ issues: [{ field: 'password', message: expect.stringContaining('most common') }] });
    await expect(attempt(m.password, 'a brand new passphrase', 'something else entirely')).rejects.toMatchObject({ issues: [{ field: 'passwordConfirm' }] });
    await expect(attempt(m.password, m.password)).rejects.toMatchObject({ issues: [{ field: 'password' }] });
    expect(await attempt(m.password, 'a brand new passphrase')).toEqual({ sessionsEnded: 1 });
    const row = await memberRow(ctx, m.id);
    expect(await verifyPassword(row.passwordHash, 'a brand new passphrase')).toBe(true);
    expect(await resolveSession(ctx, { token: here })).not.toBeNull();
    expect(await resolveSession(ctx, { token: elsewhere })).toBeNull();
    expect(await lastAudit(ctx)).toMatchObject({ action: 'member.password_change', actorId: m.id, entityRef: m.id, details: { sessionsEnded: 1 } });
  });

  it('is for signed-in members only', async () => {
    await expect(
      changePassword(withActor(ctx, { kind: 'anonymous' }), { currentPassword: 'x', password: 'a brand new passphrase', passwordConfirm: 'a brand new passphrase' }, { sessionToken: null }),
    ).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});
