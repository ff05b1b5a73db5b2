// The working group reviews an urgent action: when, and whether it confirmed, changed or
// reversed it. The member who acted cannot review their own action.
import { and, eq } from 'drizzle-orm';
import { unilateralActions } from '../../db/schema';
import { instantOf } from '../../domain/case-reviews';
import { invalidInput, notFound } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { reviewUrgentActionInput, type ReviewUrgentActionInput } from './schemas';

const problem = (field: string, message: string) => invalidInput('The review has 1 problem(s)', [{ field, message }]);

export async function reviewUrgentAction(ctx: ServiceContext, raw: ReviewUrgentActionInput): Promise<void> {
  authorize(ctx, 'update:case');
  const input = parseInput(reviewUrgentActionInput, raw, 'The review');
  const reviewedAt = instantOf(input.reviewedAt, ctx.config.organisation.timeZone);
  if (Number.isNaN(reviewedAt.getTime())) throw problem('reviewedAt', 'must be a date and time');
  if (reviewedAt.getTime() > ctx.now().getTime() + 60_000) throw problem('reviewedAt', 'must not be in the future');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, input.caseId, 'update:case');
    const [action] = await tx.db
      .select()
      .from(unilateralActions)
      .where(and(eq(unilateralActions.id, input.id), eq(unilateralActions.caseId, row.id)));
    if (!action) throw notFound();
    if (tx.actor.kind === 'member' && tx.actor.id === action.memberId) throw problem('id', 'another member must review an action you took');
    if (reviewedAt < action.takenAt) throw problem('reviewedAt', 'must not be before the action');
    await tx.db
      .update(unilateralActions)
      .set({ reviewedAt, reviewResult: input.result, reviewedBy: tx.actor.kind === 'member' ? tx.actor.id : null })
      .where(eq(unilateralActions.id, action.id));
    await audit(tx, {
      action: 'urgent_action.review',
      entity: 'case',
      entityRef: row.codeName,
      details: { result: input.result, withinHours: Math.round((reviewedAt.getTime() - action.takenAt.getTime()) / 3_600_000) },
    });
  });
}
