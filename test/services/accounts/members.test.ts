import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { cases, invites, members, recusals, sessions, spaces } from '../../../src/db/schema';
import { can } from '../../../src/domain/permissions';
import { logIn } from '../../../src/services/auth/log-in';
import { resolveSession } from '../../../src/services/auth/sessions';
import { LoginThrottle } from '../../../src/services/auth/throttle';
import { totpCode, newTotpSecret } from '../../../src/services/auth/totp';
import { withActor, type ServiceContext } from '../../../src/services/context';
import { declareConflicts } from '../../../src/services/members/declare-conflicts';
import { enrolMember } from '../../../src/services/members/enrol-member';
import { getInvite } from '../../../src/services/members/get-invite';
import { inviteMember } from '../../../src/services/members/invite-member';
import { listCaseCodeNames } from '../../../src/services/members/list-case-code-names';
import { listMembers } from '../../../src/services/members/list-members';
import { offboardMember } from '../../../src/services/members/offboard-member';
import { setIdentityAccess } from '../../../src/services/members/set-identity-access';
import { decideGrantRequest } from '../../../src/services/members/decide-grant-request';
import { listGrantRequests } from '../../../src/services/members/list-grant-requests';
import { loadMemberActor } from '../../../src/services/auth/load-actor';
import { lastAudit, auditEntries } from '../../helpers/audit';
import { freshContext } from '../../helpers/db';
import { buildMember, sessionFor, type BuiltMember } from '../../helpers/members';

let ctx: ServiceContext;
let clock: Date;
let chair: BuiltMember;
let asChair: ServiceContext;
beforeEach(async () => {
  clock = new Date('2025-03-01T10:00:00Z');
  ctx = await freshContext({ now: () => clock });
  chair = await buildMember(ctx, { role: 'chair' });
  asChair = withActor(ctx, chair.actor);
});

const enrolInput = (token: string, secret = newTotpSecret()) => ({
  token,
  password: 'a long enough password',
  passwordConfirm: 'a long enough password',
  totpSecret: secret,
  code: totpCode(secret, clock),
});

describe('inviteMember / getInvite / enrolMember', () => {
  it('invites with a one-time link stored as a hash, and enrols once', async () => {
    const inv = await inviteMember(asChair, { displayName: 'Bo', email: 'bo@example.org', role: 'member' });
    expect(await lastAudit(ctx)).toMatchObject({ action: 'member.invite', actorId: chair.id, entityRef: inv.inviteId, details: { role: 'member' } });
    const [row] = await ctx.db.select().from(invites);
    expect(row!.tokenHash).not.toContain(inv.token);
    expect(await getInvite(ctx, { token: inv.token })).toMatchObject({ displayName: 'Bo', role: 'member' });

    const { memberId } = await enrolMember(withActor(ctx, { kind: 'anonymous' }), enrolInput(inv.token));
    expect(await lastAudit(ctx)).toMatchObject({ action: 'member.enrol', actorId: memberId });
    const actor = await loadMemberActor(ctx.db, memberId);
    expect(actor).toMatchObject({ role: 'member', conflictsDeclared: false });
    await expect(getInvite(ctx, { token: inv.token })).rejects.toMatchObject({ code: 'not_found' });
    await expect(enrolMember(ctx, enrolInput(inv.token))).rejects.toMatchObject({ code: 'not_found' });
  });

  it('links expire', async () => {
    const inv = await inviteMember(asChair, { displayName: 'Bo', email: 'bo@example.org', role: 'adviser' });
    clock = new Date(clock.getTime() + 8 * 86_400_000);
    await expect(getInvite(ctx, { token: inv.token })).rejects.toMatchObject({ code: 'not_found' });
    await expect(enrolMember(ctx, enrolInput(inv.token))).rejects.toMatchObject({ code: 'not_found' });
  });

  it('gives a local representative their spaces', async () => {
    const [space] = await ctx.db.insert(spaces).values({ slug: 'conf', name: 'Conf', kind: 'event', groupName: 'Events' }).returning();
    await expect(inviteMember(asChair, { displayName: 'Lo', email: 'lo@example.org', role: 'local' })).rejects.toMatchObject({
      issues: [{ field: 'spaceIds' }],
    });
    const inv = await inviteMember(asChair, { displayName: 'Lo', email: 'lo@example.org', role: 'local', spaceIds: [space!.id] });
    const { memberId } = await enrolMember(ctx, enrolInput(inv.token));
    expect((await loadMemberActor(ctx.db, memberId))?.spaceIds).toEqual([space!.id]);
  });

  it('only chairs and vice-chairs invite; others get not-permitted and nothing is written', async () => {
    for (const role of ['member', 'adviser', 'board', 'local'] as const) {
      const m = await buildMember(ctx, { role });
      await expect(inviteMember(withActor(ctx, m.actor), { displayName: 'X', email: 'x@example.org', role: 'member' })).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await ctx.db.select().from(invites)).toHaveLength(0);
    const vice = await buildMember(ctx, { role: 'vice_chair' });
    await inviteMember(withActor(ctx, vice.actor), { displayName: 'X', email: 'x@example.org', role: 'member' });
  });

  it('refuses an email that already has an account', async () => {
    await expect(inviteMember(asChair, { displayName: 'C', email: chair.email.toUpperCase(), role: 'member' })).rejects.toMatchObject({
      issues: [{ field: 'email' }],
    });
  });
});

