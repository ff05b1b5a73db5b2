// The gate every publishing path passes: each free text about to go public must be empty or
// approved for its exact words. Refused with one domain error naming the text and the next step.
import { mayPublish, PUBLIC_TEXT_STATE_LABELS, publicTextState, type PublicTextState } from '../../domain/public-text';
import { CandorError } from '../../errors';
import { authorize } from '../authorize';
import type { ServiceContext } from '../context';
import { hashPublicText, reviewOf } from './store';
import { subjectKey, type PublicTextSubject } from './subjects';

export interface PublicTextStatus {
  subject: PublicTextSubject;
  state: PublicTextState;
  reviewId: string | null;
}

export async function publicTextStatus(ctx: ServiceContext, subject: PublicTextSubject, text: string): Promise<PublicTextStatus> {
  const review = await reviewOf(ctx, subject);
  return { subject, state: publicTextState(text, hashPublicText(text), review), reviewId: review?.id ?? null };
}

/** The review state of each text (for the pages where the texts are written). */
export async function publicTextStatuses(ctx: ServiceContext, texts: ReadonlyArray<{ subject: PublicTextSubject; text: string; title: string }>): Promise<Array<PublicTextStatus & { title: string }>> {
  authorize(ctx, 'review:public_text');
  return Promise.all(texts.map(async (t) => ({ ...(await publicTextStatus(ctx, t.subject, t.text)), title: t.title })));
}

const NEXT_STEP: Partial<Record<PublicTextState, string>> = {
  unchecked: 'save it again so it is checked',
  blocked: 'edit it, or override each finding with a reason, on its review page',
  awaiting_approval: 'a second member must approve it on its review page',
};

export async function assertPublicTextsApproved(ctx: ServiceContext, texts: ReadonlyArray<{ subject: PublicTextSubject; text: string; title: string }>): Promise<void> {
  for (const t of texts) {
    const s = await publicTextStatus(ctx, t.subject, t.text);
    if (mayPublish(s.state)) continue;
    const where = s.reviewId ? ` (/wg/public-texts/${s.reviewId})` : '';
    throw new CandorError(
      'public_text_unapproved',
      `Publishing refused: ${t.title} is not approved (${PUBLIC_TEXT_STATE_LABELS[s.state].toLowerCase()}); ${NEXT_STEP[s.state] ?? 'review it'}${where}`,
      [{ field: subjectKey(t.subject).field, message: PUBLIC_TEXT_STATE_LABELS[s.state] }],
    );
  }
}
