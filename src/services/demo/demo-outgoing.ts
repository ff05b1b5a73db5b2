// The composer in the demo: a four-part message to a reported party, written by the vice-chair
// from an ongoing case and waiting for a second member's approval, so a new user sees at once
// the replacements Candor made and what approving and sending look like.
import { and, eq, inArray } from 'drizzle-orm';
import { casePeople, cases, members, people } from '../../db/schema';
import { loadMemberActor } from '../auth/load-actor';
import { withActor, type ServiceContext } from '../context';
import { draftMessage } from '../outgoing';
import { unsealIdentity } from '../people/person-identity';

export async function addDemoOutgoingDraft(ctx: ServiceContext, caseIds: readonly string[]): Promise<boolean> {
  if (caseIds.length === 0) return false;
  const [author] = await ctx.db.select({ id: members.id }).from(members).where(and(eq(members.role, 'vice_chair'), eq(members.active, true))).limit(1);
  const actor = author ? await loadMemberActor(ctx.db, author.id) : null;
  if (!actor) return false;
  const rows = await ctx.db
    .select({ caseId: casePeople.caseId, personId: people.id, identitySealed: people.identitySealed, role: casePeople.roleInCase })
    .from(casePeople)
    .innerJoin(people, eq(people.id, casePeople.personId))
    .innerJoin(cases, eq(cases.id, casePeople.caseId))
    .where(and(inArray(casePeople.caseId, [...caseIds]), eq(casePeople.roleInCase, 'reported'), eq(cases.status, 'ongoing')))
    .limit(1);
  const row = rows[0];
  if (!row) return false;
  const identity = unsealIdentity(ctx, row.personId, row.identitySealed);
  const name = identity.realNames[0] ?? 'you';
  const handle = identity.usernames[0] ? ` (@${identity.usernames[0]})` : '';
  await draftMessage(withActor(ctx, actor), {
    caseId: row.caseId,
    kind: 'four_part',
    recipientKind: 'reported',
    recipients: identity.emails[0] ?? 'reported.party@demo.example',
    parts: {
      behaviour: `${name}${handle}, on 3 March at 21:40 you replied in the project chat "go back to where you came from" to another contributor, after being asked to stop.`,
      impact: 'The contributor left the channel, and others told us they no longer felt welcome to ask questions there.',
      expectedChanges: 'Keep to the code of conduct in every project space; do not contact the contributor directly.',
      consequence: 'This is a formal warning. A further report of this kind will lead to a suspension.',
    },
  });
  return true;
}
