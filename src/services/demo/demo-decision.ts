// A vote in progress in the demo: the chair has proposed a resolution on an ongoing case (a short
// suspension with conditions for return, and a referral to the online moderators) and voted for
// it; the vice-chair and the member have yet to vote, so the decision page shows what is needed.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { casePeople, cases, members } from '../../db/schema';
import { loadMemberActor } from '../auth/load-actor';
import { withActor, type ServiceContext } from '../context';
import { castVote, proposeResolution } from '../decisions';

export async function addDemoVote(ctx: ServiceContext, caseIds: readonly string[]): Promise<boolean> {
  if (caseIds.length === 0) return false;
  const [chair] = await ctx.db.select({ id: members.id }).from(members).where(and(eq(members.role, 'chair'), eq(members.active, true))).limit(1);
  const actor = chair ? await loadMemberActor(ctx.db, chair.id) : null;
  if (!actor) return false;
  // The most recent ongoing case with a reported person (the composer's draft is on the oldest).
  const rows = await ctx.db
    .select({ caseId: casePeople.caseId, rowId: casePeople.id, receivedOn: cases.receivedOn })
    .from(casePeople)
    .innerJoin(cases, eq(cases.id, casePeople.caseId))
    .where(and(inArray(casePeople.caseId, [...caseIds]), eq(casePeople.roleInCase, 'reported'), eq(cases.status, 'ongoing')))
    .orderBy(asc(cases.receivedOn));
  const row = rows.at(-1);
  if (!row) return false;
  const asChair = withActor(ctx, actor);
  await proposeResolution(asChair, {
    caseId: row.caseId,
    people: [
      {
        casePersonId: row.rowId,
        consequence: 'first_suspension',
        suspensionDays: 30,
        conditions: 'Ask the working group to be readmitted, confirming they have read the code of conduct.',
        expectedChanges: 'No replies to the reporter; disagreements kept to the substance of a discussion.',
        repair: 'A written apology to the reporter, if the reporter wishes to receive one.',
      },
    ],
    caseOptions: ['moderator_referral'],
    summary: 'A short suspension from the project chat, and the online moderators asked to watch the channel.',
  });
  await castVote(asChair, { caseId: row.caseId, choice: 'agree', note: 'Proportionate to a first, repeated incident.' });
  return true;
}
