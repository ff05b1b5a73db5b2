// Messages the working group sends outside itself (a reported party, moderators, event
// organizers): the rules of the composer, as plain functions. The redaction engine proposes
// replacements; the author undoes some and adds others; the text that goes out is the draft with
// the remaining replacements applied. A second member without a conflict approves the exact text
// and the exact recipients (both hashed); any change after that voids the approval.

export const RECIPIENT_KINDS = ['reported', 'moderators', 'organizers', 'other'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export const RECIPIENT_KIND_LABELS: Readonly<Record<RecipientKind, string>> = {
  reported: 'The reported party',
  moderators: 'Moderators',
  organizers: 'Event organizers',
  other: 'Another party',
};

export const MESSAGE_KINDS = ['message', 'four_part', 'history_summary'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const MESSAGE_KIND_LABELS: Readonly<Record<MessageKind, string>> = {
  message: 'Message',
  four_part: 'Message to a reported party (behaviour, impact, expected changes, consequence)',
  history_summary: 'History summary for an event or space',
};

/** The four parts of the message to a reported party (the manual's structure), in order. */
export const FOUR_PARTS = ['behaviour', 'impact', 'expectedChanges', 'consequence'] as const;
export type FourPart = (typeof FOUR_PARTS)[number];
export type FourParts = Readonly<Record<FourPart, string>>;

export const FOUR_PART_LABELS: Readonly<Record<FourPart, string>> = {
  behaviour: 'The behaviour',
  impact: 'Its impact',
  expectedChanges: 'What we expect to change',
  consequence: 'The consequence',
};

/** The four labelled parts joined into one draft, each under its heading. */
export function joinFourParts(parts: FourParts): string {
  return FOUR_PARTS.map((p) => `${FOUR_PART_LABELS[p]}:\n${parts[p].trim()}`).join('\n\n');
}

/** A replacement the engine proposed, in draft offsets. */
export interface ProposedReplacement {
  start: number;
  end: number;
  label: string;
  original: string;
  replacement: string;
}

/** What the author undid: the same label on the same words stays undone after an edit. */
export interface UndoneKey {
  label: string;
  original: string;
}

export const sameReplacement = (a: UndoneKey, b: UndoneKey): boolean => a.label === b.label && a.original === b.original;

/** What a phrase redacted by hand becomes in the text. */
export const BY_HAND_REPLACEMENT = '[removed]';

export interface ComposedPiece {
  start: number;
  end: number;
  /** 'engine' for a proposal still applied, 'hand' for a phrase the author redacted. */
  source: 'engine' | 'hand';
  /** Index into the proposals, for engine pieces. */
  proposal?: number;
  replacement: string;
}

/** Every occurrence of `phrase` in `text` (case-sensitive, not overlapping). */
export function occurrences(text: string, phrase: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (phrase === '') return out;
  for (let i = text.indexOf(phrase); i !== -1; i = text.indexOf(phrase, i + phrase.length)) out.push({ start: i, end: i + phrase.length });
  return out;
}

/**
 * The text that goes out: the draft with every proposal not undone, and every occurrence of a
 * phrase redacted by hand, replaced. Where pieces overlap, the one starting first (the wider
 * when they start together) wins and the other is skipped: overlaps never remove less.
 */
export function composeText(
  draft: string,
  proposals: readonly ProposedReplacement[],
  undone: readonly UndoneKey[],
  byHand: readonly string[],
): { text: string; pieces: ComposedPiece[] } {
  const pieces: ComposedPiece[] = [];
  proposals.forEach((p, i) => {
    if (!undone.some((u) => sameReplacement(u, p))) pieces.push({ start: p.start, end: p.end, source: 'engine', proposal: i, replacement: p.replacement });
  });
  for (const phrase of byHand) {
    for (const o of occurrences(draft, phrase)) pieces.push({ ...o, source: 'hand', replacement: BY_HAND_REPLACEMENT });
  }
  pieces.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ComposedPiece[] = [];
  for (const p of pieces) {
    const last = kept[kept.length - 1];
    if (last && p.start < last.end) continue;
    kept.push(p);
  }
  let text = '';
  let at = 0;
  for (const p of kept) {
    text += draft.slice(at, p.start) + p.replacement;
    at = p.end;
  }
  return { text: text + draft.slice(at), pieces: kept };
}

/**
 * The line at the top of a message when the thread's recipients changed since its previous sent
 * message: how many were added and removed, never who (the addresses are confidential).
 */
export function recipientsChangeNote(previous: readonly string[] | null, next: readonly string[]): string | null {
  if (previous === null) return null;
  const norm = (xs: readonly string[]) => new Set(xs.map((x) => x.trim().toLowerCase()));
  const [before, after] = [norm(previous), norm(next)];
  const added = [...after].filter((x) => !before.has(x)).length;
  const removed = [...before].filter((x) => !after.has(x)).length;
  if (added === 0 && removed === 0) return null;
  const parts: string[] = [];
  if (added > 0) parts.push(`${added} recipient${added === 1 ? '' : 's'} added`);
  if (removed > 0) parts.push(`${removed} recipient${removed === 1 ? '' : 's'} removed`);
  return `[Note: the recipients of this conversation changed since our previous message: ${parts.join(', ')}.]`;
}

export interface ApprovalState {
  authorId: string;
  /** Members who edited the draft or changed its redactions: they are authors too. */
  editorIds: readonly string[];
  textHash: string;
  recipientsHash: string;
  approvedBy: string | null;
  approvedTextHash: string | null;
  approvedRecipientsHash: string | null;
  sentAt: Date | null;
}

/** The approval stands only for the exact text and recipients it was given for. */
export function isApproved(s: ApprovalState): boolean {
  return s.approvedBy !== null && s.approvedTextHash === s.textHash && s.approvedRecipientsHash === s.recipientsHash;
}

/**
 * Why `memberId` may not approve, or null. Conflicts (recusal, exclusion, being named) are the
 * case's access rule and are checked before this; here: a second person, and the text seen.
 */
export function approvalRefusal(s: ApprovalState, memberId: string, seen: { textHash: string; recipientsHash: string }): string | null {
  if (s.sentAt !== null) return 'This message was already sent';
  if (seen.textHash !== s.textHash || seen.recipientsHash !== s.recipientsHash) return 'The message changed since you opened it; review the new text';
  if (isApproved(s)) return 'This message is already approved';
  if (s.authorId === memberId || s.editorIds.includes(memberId)) return 'A second member must approve this message: its author cannot';
  return null;
}

export function sendRefusal(s: ApprovalState, seen: { textHash: string; recipientsHash: string }): string | null {
  if (s.sentAt !== null) return 'This message was already sent';
  if (seen.textHash !== s.textHash || seen.recipientsHash !== s.recipientsHash) return 'The message changed since you opened it; review the new text';
  if (!isApproved(s)) return 'A second member must approve this exact text and these recipients before it is sent';
  return null;
}

export type OutgoingState = 'draft' | 'approved' | 'sent';

export function outgoingState(s: ApprovalState): OutgoingState {
  if (s.sentAt !== null) return 'sent';
  return isApproved(s) ? 'approved' : 'draft';
}

export const OUTGOING_STATE_LABELS: Readonly<Record<OutgoingState, string>> = {
  draft: 'Draft: awaiting a second member’s approval',
  approved: 'Approved: ready to send',
  sent: 'Sent',
};

/** One case of a person's history, as a history summary may show it. */
export interface HistoryEntry {
  /** YYYY-MM-DD; only its month is shown. */
  receivedOn: string;
  categories: readonly string[];
  /** A consequence label ("Warning", "First suspension"…), or null while the case is open. */
  consequence: string | null;
}

/**
 * A person's history for an event or space: categories and consequences by month, oldest first,
 * no case details, nothing finer than a month, and no name (the organizers know whom they asked about).
 */
export function historySummaryText(entries: readonly HistoryEntry[], opts: { space: string; group: string }): string {
  const lines = [...entries]
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))
    .map((e) => {
      const month = monthName(e.receivedOn);
      const cats = e.categories.length > 0 ? e.categories.join(', ') : 'no category recorded';
      return `- ${month}: ${cats} — ${e.consequence ?? 'still under review'}`;
    });
  return [
    `You asked the ${opts.group} about a person's history, for ${opts.space}.`,
    '',
    lines.length === 0 ? 'We hold no reports about this person.' : `We hold ${lines.length} report${lines.length === 1 ? '' : 's'} about this person:`,
    ...lines,
    '',
    'This summary gives categories and consequences only. We do not share case details.',
  ].join('\n');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthName(isoDate: string): string {
  const [y, m] = isoDate.split('-');
  return `${MONTHS[Number(m) - 1] ?? '?'} ${y}`;
}
