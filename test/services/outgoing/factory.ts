// A case with a reporter and a reported person whose identities the engine must catch, and the
// members the composer needs: an author, a second member, one recused and one excluded.
import { addCasePerson } from '../../../src/services/cases/add-case-person';
import { createCase } from '../../../src/services/cases/create-case';
import { withActor, type ServiceContext } from '../../../src/services/context';
import { createPerson } from '../../../src/services/people/create-person';
import { declareRecusal } from '../../../src/services/recusals/declare-recusal';
import { excludeMember } from '../../../src/services/recusals/exclude-member';
import { buildMember, type BuiltMember } from '../../helpers/members';

export const REPORTER = { realNames: ['Marisol Quennell'], usernames: ['mquennell'], emails: ['marisol.q@example.net'] };
export const REPORTED = { realNames: ['Dorian Platt'], usernames: ['dplatt'], emails: ['dorian@example.com'] };

/** Every identifier of the reporter, and the forms a careless draft would use. */
export const REPORTER_IDENTIFIERS = ['Marisol', 'Quennell', 'mquennell', 'marisol.q@example.net'];

export interface ComposerWorld {
  caseId: string;
  reportedRowId: string;
  author: BuiltMember;
  second: BuiltMember;
  recused: BuiltMember;
  excluded: BuiltMember;
  chair: BuiltMember;
}

export async function buildComposerWorld(ctx: ServiceContext): Promise<ComposerWorld> {
  const reporter = await createPerson(ctx, { identity: REPORTER });
  const reported = await createPerson(ctx, { identity: REPORTED });
  const c = await createCase(ctx, { receivedOn: '2026-01-12', channel: 'email', categories: ['Harassment'], spaceIds: [] });
  await addCasePerson(ctx, { caseId: c.id, personCodeName: reporter.codeName, roleInCase: 'reporter' });
  const row = await addCasePerson(ctx, { caseId: c.id, personCodeName: reported.codeName, roleInCase: 'reported' });
  const author = await buildMember(ctx, { role: 'member', displayName: 'Ada Author' });
  const second = await buildMember(ctx, { role: 'member', displayName: 'Sam Second' });
  const recused = await buildMember(ctx, { role: 'member', displayName: 'Riley Recused' });
  const excluded = await buildMember(ctx, { role: 'member', displayName: 'Eli Excluded' });
  const chair = await buildMember(ctx, { role: 'chair', displayName: 'Casey Chair' });
  await declareRecusal(withActor(ctx, recused.actor), { caseId: c.id, reason: 'relationship' });
  await excludeMember(withActor(ctx, chair.actor), { caseId: c.id, memberId: excluded.id });
  return { caseId: c.id, reportedRowId: row.id, author, second, recused, excluded, chair };
}

export const DRAFT = [
  'Hello,',
  '',
  'On 14 January 2026 Marisol Quennell (mquennell, marisol.q@example.net) told us that you wrote "nobody wants you here" in the #general channel.',
  'The working group met in Lisbon to discuss it.',
].join('\n');