describe('listMembers', () => {
  it('lists members and pending invitations for the chair only', async () => {
    await inviteMember(asChair, { displayName: 'Bo', email: 'bo@example.org', role: 'board' });
    const view = await listMembers(asChair);
    expect(view.members.map((m) => m.id)).toEqual([chair.id]);
    expect(view.pendingInvites).toHaveLength(1);
    const m = await buildMember(ctx);
    await expect(listMembers(withActor(ctx, m.actor))).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('offboardMember', () => {
  it('ends sessions and access at once, audited', async () => {
    const m = await buildMember(ctx, { identityKeyAccess: true });
    const token = await sessionFor(ctx, m.id);
    await offboardMember(asChair, { memberId: m.id });
    expect(await resolveSession(ctx, { token })).toBeNull();
    expect(await ctx.db.select().from(sessions).where(eq(sessions.memberId, m.id))).toHaveLength(0);
    const [row] = await ctx.db.select().from(members).where(eq(members.id, m.id));
    expect(row).toMatchObject({ active: false, identityKeyAccess: false });
    expect(await lastAudit(ctx)).toMatchObject({ action: 'member.offboard', entityRef: m.id, details: { sessionsEnded: 1 } });
    await expect(offboardMember(asChair, { memberId: m.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('an offboarded member\'s email can be invited again: a new account, the old row kept', async () => {
    const m = await buildMember(ctx, { email: 'returning@example.org' });
    await offboardMember(asChair, { memberId: m.id });
    const inv = await inviteMember(asChair, { displayName: 'Back again', email: 'Returning@example.org', role: 'member' });
    const secret = newTotpSecret();
    const { memberId } = await enrolMember(ctx, enrolInput(inv.token, secret));
    expect(memberId).not.toBe(m.id);
    expect((await ctx.db.select().from(members).where(eq(members.id, m.id)))[0]).toMatchObject({ active: false });
    // Signing in reaches the new, active account.
    clock = new Date(clock.getTime() + 60_000);
    const input = { email: 'returning@example.org', password: 'a long enough password', code: totpCode(secret, clock) };
    expect((await logIn(ctx, input, { throttle: new LoginThrottle(), client: 'c' })).actor.id).toBe(memberId);
    // A second active account with the address is still refused.
    await expect(inviteMember(asChair, { displayName: 'Dup', email: 'returning@example.org', role: 'member' })).rejects.toMatchObject({ issues: [{ field: 'email' }] });
  });

  it('refuses self-offboarding and non-chairs', async () => {
    await expect(offboardMember(asChair, { memberId: chair.id })).rejects.toMatchObject({ code: 'conflict' });
    const m = await buildMember(ctx);
    await expect(offboardMember(withActor(ctx, m.actor), { memberId: chair.id })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('setIdentityAccess', () => {
  it('a grant is a request another member approves; a withdrawal applies at once; all audited', async () => {
    const m = await buildMember(ctx);
    const board = await buildMember(ctx, { role: 'board' });
    expect(await setIdentityAccess(asChair, { memberId: m.id, granted: true })).toEqual({ pending: true });
    expect(can((await loadMemberActor(ctx.db, m.id))!, 'read:identity')).toBe(false);
    const [request] = await listGrantRequests(withActor(ctx, board.actor));
    expect(request).toMatchObject({ kind: 'identity_key', subject: { email: m.email }, mayDecide: true });
    await decideGrantRequest(withActor(ctx, board.actor), { grantId: request!.id, approve: true });
    expect(can((await loadMemberActor(ctx.db, m.id))!, 'read:identity')).toBe(true);
    const actions = (await auditEntries(ctx)).map((e) => [e.action, e.actorId, e.details.kind ?? e.details.granted]);
    expect(actions).toEqual([
      ['member.grant_request', chair.id, 'identity_key'],
      ['member.grant_decide', board.id, 'identity_key'],
      ['member.identity_access', board.id, true],
    ]);
    await setIdentityAccess(asChair, { memberId: m.id, granted: false });
    expect(can((await loadMemberActor(ctx.db, m.id))!, 'read:identity')).toBe(false);
    await expect(setIdentityAccess(asChair, { memberId: board.id, granted: true })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('never lets a member grant it to themselves, but lets them step back', async () => {
    await expect(setIdentityAccess(asChair, { memberId: chair.id, granted: true })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('yourself'),
    });
    expect((await loadMemberActor(ctx.db, chair.id))!.identityKeyAccess).toBe(false);
    const vice = await buildMember(ctx, { role: 'vice_chair' });
    await setIdentityAccess(withActor(ctx, vice.actor), { memberId: chair.id, granted: true });
    const [request] = await listGrantRequests(asChair);
    expect(request!.mayDecide).toBe(false); // it concerns the chair
    await expect(decideGrantRequest(asChair, { grantId: request!.id, approve: true })).rejects.toMatchObject({ code: 'conflict' });
    const board = await buildMember(ctx, { role: 'board' });
    await decideGrantRequest(withActor(ctx, board.actor), { grantId: request!.id, approve: true });
    const keyholder = (await loadMemberActor(ctx.db, chair.id))!;
    expect(keyholder.identityKeyAccess).toBe(true);
    await setIdentityAccess(withActor(ctx, keyholder), { memberId: chair.id, granted: false });
    expect((await loadMemberActor(ctx.db, chair.id))!.identityKeyAccess).toBe(false);
  });
});

describe('a lone chair and a sock puppet', () => {
  it('the chair cannot give the identity key to a member they invited: someone else must approve', async () => {
    const inv = await inviteMember(asChair, { displayName: 'Sock', email: 'sock@example.org', role: 'member' });
    const { memberId: sock } = await enrolMember(ctx, enrolInput(inv.token));
    expect(await setIdentityAccess(asChair, { memberId: sock, granted: true })).toEqual({ pending: true });
    const [request] = await listGrantRequests(asChair);
    expect(request!.mayDecide).toBe(false);
    await expect(decideGrantRequest(asChair, { grantId: request!.id, approve: true })).rejects.toMatchObject({ code: 'conflict' });
    const sockActor = (await loadMemberActor(ctx.db, sock))!;
    await expect(decideGrantRequest(withActor(ctx, sockActor), { grantId: request!.id, approve: true })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setIdentityAccess(asChair, { memberId: sock, granted: true })).rejects.toMatchObject({ code: 'conflict' }); // already waiting
    expect((await loadMemberActor(ctx.db, sock))!.identityKeyAccess).toBe(false);
    const board = await buildMember(ctx, { role: 'board' });
    await decideGrantRequest(withActor(ctx, board.actor), { grantId: request!.id, approve: false });
    expect((await loadMemberActor(ctx.db, sock))!.identityKeyAccess).toBe(false);
    expect(await listGrantRequests(asChair)).toEqual([]);
    await expect(decideGrantRequest(withActor(ctx, board.actor), { grantId: request!.id, approve: true })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('inviting a chair, vice-chair or board member needs approval before the link works', async () => {
    for (const role of ['chair', 'vice_chair', 'board'] as const) {
      const inv = await inviteMember(asChair, { displayName: `New ${role}`, email: `${role}@example.org`, role });
      expect(inv.pendingApproval).toBe(true);
      await expect(getInvite(ctx, { token: inv.token })).rejects.toMatchObject({ code: 'conflict' });
      await expect(enrolMember(ctx, enrolInput(inv.token))).rejects.toMatchObject({ code: 'conflict' });
      expect(await getInvite(ctx, { token: inv.token }).catch((e: unknown) => e)).toMatchObject({ message: expect.stringContaining('approve') });
    }
    const requests = await listGrantRequests(asChair);
    expect(requests.map((r) => [r.kind, r.subject.role, r.mayDecide])).toEqual([
      ['invite', 'chair', false],
      ['invite', 'vice_chair', false],
      ['invite', 'board', false],
    ]);
    const vice = await buildMember(ctx, { role: 'vice_chair' });
    const asVice = withActor(ctx, vice.actor);
    await decideGrantRequest(asVice, { grantId: requests[0]!.id, approve: true });
    await decideGrantRequest(asVice, { grantId: requests[2]!.id, approve: false });
    const invs = await auditEntries(ctx);
    expect(invs.filter((e) => e.action === 'member.grant_decide').map((e) => e.details.approved)).toEqual([true, false]);
    expect(invs.filter((e) => e.action === 'member.grant_request')).toHaveLength(3);
    // A member invitation needs nothing, and neither does the operator at the command line.
    expect((await inviteMember(asChair, { displayName: 'M', email: 'm@example.org', role: 'member' })).pendingApproval).toBe(false);
    const op = await inviteMember(ctx, { displayName: 'Op chair', email: 'op@example.org', role: 'chair' });
    expect(op.pendingApproval).toBe(false);
    expect(await getInvite(ctx, { token: op.token })).toMatchObject({ role: 'chair' });
  });

  it('an approved invitation enrols; a declined one is gone', async () => {
    const board = await buildMember(ctx, { role: 'board' });
    const asBoard = withActor(ctx, board.actor);
    const yes = await inviteMember(asChair, { displayName: 'Vi', email: 'vi@example.org', role: 'vice_chair' });
    const no = await inviteMember(asChair, { displayName: 'No', email: 'no@example.org', role: 'chair' });
    const [ry, rn] = await listGrantRequests(asBoard);
    await decideGrantRequest(asBoard, { grantId: ry!.id, approve: true });
    await decideGrantRequest(asBoard, { grantId: rn!.id, approve: false });
    const { memberId } = await enrolMember(ctx, enrolInput(yes.token));
    expect((await loadMemberActor(ctx.db, memberId))!.role).toBe('vice_chair');
    await expect(getInvite(ctx, { token: no.token })).rejects.toMatchObject({ code: 'not_found' });
    await expect(enrolMember(ctx, enrolInput(no.token))).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('conflict declarations', () => {
  it('lists only code names, records recusals (details sealed) and opens cases afterwards', async () => {
    const [a, b] = await ctx.db
      .insert(cases)
      .values([
        { codeName: 'home shelf', receivedOn: '2025-01-02' },
        { codeName: 'quiet river', receivedOn: '2025-01-03' },
      ])
      .returning();
    const m = await buildMember(ctx, { conflictsDeclared: false });
    const asM = withActor(ctx, m.actor);
    const list = await listCaseCodeNames(asM);
    expect(list.cases).toEqual([
      { id: a!.id, codeName: 'home shelf', declared: null },
      { id: b!.id, codeName: 'quiet river', declared: null },
    ]);
    const caseResource = (recused: string[]) => ({ kind: 'case' as const, recusedMemberIds: recused });
    expect(can(m.actor, 'read:case', caseResource([]))).toBe(false);

    await declareConflicts(asM, { conflicts: [{ caseId: a!.id, reason: 'other', details: 'We share a flat' }] });
    const rows = await ctx.db.select().from(recusals);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.detailsSealed).not.toContain('share a flat');
    const actions = (await auditEntries(ctx)).map((e) => [e.action, e.entityRef]);
    expect(actions).toEqual([
      ['case.recuse', 'home shelf'],
      ['member.conflicts_declared', m.id],
    ]);
    // The kind of conflict stays out of the trail, as for a single declaration.
    expect((await auditEntries(ctx)).find((e) => e.action === 'case.recuse')?.details).toEqual({});
    const after = (await loadMemberActor(ctx.db, m.id))!;
    expect(can(after, 'read:case', caseResource([m.id]))).toBe(false);
    expect(can(after, 'read:case', caseResource([]))).toBe(true);
    expect((await listCaseCodeNames(withActor(ctx, after))).cases[0]!.declared).toBe('other');
  });

  it('asks for details when the reason is "other"', async () => {
    const [a] = await ctx.db.insert(cases).values({ codeName: 'home shelf', receivedOn: '2025-01-02' }).returning();
    const m = await buildMember(ctx, { conflictsDeclared: false });
    await expect(declareConflicts(withActor(ctx, m.actor), { conflicts: [{ caseId: a!.id, reason: 'other' }] })).rejects.toMatchObject({
      issues: [{ field: 'conflicts.0.details' }],
    });
  });

  it('board members do not declare', async () => {
    const b = await buildMember(ctx, { role: 'board', conflictsDeclared: false });
    await expect(declareConflicts(withActor(ctx, b.actor), { conflicts: [] })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
