// Undoing access mistakes: the chair takes a case back from an adviser, and withdraws an exclusion.
// Both audited; neither open to members without the permission or to a recused chair.
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { recusals } from '../../../src/db/schema';
import type { MemberActor } from '../../../src/domain/access';
import { getCase } from '../../../src/services/cases/get-case';
import { revokeCaseShare } from '../../../src/services/cases/revoke-case-share';
import { shareCaseWithAdviser } from '../../../src/services/cases/share-case-with-adviser';
import type { ServiceContext } from '../../../src/services/context';
import { declareRecusal } from '../../../src/services/recusals/declare-recusal';
import { excludeMember } from '../../../src/services/recusals/exclude-member';
import { decideRecusalWithdrawal } from '../../../src/services/recusals/decide-recusal-withdrawal';
import { getOwnRecusal } from '../../../src/services/recusals/get-own-recusal';
import { liftExclusion } from '../../../src/services/recusals/lift-exclusion';
import { requestRecusalWithdrawal } from '../../../src/services/recusals/request-recusal-withdrawal';
import { freshContext } from '../../helpers/db';
import { as, auditEntries, buildCase, buildMember } from './factories';

let ctx: ServiceContext;
let chair: MemberActor;
let c: { id: string; codeName: string };

beforeEach(async () => {
  ctx = await freshContext();
  chair = await buildMember(ctx, { role: 'chair' });
  c = await buildCase(ctx, chair);
});

