// A second member approves the exact text for publication: not its author, nor a member who
// overrode one of its findings. The approval is bound to the text's hash; an edit voids it.
import { and, eq, isNull } from 'drizzle-orm';
import { publicTextReviews } from '../../db/schema';
import { approvalRefusal } from '../../domain/public-text';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { currentReview } from './current-review';
import { approveInput, type ApproveInput } from './schemas';
import { reviewRef } from './store';

export async function approvePublicText(ctx: ServiceContext, raw: ApproveInput): Promise<void> {
  authorize(ctx, 'review:public_text');
  const by = memberIdOf(ctx);
  const input = parseInput(approveInput, raw, 'The approval');
  await withTransaction(ctx, async (tx) => {
    const { review } = await currentReview(tx, input.reviewId, input.textHash);
    const refusal = approvalRefusal(review, by);
    if (refusal) throw new CandorError('conflict', refusal);
    const done = await tx.db
      .update(publicTextReviews)
      .set({ approvedBy: by, approvedAt: tx.now() })
      .where(and(eq(publicTextReviews.id, review.id), eq(publicTextReviews.textHash, review.textHash), isNull(publicTextReviews.approvedBy)))
      .returning({ id: publicTextReviews.id });
    if (done.length !== 1) throw new CandorError('conflict', 'The text changed while you were reviewing it; review it again');
    await audit(tx, {
      action: 'public_text.approve',
      entity: 'public_text',
      entityRef: reviewRef(review),
      details: { textHash: review.textHash, overridden: review.findings.length },
    });
  });
}
