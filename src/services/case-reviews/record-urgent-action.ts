// A member acted alone because harm was ongoing or someone's safety was threatened. The member
// who acted is recorded (by default the one recording it), with when, so the 24-hour review can
// be checked; what exactly was done is sealed.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { members, unilateralActions } from '../../db/schema';
import type { MemberRole } from '../../domain/access';
import { instantOf } from '../../domain/case-reviews';
import { invalidInput } from '../../errors';
import { seal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { notifyMembers } from '../intake/notify';
import { parseInput } from '../parse-input';
import { recordUrgentActionInput, type RecordUrgentActionInput } from './schemas';

const VOTING: readonly MemberRole[] = ['member', 'chair', 'vice_chair'];

export async function recordUrgentAction(ctx: ServiceContext, raw: RecordUrgentActionInput): Promise<{ id: string }> {
  authorize(ctx, 'update:case');
  const input = parseInput(recordUrgentActionInput, raw, 'The urgent action');
  const takenAt = instantOf(input.takenAt, ctx.config.organisation.timeZone);
  if (Number.isNaN(takenAt.getTime())) throw invalidInput('The urgent action has 1 problem(s)', [{ field: 'takenAt', message: 'must be a date and time' }]);
  if (takenAt.getTime() > ctx.now().getTime() + 60_000) throw invalidInput('The urgent action has 1 problem(s)', [{ field: 'takenAt', message: 'must not be in the future' }]);
  const memberId = input.memberId ?? (ctx.actor.kind === 'member' ? ctx.actor.id : undefined);
  if (memberId === undefined) throw invalidInput('The urgent action has 1 problem(s)', [{ field: 'memberId', message: 'choose the member who acted' }]);
  return withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, input.caseId, 'update:case');
    const [actor] = await tx.db.select({ role: members.role }).from(members).where(and(eq(members.id, memberId), eq(members.active, true)));
    if (!actor || !VOTING.includes(actor.role)) throw invalidInput('The urgent action has 1 problem(s)', [{ field: 'memberId', message: 'choose a voting member of the working group' }]);
    const id = randomUUID(); // made here so the details can be sealed to their row
    await tx.db
      .insert(unilateralActions)
      .values({
        id,
        caseId: row.id,
        memberId,
        action: input.action,
        takenAt,
        detailsSealed: input.details ? seal(tx.keys.master, { table: 'unilateral_actions', column: 'details', row: id }, input.details) : null,
      });
    // The working group hears at once (a content-free mail; recused and named members do not).
    await notifyMembers(tx, row.id, VOTING, `/wg/cases/${row.id}/reviews`);
    await audit(tx, { action: 'urgent_action.record', entity: 'case', entityRef: row.codeName, details: { action: input.action, member: memberId } });
    return { id };
  });
}
