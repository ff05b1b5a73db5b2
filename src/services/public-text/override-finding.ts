// A member keeps a finding in the text and says why (a public figure's name, a date of a public
// event...). The reason is sealed; the audit entry records which finding, never the words.
import { and, eq } from 'drizzle-orm';
import { publicTextReviews } from '../../db/schema';
import { CandorError } from '../../errors';
import { seal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { currentReview } from './current-review';
import { overrideInput, type OverrideInput } from './schemas';
import { reviewRef } from './store';

export async function overridePublicTextFinding(ctx: ServiceContext, raw: OverrideInput): Promise<void> {
  authorize(ctx, 'review:public_text');
  const by = memberIdOf(ctx);
  const input = parseInput(overrideInput, raw, 'The override');
  await withTransaction(ctx, async (tx) => {
    const { review } = await currentReview(tx, input.reviewId, input.textHash);
    const finding = review.findings[input.finding];
    if (!finding) throw new CandorError('invalid_input', 'No such finding', [{ field: 'finding', message: 'choose a finding of this text' }]);
    if (finding.override) throw new CandorError('conflict', 'This finding is already overridden');
    if (review.approvedBy !== null) throw new CandorError('conflict', 'This text is already approved');
    const findings = review.findings.map((f, i) =>
      i === input.finding ? { ...f, override: { by, at: tx.now().toISOString(), reasonSealed: seal(tx.keys.master, { table: 'public_text_reviews', column: 'override', row: `${review.id}:${i}` }, input.reason) } } : f,
    );
    const done = await tx.db
      .update(publicTextReviews)
      .set({ findings: findings as unknown as Record<string, unknown>[] })
      .where(and(eq(publicTextReviews.id, review.id), eq(publicTextReviews.textHash, review.textHash)))
      .returning({ id: publicTextReviews.id });
    if (done.length !== 1) throw new CandorError('conflict', 'The text changed while you were reviewing it; review it again');
    await audit(tx, {
      action: 'public_text.override',
      entity: 'public_text',
      entityRef: reviewRef(review),
      details: { textHash: review.textHash, finding: input.finding, label: finding.label, known: finding.known },
    });
  });
}
