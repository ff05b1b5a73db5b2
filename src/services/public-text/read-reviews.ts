// The reviewer's reads: the texts waiting for a decision, and one text with its findings.
// Override reasons are unsealed for reviewers; whether a finding matches the register is shown
// only to identity-key holders (it would tell others that someone is a party to a case).
import { approvalRefusal, publicTextState, type PublicTextState } from '../../domain/public-text';
import { can } from '../../domain/permissions';
import { unseal } from '../../privacy/envelope';
import { authorize } from '../authorize';
import type { ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { reviewRefInput, type ReviewRefInput } from './schemas';
import { findReview, hashPublicText, listReviews } from './store';
import { loadSubjectText } from './subjects';

export interface ReviewFindingView {
  index: number;
  start: number;
  end: number;
  label: string;
  /** Null unless the reader holds the identity key. */
  known: boolean | null;
  override: { by: string; at: string; reason: string } | null;
}

export interface PublicTextReviewView {
  id: string;
  title: string;
  text: string;
  textHash: string;
  state: PublicTextState;
  editUrl: string;
  editable: boolean;
  authorId: string | null;
  approvedBy: string | null;
  findings: ReviewFindingView[];
  /** Why the reader may not approve this text now, or null when they may. */
  approvalRefusal: string | null;
}

export async function getPublicTextReview(ctx: ServiceContext, raw: ReviewRefInput): Promise<PublicTextReviewView> {
  authorize(ctx, 'review:public_text');
  const { reviewId } = parseInput(reviewRefInput, raw, 'The text');
  const review = await findReview(ctx, reviewId);
  const subject = await loadSubjectText(ctx, review.subject);
  const keyholder = can(ctx.actor, 'read:identity');
  return {
    id: review.id,
    title: subject.title,
    text: subject.text,
    textHash: review.textHash,
    state: publicTextState(subject.text, hashPublicText(subject.text), review),
    editUrl: subject.editUrl,
    editable: subject.editable,
    authorId: review.authorId,
    approvedBy: review.approvedBy,
    approvalRefusal: ctx.actor.kind === 'member' ? approvalRefusal(review, ctx.actor.id) : 'Only a member can approve a text',
    findings: review.findings.map((f, index) => ({
      index,
      start: f.start,
      end: f.end,
      label: f.label,
      known: keyholder ? f.known : null,
      override: f.override ? { by: f.override.by, at: f.override.at, reason: unseal(ctx.keys.master, { table: 'public_text_reviews', column: 'override', row: `${review.id}:${index}` }, f.override.reasonSealed) } : null,
    })),
  };
}

export interface PublicTextListItem {
  id: string;
  title: string;
  state: PublicTextState;
  editUrl: string;
}

/** Texts not yet public, with their state (approved ones included, until they are published). */
export async function listPublicTextReviews(ctx: ServiceContext): Promise<PublicTextListItem[]> {
  authorize(ctx, 'review:public_text');
  const out: PublicTextListItem[] = [];
  for (const r of await listReviews(ctx)) {
    const subject = await loadSubjectText(ctx, r.subject);
    if (!subject.editable) continue;
    const state = publicTextState(subject.text, hashPublicText(subject.text), r);
    // An approved document version or community answer is public already; an empty text has nothing to review.
    if (state === 'empty' || (state === 'approved' && (r.subject.kind === 'document_summary' || r.subject.kind === 'community_answer'))) continue;
    out.push({ id: r.id, title: subject.title, state, editUrl: subject.editUrl });
  }
  return out.sort((a, b) => a.title.localeCompare(b.title));
}
