// A case's decision through the verbs against the database: the chair proposes, members without a
// conflict vote (a member who recused after voting is refused and no longer counted; an excluded
// member is refused), the quorum rule adopts, the affected parties are consulted, the resolution is
// enacted and the case resolved; each step out of order is refused with its reason.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { casePeople, cases, decisionConsultations, decisionVotes } from '../../../src/db/schema';
import { resolveCase } from '../../../src/services/cases/resolve-case';
import { withActor, type ServiceContext } from '../../../src/services/context';
import { castVote, enactResolution, escalateOverdueDecisions, getCaseDecision, proposeResolution, recordConsultation, tallyDecision } from '../../../src/services/decisions';
import { declareRecusal } from '../../../src/services/recusals/declare-recusal';
import { excludeMember } from '../../../src/services/recusals/exclude-member';
import { auditEntries } from '../../helpers/audit';
import { freshContext } from '../../helpers/db';
import { codeOf } from '../../helpers/errors';
import { buildMember, type BuiltMember } from '../../helpers/members';
import { buildCase } from '../publications/factory';

let now = new Date('2026-03-01T12:00:00Z');

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return `${(e as { code?: string }).code}: ${(e as Error).message}`;
  }
  return 'ok';
}

describe('decisions', () => {
  let ctx: ServiceContext;
  let chair: BuiltMember;
  let vice: BuiltMember;
  let alice: BuiltMember;
  let bob: BuiltMember;
  let carol: BuiltMember;
  let dan: BuiltMember;
  let caseId: string;
  let personRow: string;
  const as = (m: BuiltMember) => withActor(ctx, m.actor);
  const stage = async () => (await ctx.db.select({ stage: cases.stage, status: cases.status }).from(cases).where(eq(cases.id, caseId)))[0]!;

  beforeEach(async () => {
    now = new Date('2026-03-01T12:00:00Z');
    ctx = await freshContext({ now: () => now });
    chair = await buildMember(ctx, { role: 'chair', displayName: 'Chair Carmen' });
    vice = await buildMember(ctx, { role: 'vice_chair', displayName: 'Vice Victor' });
    alice = await buildMember(ctx, { role: 'member', displayName: 'Alice' });
    bob = await buildMember(ctx, { role: 'member', displayName: 'Bob' });
    carol = await buildMember(ctx, { role: 'member', displayName: 'Carol' });
    dan = await buildMember(ctx, { role: 'member', displayName: 'Dan' });
    caseId = (await buildCase(ctx, { receivedOn: '2026-02-01', resolvedOn: null, consequences: [null] })).id;
    personRow = (await ctx.db.select({ id: casePeople.id }).from(casePeople).where(eq(casePeople.caseId, caseId)))[0]!.id;
    await excludeMember(as(chair), { caseId, memberId: dan.id });
  });

  const propose = (m: BuiltMember, over: Record<string, unknown> = {}) =>
    proposeResolution(as(m), {
      caseId,
      people: [{ casePersonId: personRow, consequence: 'first_suspension', suspensionDays: '30', conditions: 'zqx-conditions', expectedChanges: 'zqx-changes', repair: 'zqx-repair' }],
      caseOptions: ['moderator_referral'],
      ...over,
    });

  it('walks proposal → votes (a recused member refused and not counted) → adopted → consulted → enacted → resolved', async () => {
    expect(await codeOf(propose(alice))).toBe('forbidden');
    await propose(chair);
    expect(await stage()).toEqual({ stage: 'deciding', status: 'ongoing' });

    // Carol votes, then declares a conflict: she can no longer vote, and her vote no longer counts.
    await castVote(as(carol), { caseId, choice: 'agree' });
    await declareRecusal(as(carol), { caseId, reason: 'relationship' });
    expect(await refusal(castVote(as(carol), { caseId, choice: 'agree' }))).toBe('forbidden: Not found');
    expect(await codeOf(castVote(as(dan), { caseId, choice: 'agree' }))).toBe('forbidden'); // excluded

    const first = await castVote(as(chair), { caseId, choice: 'agree' });
    expect(first).toMatchObject({ outcome: 'pending', tally: { eligible: 4, agree: 1, outstanding: 3 } });
    const seen = await getCaseDecision(as(alice), { caseId });
    expect(seen.mayVote).toBe(true);
    expect(seen.decision?.standing).toMatchObject({ outcome: 'pending', needed: expect.stringContaining('1 more agreeing vote') });
    expect(seen.decision?.waitingFor.sort()).toEqual(['Alice', 'Bob', 'Vice Victor']);
    expect(seen.decision?.votes.map((v) => [v.memberName, v.counted])).toEqual([['Carol', false], ['Chair Carmen', true]]);
    expect(seen.decision?.people).toEqual([expect.objectContaining({ consequence: 'first_suspension', suspensionDays: 30, conditions: 'zqx-conditions', repair: 'zqx-repair' })]);

    expect(await castVote(as(alice), { caseId, choice: 'agree', note: 'zqx-vote-note' })).toMatchObject({ outcome: 'pending' });
    expect(await castVote(as(bob), { caseId, choice: 'abstain' })).toMatchObject({ outcome: 'pending', tally: { outstanding: 1 } });
    expect(await castVote(as(vice), { caseId, choice: 'agree' })).toMatchObject({ outcome: 'adopted', by: 'consensus', tally: { eligible: 4, agree: 3, abstain: 1 } });

    // The note is sealed at rest, and shown to a member who may read the case.
    const rows = await ctx.db.select().from(decisionVotes);
    expect(JSON.stringify(rows)).not.toContain('zqx');
    expect((await getCaseDecision(as(bob), { caseId })).decision?.votes.find((v) => v.memberName === 'Alice')?.note).toBe('zqx-vote-note');

    // Out of order: voting is closed, enacting and resolving wait for the consultation.
    expect(await refusal(castVote(as(bob), { caseId, choice: 'disagree' }))).toMatch(/invalid_input: .*already adopted; the vote is closed/);
    expect(await refusal(enactResolution(as(chair), { caseId }))).toMatch(/invalid_input: consult the affected parties before enacting/);
    expect(await refusal(resolveCase(as(chair), { caseId, resolvedOn: '2026-03-01', resolutionSource: 'working_group', summary: 's', outcome: 'o' }))).toMatch(/not enacted yet/);

    expect(await codeOf(recordConsultation(as(dan), { caseId, party: 'reporter', channel: 'email' }))).toBe('forbidden');
    await recordConsultation(as(alice), { caseId, party: 'reporter', channel: 'email', feedback: 'zqx-feedback' });
    await recordConsultation(as(alice), { caseId, party: 'reported', channel: 'meeting' });
    expect(await stage()).toEqual({ stage: 'consulting', status: 'ongoing' });
    expect(JSON.stringify(await ctx.db.select().from(decisionConsultations))).not.toContain('zqx');
    expect((await getCaseDecision(as(bob), { caseId })).decision?.consultations.map((c) => c.feedback)).toEqual(['zqx-feedback', null]);

    expect(await codeOf(enactResolution(as(alice), { caseId }))).toBe('forbidden');
    await enactResolution(as(vice), { caseId });
    expect(await stage()).toEqual({ stage: 'enacted', status: 'ongoing' });
    const [person] = await ctx.db.select().from(casePeople).where(eq(casePeople.id, personRow));
    expect(person).toMatchObject({ consequence: 'first_suspension', suspensionFrom: '2026-03-01', suspensionUntil: '2026-03-31' });
    expect(await refusal(enactResolution(as(chair), { caseId }))).toMatch(/no adopted resolution waits/);

    await resolveCase(as(chair), { caseId, resolvedOn: '2026-03-01', resolutionSource: 'working_group', summary: 'Suspended.', outcome: 'Informed.' });
    expect(await stage()).toEqual({ stage: 'resolved', status: 'resolved' });

    const entries = await auditEntries(ctx);
    const actions = entries.map((e) => e.action);
    for (const a of ['decision.propose', 'decision.vote', 'decision.decide', 'decision.consult', 'decision.enact', 'decision.read']) expect(actions).toContain(a);
    expect(entries.find((e) => e.action === 'decision.decide')?.details).toMatchObject({ outcome: 'adopted', agree: 3, eligible: 4 });
    expect(JSON.stringify(entries)).not.toContain('zqx');
  });

  it('refuses steps out of order with their reason', async () => {
    expect(await refusal(castVote(as(alice), { caseId, choice: 'agree' }))).toMatch(/invalid_input: no resolution is being voted on/);
    expect(await refusal(recordConsultation(as(alice), { caseId, party: 'reporter', channel: 'email' }))).toMatch(/no adopted resolution/);
    expect(await refusal(enactResolution(as(chair), { caseId }))).toMatch(/no adopted resolution/);
    expect(await refusal(propose(chair, { people: [], caseOptions: [] }))).toMatch(/invalid_input/);
    expect(await refusal(propose(chair, { people: [{ casePersonId: personRow, consequence: 'first_suspension' }] }))).toMatch(/invalid_input/);
    await propose(chair);
    expect(await refusal(propose(vice))).toMatch(/invalid_input: a resolution is already being voted on/);
    expect(await refusal(recordConsultation(as(alice), { caseId, party: 'reporter', channel: 'email' }))).toMatch(/still being voted on; it must be adopted first/);
    expect(await refusal(resolveCase(as(chair), { caseId, resolvedOn: '2026-03-01', resolutionSource: 'working_group', summary: 's', outcome: 'o' }))).toMatch(/wait for the vote/);
  });

  it('rejects a proposal that can no longer pass, and sends one to the board after the voting time', async () => {
    await propose(chair);
    await castVote(as(alice), { caseId, choice: 'disagree' });
    expect(await castVote(as(bob), { caseId, choice: 'disagree' })).toMatchObject({ outcome: 'rejected' });
    expect((await getCaseDecision(as(chair), { caseId })).decision?.status).toBe('rejected');

    await propose(chair, { severity: 'severe' });
    await castVote(as(alice), { caseId, choice: 'agree' });
    expect(await tallyDecision(as(chair), { caseId })).toMatchObject({ outcome: 'pending' });
    now = new Date('2026-03-16T12:00:00Z'); // past the default 14 days
    expect(await codeOf(tallyDecision(as(alice), { caseId }))).toBe('forbidden');
    expect(await tallyDecision(as(chair), { caseId })).toMatchObject({ outcome: 'escalate' });
    expect((await getCaseDecision(as(chair), { caseId })).decision).toMatchObject({ status: 'escalated', severity: 'severe', standing: null });
  });

  it('the hourly job sends a proposal nobody touched past its voting time to the board, once', async () => {
    await propose(chair);
    await castVote(as(alice), { caseId, choice: 'agree' });
    expect(await codeOf(escalateOverdueDecisions(as(chair)))).toBe('forbidden');
    expect(await escalateOverdueDecisions(ctx)).toEqual({ settled: 0 });
    now = new Date('2026-03-15T12:00:00Z'); // 14 days: the default voting time
    expect(await escalateOverdueDecisions(ctx)).toEqual({ settled: 1 });
    expect(await escalateOverdueDecisions(ctx)).toEqual({ settled: 0 });
    expect((await getCaseDecision(as(chair), { caseId })).decision?.status).toBe('escalated');
    expect((await auditEntries(ctx)).filter((e) => e.action === 'decision.decide').map((e) => e.details)).toEqual([expect.objectContaining({ outcome: 'escalated', agree: 1 })]);
  });
});
