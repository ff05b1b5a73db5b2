import { describe, expect, it } from 'vitest';
import { approvalRefusal, mayPublish, publicTextState, type PublicTextReviewState } from './public-text';

const review = (over: Partial<PublicTextReviewState> = {}): PublicTextReviewState => ({ textHash: 'h1', authorId: 'author', findings: [], approvedBy: null, ...over });
const finding = (override?: string) => ({ start: 0, end: 4, label: 'PERSON', known: true, ...(override ? { override: { by: override, at: '2026-01-01T00:00:00Z', reasonSealed: 'sealed' } } : {}) });

describe('publicTextState', () => {
  it('needs no review for an empty text, and a check for text never checked or edited since', () => {
    expect(publicTextState('  \n', 'h0', undefined)).toBe('empty');
    expect(publicTextState('Hello', 'h1', undefined)).toBe('unchecked');
    expect(publicTextState('Hello!', 'h2', review({ approvedBy: 'second' }))).toBe('unchecked');
  });

  it('is blocked while a finding is open, then waits for approval, then is approved', () => {
    expect(publicTextState('Anna', 'h1', review({ findings: [finding()] }))).toBe('blocked');
    expect(publicTextState('Anna', 'h1', review({ findings: [finding('author')] }))).toBe('awaiting_approval');
    expect(publicTextState('Anna', 'h1', review({ findings: [finding('author')], approvedBy: 'second' }))).toBe('approved');
    expect(['empty', 'unchecked', 'blocked', 'awaiting_approval', 'approved'].filter((s) => mayPublish(s as never))).toEqual(['empty', 'approved']);
  });
});

describe('approvalRefusal', () => {
  it('lets a second member approve, never the author or a member who kept a finding', () => {
    expect(approvalRefusal(review(), 'second')).toBeNull();
    expect(approvalRefusal(review(), 'author')).toMatch(/author/);
    expect(approvalRefusal(review({ findings: [finding('keeper')] }), 'keeper')).toMatch(/overrode/);
    expect(approvalRefusal(review({ findings: [finding('keeper')] }), 'second')).toBeNull();
  });

  it('refuses while findings are open or once approved; text written by the system needs one member', () => {
    expect(approvalRefusal(review({ findings: [finding()] }), 'second')).toMatch(/finding/);
    expect(approvalRefusal(review({ approvedBy: 'second' }), 'third')).toMatch(/already/);
    expect(approvalRefusal(review({ authorId: null }), 'anyone')).toBeNull();
  });
});
