import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { caseEvents, cases } from '../../../src/db/schema';
import type { MemberActor } from '../../../src/domain/access';
import { acknowledgeCase } from '../../../src/services/cases/acknowledge-case';
import { addCaseNote } from '../../../src/services/cases/add-case-note';
import { addCasePerson } from '../../../src/services/cases/add-case-person';
import { getCase } from '../../../src/services/cases/get-case';
import { reopenCase } from '../../../src/services/cases/reopen-case';
import { resolveCase } from '../../../src/services/cases/resolve-case';
import { setCaseStage } from '../../../src/services/cases/set-case-stage';
import { shareCaseWithAdviser } from '../../../src/services/cases/share-case-with-adviser';
import { updateCasePerson } from '../../../src/services/cases/update-case-person';
import { updateCaseDetails } from '../../../src/services/cases/update-case-details';
import type { ServiceContext } from '../../../src/services/context';
import { freshContext } from '../../helpers/db';
import { as, auditEntries, buildCase, buildMember, buildSpace } from './factories';

let ctx: ServiceContext;
let chair: MemberActor;
let c: { id: string; codeName: string };

beforeEach(async () => {
  ctx = await freshContext();
  chair = await buildMember(ctx, { role: 'chair' });
  c = await buildCase(ctx, chair, { narrative: 'Reported in the forum thread about sprints' });
});

