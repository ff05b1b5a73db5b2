// A small world for the per-case rule on case-linked pages: one case some personas may not see
// (recused, excluded, named board member), one they may, a person named only in the first and one
// named in both. Built through the verbs, so the audit trail holds entries about both cases.
import type { MemberActor } from '../../../src/domain/access';
import type { Resource } from '../../../src/domain/permissions';
import { loadMemberActor } from '../../../src/services/auth/load-actor';
import { addCasePerson } from '../../../src/services/cases/add-case-person';
import { loadCaseResource } from '../../../src/services/cases/case-resource';
import { createCase } from '../../../src/services/cases/create-case';
import { withActor, type ServiceContext } from '../../../src/services/context';
import { createPerson } from '../../../src/services/people/create-person';
import { declareRecusal } from '../../../src/services/recusals/declare-recusal';
import { excludeMember } from '../../../src/services/recusals/exclude-member';
import { buildMember } from '../../helpers/members';

export const CASE_LINKED_PERSONAS = ['keyholder', 'recusedKeyholder', 'excludedKeyholder', 'offboardedKeyholder', 'board', 'namedBoard'] as const;
export type CaseLinkedPersona = (typeof CASE_LINKED_PERSONAS)[number];

export interface CaseLinkedWorld {
  memberIds: Record<CaseLinkedPersona, string>;
  actors: Record<CaseLinkedPersona, MemberActor | null>;
  personIds: { hidden: string; shown: string };
  /** The resources of the cases each person is named in. */
  personCases: { hidden: Resource[]; shown: Resource[] };
  secretCase: Resource;
  secretCodeName: string;
  hiddenPersonCodeName: string;
}

export async function buildCaseLinkedWorld(ctx: ServiceContext): Promise<CaseLinkedWorld> {
  const memberIds = {} as Record<CaseLinkedPersona, string>;
  for (const p of CASE_LINKED_PERSONAS) {
    const board = p === 'board' || p === 'namedBoard';
    const m = await buildMember(ctx, { role: board ? 'board' : p === 'keyholder' ? 'chair' : 'vice_chair', identityKeyAccess: !board, active: p !== 'offboardedKeyholder' });
    memberIds[p] = m.id;
  }
  const chair = withActor(ctx, (await loadMemberActor(ctx.db, memberIds.keyholder))!);
  const secret = await createCase(chair, { receivedOn: '2025-03-10' });
  const open = await createCase(chair, { receivedOn: '2025-03-11' });
  const hidden = await createPerson(chair, { identity: { realNames: ['Hidden Party'] } });
  const shown = await createPerson(chair, { identity: { realNames: ['Shown Party'] } });
  await addCasePerson(chair, { caseId: secret.id, personCodeName: hidden.codeName, consequence: 'ban' });
  await addCasePerson(chair, { caseId: secret.id, personCodeName: shown.codeName, consequence: 'ban' });
  await addCasePerson(chair, { caseId: open.id, personCodeName: shown.codeName, consequence: 'warning' });
  await declareRecusal(withActor(ctx, (await loadMemberActor(ctx.db, memberIds.recusedKeyholder))!), { caseId: secret.id, reason: 'relationship' });
  await excludeMember(chair, { caseId: secret.id, memberId: memberIds.excludedKeyholder });
  await excludeMember(chair, { caseId: secret.id, memberId: memberIds.namedBoard });
  const actors = {} as Record<CaseLinkedPersona, MemberActor | null>;
  for (const p of CASE_LINKED_PERSONAS) actors[p] = await loadMemberActor(ctx.db, memberIds[p]);
  const secretCase = await loadCaseResource(ctx, secret.id);
  const openCase = await loadCaseResource(ctx, open.id);
  return {
    memberIds,
    actors,
    personIds: { hidden: hidden.id, shown: shown.id },
    personCases: { hidden: [secretCase], shown: [secretCase, openCase] },
    secretCase,
    secretCodeName: secret.codeName,
    hiddenPersonCodeName: hidden.codeName,
  };
}
