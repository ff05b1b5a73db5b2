// Public text must be approved by a second member before anything is published. Tests about
// other things approve every waiting text with two fresh members: one keeps each finding with a
// reason, the other approves.
import { withActor, type ServiceContext } from '../../src/services/context';
import { approvePublicText, getPublicTextReview, listPublicTextReviews, overridePublicTextFinding } from '../../src/services/public-text';
import { publishRelease } from '../../src/services/publications/publish-release';
import { setReleaseNote } from '../../src/services/publications/set-release-note';
import { buildMember } from './members';

export async function approveAllPublicTexts(ctx: ServiceContext): Promise<number> {
  const keeper = withActor(ctx, (await buildMember(ctx, { role: 'member' })).actor);
  const approver = withActor(ctx, (await buildMember(ctx, { role: 'member' })).actor);
  let approved = 0;
  for (const item of await listPublicTextReviews(keeper)) {
    if (item.state === 'approved') continue;
    const review = await getPublicTextReview(keeper, { reviewId: item.id });
    for (const f of review.findings.filter((x) => !x.override)) {
      await overridePublicTextFinding(keeper, { reviewId: review.id, textHash: review.textHash, finding: f.index, reason: 'Test: publishable.' });
    }
    await approvePublicText(approver, { reviewId: review.id, textHash: review.textHash });
    approved += 1;
  }
  return approved;
}

/** Saves the note on a draft (when given), approves every waiting text, then publishes the draft. */
export async function publishApproved(ctx: ServiceContext, publicationId: string, note?: string) {
  if (note !== undefined) await setReleaseNote(ctx, { publicationId, note });
  await approveAllPublicTexts(ctx);
  return publishRelease(ctx, { id: publicationId });
}