describe('case verbs', () => {
  it('getCase returns the record with unsealed text and audits case.read', async () => {
    const view = await getCase(as(ctx, chair), { caseId: c.id });
    expect(view.codeName).toBe(c.codeName);
    expect(view.narrative).toContain('forum thread');
    expect(view.allowed).toEqual({ update: true, note: true, share: true, exclude: true });
    const [entry] = await auditEntries(ctx, 'case.read', c.codeName);
    expect(entry?.actorId).toBe(chair.id);
  });

  it('updateCaseDetails appends an event, re-derives the row and audits the changed fields', async () => {
    const space = await buildSpace(ctx);
    await updateCaseDetails(as(ctx, chair), { caseId: c.id, safetyRisk: true, ongoingHarassment: 'maybe', spaceIds: [space], categories: ['Harassment'] });
    const [row] = await ctx.db.select().from(cases).where(eq(cases.id, c.id));
    expect(row).toMatchObject({ safetyRisk: true, ongoingHarassment: 'maybe', categories: ['Harassment'] });
    const [entry] = await auditEntries(ctx, 'case.update', c.codeName);
    expect(entry?.details).toMatchObject({ spaces: true, narrative: false });
    expect(String(entry?.details.fields)).toContain('safetyRisk');
    await expect(updateCaseDetails(as(ctx, chair), { caseId: c.id, receivedOn: '2025-02-30' })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ field: 'receivedOn' }],
    });
  });

  it('addCaseNote seals the body and audits case.note without its text', async () => {
    await addCaseNote(as(ctx, chair), { caseId: c.id, body: 'Spoke with the reporter on the phone' });
    const events = await ctx.db.select().from(caseEvents).where(eq(caseEvents.caseId, c.id));
    const note = events.find((e) => e.kind === 'note')!;
    expect(note.bodySealed).not.toContain('reporter');
    const view = await getCase(as(ctx, chair), { caseId: c.id });
    expect(view.events.find((e) => e.kind === 'note')?.body).toBe('Spoke with the reporter on the phone');
    const [entry] = await auditEntries(ctx, 'case.note', c.codeName);
    expect(JSON.stringify(entry)).not.toContain('phone');
    await expect(addCaseNote(as(ctx, chair), { caseId: c.id, body: '  ' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('acknowledges, moves stage, resolves and reopens, each audited', async () => {
    await acknowledgeCase(as(ctx, chair), { caseId: c.id, on: '2025-03-10' });
    await setCaseStage(as(ctx, chair), { caseId: c.id, stage: 'evaluating' });
    await expect(setCaseStage(as(ctx, chair), { caseId: c.id, stage: 'resolved' })).rejects.toMatchObject({ code: 'invalid_input' });
    await resolveCase(as(ctx, chair), { caseId: c.id, resolvedOn: '2025-04-01', resolutionSource: 'working_group', reviewOn: '2025-10-01', summary: 'Wrote to the reported party', outcome: 'Warning issued' });
    let [row] = await ctx.db.select().from(cases).where(eq(cases.id, c.id));
    expect(row).toMatchObject({ status: 'resolved', stage: 'resolved', acknowledgedOn: '2025-03-10', resolvedOn: '2025-04-01', reviewOn: '2025-10-01', resolutionSource: 'working_group' });
    expect(row!.resolutionSealed).not.toContain('Warning');
    expect((await getCase(as(ctx, chair), { caseId: c.id })).resolution).toEqual({ summary: 'Wrote to the reported party', outcome: 'Warning issued' });
    await reopenCase(as(ctx, chair), { caseId: c.id, reason: 'New information' });
    [row] = await ctx.db.select().from(cases).where(eq(cases.id, c.id));
    expect(row).toMatchObject({ status: 'ongoing', resolvedOn: null });
    for (const action of ['case.acknowledge', 'case.stage', 'case.resolve', 'case.reopen']) {
      expect(await auditEntries(ctx, action, c.codeName)).toHaveLength(1);
    }
    await expect(
      resolveCase(as(ctx, chair), { caseId: c.id, resolvedOn: '2025-01-01', resolutionSource: 'board', summary: 'x', outcome: 'y' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('adds and updates people rows with person code names', async () => {
    const a = await addCasePerson(as(ctx, chair), { caseId: c.id, roleInCase: 'reported', consequence: 'warning' });
    expect(a.personCodeName).toMatch(/^[A-Z]\w+ [A-Z]/);
    const other = await buildCase(ctx, chair);
    const again = await addCasePerson(as(ctx, chair), { caseId: other.id, personCodeName: a.personCodeName.toLowerCase(), consequence: 'ban' });
    expect(again.personCodeName).toBe(a.personCodeName);
    await expect(addCasePerson(as(ctx, chair), { caseId: c.id, personCodeName: 'No Such Person' })).rejects.toMatchObject({
      issues: [{ field: 'personCodeName' }],
    });
    await expect(
      addCasePerson(as(ctx, chair), { caseId: c.id, suspensionFrom: '2025-05-01', suspensionUntil: '2025-04-01' }),
    ).rejects.toMatchObject({ issues: [{ field: 'suspensionUntil' }] });
    await updateCasePerson(as(ctx, chair), { caseId: c.id, rowId: a.id, roleInCase: 'reported', consequence: 'first_suspension', suspensionFrom: '2025-04-01', suspensionUntil: '2025-06-30', flagged: true });
    const view = await getCase(as(ctx, chair), { caseId: c.id });
    expect(view.people).toHaveLength(1);
    expect(view.people[0]).toMatchObject({ personCodeName: a.personCodeName, consequence: 'first_suspension', flagged: true, suspensionUntil: '2025-06-30' });
    expect(await auditEntries(ctx, 'case_person.add', c.codeName)).toHaveLength(1);
    expect(await auditEntries(ctx, 'case_person.update', c.codeName)).toHaveLength(1);
  });

  it('shares a case with an adviser only, audited', async () => {
    const adviser = await buildMember(ctx, { role: 'adviser' });
    const member = await buildMember(ctx);
    await expect(getCase(as(ctx, adviser), { caseId: c.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(shareCaseWithAdviser(as(ctx, chair), { caseId: c.id, memberId: member.id })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(shareCaseWithAdviser(as(ctx, member), { caseId: c.id, memberId: adviser.id })).rejects.toMatchObject({ code: 'forbidden' });
    await shareCaseWithAdviser(as(ctx, chair), { caseId: c.id, memberId: adviser.id });
    const view = await getCase(as(ctx, adviser), { caseId: c.id });
    expect(view.allowed).toEqual({ update: false, note: true, share: false, exclude: false });
    expect(await auditEntries(ctx, 'case.share', c.codeName)).toHaveLength(1);
  });

  it('answers not found for unknown and malformed ids', async () => {
    await expect(getCase(as(ctx, chair), { caseId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getCase(as(ctx, chair), { caseId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
