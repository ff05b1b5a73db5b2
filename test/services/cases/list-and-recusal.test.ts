import { beforeEach, describe, expect, it } from 'vitest';
import type { MemberActor } from '../../../src/domain/access';
import { addCasePerson } from '../../../src/services/cases/add-case-person';
import { getCase } from '../../../src/services/cases/get-case';
import { listCases } from '../../../src/services/cases/list-cases';
import { resolveCase } from '../../../src/services/cases/resolve-case';
import { shareCaseWithAdviser } from '../../../src/services/cases/share-case-with-adviser';
import type { ServiceContext } from '../../../src/services/context';
import { declareRecusal } from '../../../src/services/recusals/declare-recusal';
import { excludeMember } from '../../../src/services/recusals/exclude-member';
import { listCaseCodeNames } from '../../../src/services/members/list-case-code-names';
import { freshContext } from '../../helpers/db';
import { as, auditEntries, buildCase, buildMember, buildSpace } from './factories';

let ctx: ServiceContext;
let chair: MemberActor;
let member: MemberActor;
let forum: string;
let a: { id: string; codeName: string };
let b: { id: string; codeName: string };

beforeEach(async () => {
  ctx = await freshContext();
  chair = await buildMember(ctx, { role: 'chair' });
  member = await buildMember(ctx);
  forum = await buildSpace(ctx, 'Forum');
  a = await buildCase(ctx, chair, { receivedOn: '2025-02-01', spaceIds: [forum] });
  b = await buildCase(ctx, chair, { receivedOn: '2025-08-01' });
  await addCasePerson(as(ctx, chair), { caseId: a.id, consequence: 'ban' });
  await resolveCase(as(ctx, chair), { caseId: a.id, resolvedOn: '2025-03-01', resolutionSource: 'working_group', summary: 's', outcome: 'o' });
});

const codes = (rows: Awaited<ReturnType<typeof listCases>>) => rows.map((r) => r.codeName);

describe('listCases', () => {
  it('filters by status, period, space, consequence and stage, sorts, and audits case.list', async () => {
    const all = await listCases(as(ctx, member));
    expect(codes(all)).toEqual([b.codeName, a.codeName]);
    expect(all[1]).toMatchObject({ kind: 'visible', status: 'resolved', spaces: ['Forum'], peopleCount: 1, highestConsequence: 'ban' });
    expect(codes(await listCases(as(ctx, member), { sort: 'received_asc' }))).toEqual([a.codeName, b.codeName]);
    expect(codes(await listCases(as(ctx, member), { status: 'ongoing' }))).toEqual([b.codeName]);
    expect(codes(await listCases(as(ctx, member), { period: '2025-H1' }))).toEqual([a.codeName]);
    expect(codes(await listCases(as(ctx, member), { spaceId: forum }))).toEqual([a.codeName]);
    expect(codes(await listCases(as(ctx, member), { consequence: 'ban' }))).toEqual([a.codeName]);
    expect(codes(await listCases(as(ctx, member), { stage: 'received' }))).toEqual([b.codeName]);
    await expect(listCases(as(ctx, member), { period: 'last year' })).rejects.toMatchObject({ issues: [{ field: 'period' }] });
    const entries = await auditEntries(ctx, 'case.list');
    expect(entries.at(-1)?.details).toMatchObject({ stage: 'received', shown: 1 });
  });

  it('shows a recused member only the code name and "recused", and 404s the case', async () => {
    await declareRecusal(as(ctx, member), { caseId: a.id, reason: 'relationship', details: 'We share a flat' });
    const rows = await listCases(as(ctx, member));
    expect(rows.find((r) => r.codeName === a.codeName)).toEqual({ kind: 'recused', id: a.id, codeName: a.codeName, status: 'recused' });
    // Filtering would reveal facts about the recused case, so it is left out of filtered lists.
    expect(codes(await listCases(as(ctx, member), { consequence: 'ban' }))).toEqual([]);
    await expect(getCase(as(ctx, member), { caseId: a.id })).rejects.toMatchObject({ code: 'forbidden' });
    const [entry] = await auditEntries(ctx, 'case.recuse', a.codeName);
    expect(JSON.stringify(entry)).not.toContain('flat');
    expect((await listCaseCodeNames(as(ctx, member))).cases.find((c) => c.id === a.id)?.declared).toBe('relationship');
  });

  it('lets the chair exclude a member named in a case', async () => {
    await expect(excludeMember(as(ctx, member), { caseId: a.id, memberId: chair.id })).rejects.toMatchObject({ code: 'forbidden' });
    await excludeMember(as(ctx, chair), { caseId: b.id, memberId: member.id });
    await expect(getCase(as(ctx, member), { caseId: b.id })).rejects.toMatchObject({ code: 'forbidden' });
    const view = await getCase(as(ctx, chair), { caseId: b.id });
    expect(view.recused).toEqual([{ id: member.id, name: member.displayName, excluded: true, withdrawalRequested: false }]);
    // A later declaration does not soften an exclusion; to the excluded member the case does not exist.
    await expect(declareRecusal(as(ctx, member), { caseId: b.id, reason: 'other', details: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    expect((await getCase(as(ctx, chair), { caseId: b.id })).recused[0]?.excluded).toBe(true);
    expect(await auditEntries(ctx, 'case.exclude', b.codeName)).toHaveLength(1);
  });

  it('scopes advisers to shared cases, local reps to their spaces, and gives the board nothing', async () => {
    const adviser = await buildMember(ctx, { role: 'adviser' });
    const local = await buildMember(ctx, { role: 'local', spaceIds: [forum] });
    const board = await buildMember(ctx, { role: 'board' });
    expect(await listCases(as(ctx, adviser))).toEqual([]);
    await shareCaseWithAdviser(as(ctx, chair), { caseId: b.id, memberId: adviser.id });
    expect(codes(await listCases(as(ctx, adviser)))).toEqual([b.codeName]);
    expect(codes(await listCases(as(ctx, local)))).toEqual([a.codeName]);
    await expect(listCases(as(ctx, board))).rejects.toMatchObject({ code: 'forbidden' });
    const newcomer = await buildMember(ctx, { conflictsDeclared: false });
    expect(await listCases(as(ctx, newcomer))).toEqual([]);
  });
});
