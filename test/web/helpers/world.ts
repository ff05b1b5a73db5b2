// The world the authorization matrix runs in: one account per role and situation, a case, an
// invitation, and the values each route's :params take. Areas that add routes with new params
// (e.g. :personId) extend `params` and `resources` here.
import { randomUUID } from 'node:crypto';
import { accessRequests, attachments, casePeople, cases, caseShares, people, recusals, spaces } from '../../../src/db/schema';
import { seal } from '../../../src/privacy/envelope';
import type { MemberActor } from '../../../src/domain/access';
import type { Resource } from '../../../src/domain/permissions';
import type { ServiceContext } from '../../../src/services/context';
import { withActor } from '../../../src/services/context';
import { inviteMember } from '../../../src/services/members/invite-member';
import { loadMemberActor } from '../../../src/services/auth/load-actor';
import { buildMember } from '../../helpers/members';

export const PERSONAS = ['anonymous', 'member', 'chair', 'vice_chair', 'adviser', 'board', 'local', 'recused', 'undeclared', 'offboarded'] as const;
export type Persona = (typeof PERSONAS)[number];

export interface MatrixWorld {
  /** Member id per persona (none for anonymous). */
  memberIds: Partial<Record<Persona, string>>;
  /** The actor each persona acts as once signed in; null when they cannot sign in. */
  actors: Record<Persona, MemberActor | null>;
  params: Record<string, string>;
  resources: Record<string, Resource>;
}

export async function buildWorld(ctx: ServiceContext): Promise<MatrixWorld> {
  const [space] = await ctx.db.insert(spaces).values({ slug: 'matrix-space', name: 'Matrix space', kind: 'event', groupName: 'Events' }).returning();
  const memberIds: Partial<Record<Persona, string>> = {};
  for (const p of PERSONAS) {
    if (p === 'anonymous') continue;
    const role = p === 'recused' || p === 'undeclared' || p === 'offboarded' ? 'member' : p;
    const m = await buildMember(ctx, {
      role,
      conflictsDeclared: p !== 'undeclared',
      active: p !== 'offboarded',
      spaceIds: p === 'local' ? [space!.id] : [],
      identityKeyAccess: p === 'chair',
    });
    memberIds[p] = m.id;
  }
  const target = await buildMember(ctx, { role: 'member', displayName: 'Target of member actions' });
  const [kase] = await ctx.db.insert(cases).values({ codeName: 'matrix case', receivedOn: '2025-01-15' }).returning();
  await ctx.db.insert(recusals).values({ caseId: kase!.id, memberId: memberIds.recused!, reason: 'involved' });
  await ctx.db.insert(caseShares).values({ caseId: kase!.id, memberId: memberIds.adviser! });
  // The case register's parts: a person in the identity key, a people row, an attachment, a request.
  const [person] = await ctx.db.insert(people).values({ codeName: 'Matrix Heron' }).returning();
  const [row] = await ctx.db.insert(casePeople).values({ caseId: kase!.id, personId: person!.id }).returning();
  const fileId = randomUUID();
  const [file] = await ctx.db
    .insert(attachments)
    .values({ id: fileId, caseId: kase!.id, filenameSealed: seal(ctx.keys.master, { table: 'attachments', column: 'filename', row: fileId }, 'a.txt'), contentType: 'text/plain', size: 5, contentSealed: seal(ctx.keys.master, { table: 'attachments', column: 'content', row: fileId }, Buffer.from('hello').toString('base64')) })
    .returning();
  const requestId = randomUUID();
  const [request] = await ctx.db
    .insert(accessRequests)
    .values({ id: requestId, caseId: kase!.id, memberId: memberIds.board!, reasonSealed: seal(ctx.keys.master, { table: 'access_requests', column: 'reason', row: requestId }, 'matrix') })
    .returning();
  const chairActor = (await loadMemberActor(ctx.db, memberIds.chair!))!;
  const invite = await inviteMember(withActor(ctx, chairActor), { displayName: 'Invitee', email: 'invitee@example.org', role: 'member' });

  const actors = {} as Record<Persona, MemberActor | null>;
  for (const p of PERSONAS) actors[p] = memberIds[p] ? await loadMemberActor(ctx.db, memberIds[p]!) : null;
  return {
    memberIds,
    actors,
    params: { reportId: '00000000-0000-4000-8000-000000000007', memberId: target.id, token: invite.token, caseId: kase!.id, spaceId: space!.id, rowId: row!.id, attachmentId: file!.id, personId: person!.id, requestId: request!.id, year: '2025', file: 'headline.csv', publicationId: '00000000-0000-4000-8000-000000000000', grantId: '00000000-0000-4000-8000-000000000001', reviewId: '00000000-0000-4000-8000-000000000002', slug: 'no-such-document', seq: '1', documentId: '00000000-0000-4000-8000-000000000003', versionId: '00000000-0000-4000-8000-000000000004', submissionId: '00000000-0000-4000-8000-000000000005', release: 'stats-2025-H1-v1.json', period: '2025-H1', version: 'v1', messageId: '00000000-0000-4000-8000-000000000006' },
    resources: {
      personId: {},
      requestId: {},
      caseId: {
        kind: 'case',
        recusedMemberIds: [memberIds.recused!],
        sharedWithMemberIds: [memberIds.adviser!],
        namesMemberIds: [],
        accessGrantedMemberIds: [],
        spaceIds: [],
      },
    },
  };
}
