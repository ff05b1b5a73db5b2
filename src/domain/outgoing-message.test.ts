import { describe, expect, it } from 'vitest';
import {
  approvalRefusal,
  composeText,
  historySummaryText,
  isApproved,
  joinFourParts,
  monthName,
  occurrences,
  outgoingState,
  recipientsChangeNote,
  sendRefusal,
  type ApprovalState,
} from './outgoing-message';

const draft = 'Ana wrote to Ana at 9pm in Lisbon.';
const proposals = [
  { start: 0, end: 3, label: 'PERSON', original: 'Ana', replacement: 'Person 1' },
  { start: 13, end: 16, label: 'PERSON', original: 'Ana', replacement: 'Person 1' },
  { start: 17, end: 23, label: 'DATETIME', original: 'at 9pm', replacement: '[time removed]' },
];

describe('composeText', () => {
  it('applies every proposal when nothing is undone', () => {
    expect(composeText(draft, proposals, [], []).text).toBe('Person 1 wrote to Person 1 [time removed] in Lisbon.');
  });
  it('keeps the words of an undone proposal, every occurrence of the same label and words', () => {
    expect(composeText(draft, proposals, [{ label: 'PERSON', original: 'Ana' }], []).text).toBe('Ana wrote to Ana [time removed] in Lisbon.');
  });
  it('redacts every occurrence of a phrase by hand', () => {
    const r = composeText('Lisbon, then Lisbon again', [], [], ['Lisbon']);
    expect(r.text).toBe('[removed], then [removed] again');
    expect(r.pieces.every((p) => p.source === 'hand')).toBe(true);
  });
  it('lets the wider of two overlapping pieces win, so an overlap never removes less', () => {
    expect(composeText(draft, proposals, [], ['Ana wrote']).text).toBe('[removed] to Person 1 [time removed] in Lisbon.');
    expect(composeText(draft, proposals, [], ['na']).text).toBe('Person 1 wrote to Person 1 [time removed] in Lisbon.');
    expect(composeText(draft, proposals, [{ label: 'PERSON', original: 'Ana' }], ['Ana wrote']).text).toBe('[removed] to Ana [time removed] in Lisbon.');
  });
  it('finds non-overlapping occurrences and none of an empty phrase', () => {
    expect(occurrences('aaaa', 'aa')).toEqual([{ start: 0, end: 2 }, { start: 2, end: 4 }]);
    expect(occurrences('abc', '')).toEqual([]);
  });
});

describe('four parts', () => {
  it('joins the labelled parts in the manual’s order, trimmed', () => {
    expect(joinFourParts({ behaviour: ' b ', impact: 'i', expectedChanges: 'e', consequence: 'c' })).toBe(
      'The behaviour:\nb\n\nIts impact:\ni\n\nWhat we expect to change:\ne\n\nThe consequence:\nc',
    );
  });
});

describe('recipientsChangeNote', () => {
  it('says nothing for the first message of a thread or the same recipients in any order or case', () => {
    expect(recipientsChangeNote(null, ['a@x.org'])).toBeNull();
    expect(recipientsChangeNote(['A@x.org', 'b@x.org'], ['b@x.org', 'a@x.org'])).toBeNull();
  });
  it('counts added and removed recipients without naming them', () => {
    const note = recipientsChangeNote(['a@x.org', 'b@x.org'], ['a@x.org', 'c@x.org', 'd@x.org'])!;
    expect(note).toContain('2 recipients added, 1 recipient removed');
    expect(note).not.toContain('@');
  });
});

describe('approval', () => {
  const base: ApprovalState = {
    authorId: 'author',
    editorIds: ['editor'],
    textHash: 't1',
    recipientsHash: 'r1',
    approvedBy: null,
    approvedTextHash: null,
    approvedRecipientsHash: null,
    sentAt: null,
  };
  const seen = { textHash: 't1', recipientsHash: 'r1' };
  it('lets a second member approve what they saw', () => {
    expect(approvalRefusal(base, 'second', seen)).toBeNull();
  });
  it.each([
    ['the author', base, 'author', seen, /author cannot/],
    ['an editor', base, 'editor', seen, /author cannot/],
    ['a stale page (text)', base, 'second', { ...seen, textHash: 't0' }, /changed/],
    ['a stale page (recipients)', base, 'second', { ...seen, recipientsHash: 'r0' }, /changed/],
    ['an approved message', { ...base, approvedBy: 'x', approvedTextHash: 't1', approvedRecipientsHash: 'r1' }, 'second', seen, /already approved/],
    ['a sent message', { ...base, sentAt: new Date() }, 'second', seen, /already sent/],
  ] as const)('refuses %s', (_, state, who, s, why) => {
    expect(approvalRefusal(state, who, s)).toMatch(why);
  });
  it('holds only for the exact text and recipients approved', () => {
    const approved = { ...base, approvedBy: 'second', approvedTextHash: 't1', approvedRecipientsHash: 'r1' };
    expect(isApproved(approved)).toBe(true);
    expect(outgoingState(approved)).toBe('approved');
    expect(isApproved({ ...approved, textHash: 't2' })).toBe(false);
    expect(isApproved({ ...approved, recipientsHash: 'r2' })).toBe(false);
    expect(outgoingState({ ...approved, textHash: 't2' })).toBe('draft');
    expect(outgoingState({ ...approved, sentAt: new Date() })).toBe('sent');
    expect(sendRefusal(approved, seen)).toBeNull();
    expect(sendRefusal(base, seen)).toMatch(/approve/);
    expect(sendRefusal({ ...approved, textHash: 't2' }, { ...seen, textHash: 't2' })).toMatch(/approve/);
  });
});

describe('history summary', () => {
  it('lists months, categories and consequences, oldest first, with no day', () => {
    const text = historySummaryText(
      [
        { receivedOn: '2025-09-30', categories: ['Harassment'], consequence: 'Warning' },
        { receivedOn: '2024-02-03', categories: [], consequence: null },
      ],
      { space: 'PyFest', group: 'WG' },
    );
    expect(text).toContain('We hold 2 reports about this person:\n- February 2024: no category recorded — still under review\n- September 2025: Harassment — Warning');
    expect(text).not.toMatch(/\b(30|03)\b/);
    expect(historySummaryText([], { space: 'x', group: 'WG' })).toContain('We hold no reports');
    expect(monthName('2026-12-01')).toBe('December 2026');
  });
});
