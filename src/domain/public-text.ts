// The review of free text before it goes public (release notes, annual report sections, the
// documentation changelog). A text is checked by the redaction engine; every finding must be
// resolved (by editing the text, or by an override with a reason), and then a second member
// approves the exact text. The review is bound to a hash of the text: any edit starts over.

export interface PublicTextOverride {
  /** The member who overrode the finding. */
  by: string;
  at: string;
  /** The member's reason, sealed (it may quote the text). */
  reasonSealed: string;
}

export interface PublicTextFinding {
  start: number;
  end: number;
  label: string;
  /** Matches a party of the case register (shown as such only to identity-key holders). */
  known: boolean;
  override?: PublicTextOverride;
}

export interface PublicTextReviewState {
  textHash: string;
  authorId: string | null;
  findings: readonly PublicTextFinding[];
  approvedBy: string | null;
}

export type PublicTextState =
  /** Nothing to publish (an empty text needs no review). */
  | 'empty'
  /** Never checked, or edited since it was checked. */
  | 'unchecked'
  /** Findings not yet edited away nor overridden. */
  | 'blocked'
  | 'awaiting_approval'
  | 'approved';

export function publicTextState(text: string, textHash: string, review: PublicTextReviewState | undefined): PublicTextState {
  if (text.trim() === '') return 'empty';
  if (!review || review.textHash !== textHash) return 'unchecked';
  if (review.findings.some((f) => !f.override)) return 'blocked';
  return review.approvedBy === null ? 'awaiting_approval' : 'approved';
}

export const mayPublish = (state: PublicTextState): boolean => state === 'empty' || state === 'approved';

/** Why `memberId` may not approve the reviewed text, or null when they may. */
export function approvalRefusal(review: PublicTextReviewState, memberId: string): string | null {
  if (review.approvedBy !== null) return 'This text is already approved';
  if (review.findings.some((f) => !f.override)) return 'Every finding must be edited away or overridden with a reason before the text can be approved';
  if (review.authorId === memberId) return 'A second member must approve this text: its author cannot';
  if (review.findings.some((f) => f.override?.by === memberId)) return 'A second member must approve this text: a member who overrode a finding cannot';
  return null;
}

export const PUBLIC_TEXT_STATE_LABELS: Readonly<Record<PublicTextState, string>> = {
  empty: 'Empty: nothing to review',
  unchecked: 'Not checked',
  blocked: 'Findings to resolve',
  awaiting_approval: 'Awaiting a second member’s approval',
  approved: 'Approved',
};