describe('revokeCaseShare', () => {
  it('takes the case back from the adviser at once, audited', async () => {
    const adviser = await buildMember(ctx, { role: 'adviser' });
    const member = await buildMember(ctx);
    await shareCaseWithAdviser(as(ctx, chair), { caseId: c.id, memberId: adviser.id });
    expect((await getCase(as(ctx, adviser), { caseId: c.id })).codeName).toBe(c.codeName);
    await expect(revokeCaseShare(as(ctx, member), { caseId: c.id, memberId: adviser.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(revokeCaseShare(as(ctx, adviser), { caseId: c.id, memberId: adviser.id })).rejects.toMatchObject({ code: 'forbidden' });
    await revokeCaseShare(as(ctx, chair), { caseId: c.id, memberId: adviser.id });
    await expect(getCase(as(ctx, adviser), { caseId: c.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await auditEntries(ctx, 'case.unshare', c.codeName)).map((e) => e.details)).toEqual([{ member: adviser.id }]);
    // Nothing left to revoke: named on the form, nothing audited.
    await expect(revokeCaseShare(as(ctx, chair), { caseId: c.id, memberId: adviser.id })).rejects.toMatchObject({ issues: [{ field: 'memberId' }] });
    expect(await auditEntries(ctx, 'case.unshare', c.codeName)).toHaveLength(1);
  });

  it('is refused to a chair recused from the case, and answers not found for an unknown case', async () => {
    const adviser = await buildMember(ctx, { role: 'adviser' });
    await shareCaseWithAdviser(as(ctx, chair), { caseId: c.id, memberId: adviser.id });
    const vice = await buildMember(ctx, { role: 'vice_chair' });
    await declareRecusal(as(ctx, vice), { caseId: c.id, reason: 'employer' });
    await expect(revokeCaseShare(as(ctx, vice), { caseId: c.id, memberId: adviser.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(revokeCaseShare(as(ctx, chair), { caseId: '00000000-0000-4000-8000-000000000000', memberId: adviser.id })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('liftExclusion', () => {
  it('gives an excluded member access back, audited', async () => {
    const member = await buildMember(ctx);
    await excludeMember(as(ctx, chair), { caseId: c.id, memberId: member.id });
    await expect(getCase(as(ctx, member), { caseId: c.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(liftExclusion(as(ctx, member), { caseId: c.id, memberId: member.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await liftExclusion(as(ctx, chair), { caseId: c.id, memberId: member.id })).toEqual({ stillRecused: false });
    expect((await getCase(as(ctx, member), { caseId: c.id })).codeName).toBe(c.codeName);
    expect((await auditEntries(ctx, 'case.exclusion_lift', c.codeName)).map((e) => e.details)).toEqual([{ member: member.id, stillRecused: false }]);
    await expect(liftExclusion(as(ctx, chair), { caseId: c.id, memberId: member.id })).rejects.toMatchObject({ issues: [{ field: 'memberId' }] });
  });

  it("leaves a member's own earlier declaration standing, and never lifts a declared conflict", async () => {
    const member = await buildMember(ctx);
    await declareRecusal(as(ctx, member), { caseId: c.id, reason: 'relationship' });
    // Not an exclusion: the chair cannot withdraw a conflict the member declared.
    await expect(liftExclusion(as(ctx, chair), { caseId: c.id, memberId: member.id })).rejects.toMatchObject({ code: 'invalid_input' });
    await excludeMember(as(ctx, chair), { caseId: c.id, memberId: member.id });
    expect(await liftExclusion(as(ctx, chair), { caseId: c.id, memberId: member.id })).toEqual({ stillRecused: true });
    await expect(getCase(as(ctx, member), { caseId: c.id })).rejects.toMatchObject({ code: 'forbidden' });
    const [row] = await ctx.db.select().from(recusals).where(and(eq(recusals.caseId, c.id), eq(recusals.memberId, member.id)));
    expect(row).toMatchObject({ reason: 'other', declaredBy: member.id });
  });
});

describe('withdrawing a declared conflict', () => {
  it('needs the member to ask and the chair to confirm; the member stays recused meanwhile', async () => {
    const member = await buildMember(ctx);
    await declareRecusal(as(ctx, member), { caseId: c.id, reason: 'employer' });
    await expect(requestRecusalWithdrawal(as(ctx, member), { caseId: c.id })).rejects.toMatchObject({ issues: [{ field: 'confirm' }] });
    expect(await requestRecusalWithdrawal(as(ctx, member), { caseId: c.id, confirm: 'yes' })).toEqual({ alreadyPending: false });
    expect(await requestRecusalWithdrawal(as(ctx, member), { caseId: c.id, confirm: 'yes' })).toEqual({ alreadyPending: true });
    expect(await getOwnRecusal(as(ctx, member), { caseId: c.id })).toMatchObject({ recusal: 'declared', withdrawalRequested: true });
    await expect(getCase(as(ctx, member), { caseId: c.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await getCase(as(ctx, chair), { caseId: c.id })).recused).toEqual([{ id: member.id, name: member.displayName, excluded: false, withdrawalRequested: true }]);
    expect(await auditEntries(ctx, 'case.recusal_withdrawal_request', c.codeName)).toHaveLength(1);

    // Nobody else decides: not the member, not another member without the permission.
    await expect(decideRecusalWithdrawal(as(ctx, member), { caseId: c.id, memberId: member.id, decision: 'confirmed' })).rejects.toMatchObject({ code: 'forbidden' });
    await decideRecusalWithdrawal(as(ctx, chair), { caseId: c.id, memberId: member.id, decision: 'confirmed' });
    expect((await getCase(as(ctx, member), { caseId: c.id })).codeName).toBe(c.codeName);
    expect(await getOwnRecusal(as(ctx, member), { caseId: c.id })).toMatchObject({ recusal: null, withdrawalRequested: false });
    expect((await auditEntries(ctx, 'case.recusal_withdrawal_decide', c.codeName)).map((e) => e.details)).toEqual([{ member: member.id, decision: 'confirmed' }]);
    await expect(decideRecusalWithdrawal(as(ctx, chair), { caseId: c.id, memberId: member.id, decision: 'confirmed' })).rejects.toMatchObject({ issues: [{ field: 'memberId' }] });
    // The timeline records both steps (no reasons, no details).
    const kinds = (await getCase(as(ctx, chair), { caseId: c.id })).events.map((e) => e.kind);
    expect(kinds.slice(-2)).toEqual(['recusal_withdrawal_requested', 'recusal_withdrawal_decided']);
  });

  it('keeps the member recused when the chair refuses; exclusions and strangers get not found', async () => {
    const member = await buildMember(ctx);
    await declareRecusal(as(ctx, member), { caseId: c.id, reason: 'relationship' });
    await requestRecusalWithdrawal(as(ctx, member), { caseId: c.id, confirm: 'yes' });
    await decideRecusalWithdrawal(as(ctx, chair), { caseId: c.id, memberId: member.id, decision: 'refused' });
    await expect(getCase(as(ctx, member), { caseId: c.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await getOwnRecusal(as(ctx, member), { caseId: c.id })).toMatchObject({ recusal: 'declared', withdrawalRequested: false });

    const excluded = await buildMember(ctx);
    await excludeMember(as(ctx, chair), { caseId: c.id, memberId: excluded.id });
    await expect(requestRecusalWithdrawal(as(ctx, excluded), { caseId: c.id, confirm: 'yes' })).rejects.toMatchObject({ code: 'not_found' });
    const stranger = await buildMember(ctx);
    await expect(requestRecusalWithdrawal(as(ctx, stranger), { caseId: c.id, confirm: 'yes' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(requestRecusalWithdrawal(as(ctx, member), { caseId: '00000000-0000-4000-8000-000000000000', confirm: 'yes' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
