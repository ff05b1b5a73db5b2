// A review together with the text it is about, refused when either changed since the member
// looked at it: an override or approval applies to the exact words the member saw.
import { CandorError } from '../../errors';
import type { ServiceContext } from '../context';
import { findReview, hashPublicText, type PublicTextReview } from './store';
import { loadSubjectText, type SubjectText } from './subjects';

export async function currentReview(ctx: ServiceContext, reviewId: string, seenHash: string): Promise<{ review: PublicTextReview; subject: SubjectText }> {
  const review = await findReview(ctx, reviewId);
  const subject = await loadSubjectText(ctx, review.subject);
  if (!subject.editable) throw new CandorError('conflict', 'This text is already public');
  if (hashPublicText(subject.text) !== review.textHash) throw new CandorError('conflict', 'The text was edited since it was checked; save it again to check it');
  if (seenHash !== review.textHash) throw new CandorError('conflict', 'The text changed since you opened it; review the new text');
  return { review, subject };
}
