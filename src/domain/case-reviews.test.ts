import { describe, expect, it } from 'vitest';
import { instantOf, reconsiderationProblem, urgentReviewClass, wallClockOf } from './case-reviews';

const at = (s: string) => new Date(s);

describe('urgent action review', () => {
  it('counts a review at exactly 24 hours as within, a minute later as late, none as not reviewed', () => {
    expect(urgentReviewClass(at('2025-03-01T10:00:00Z'), at('2025-03-01T18:00:00Z'))).toBe('within24h');
    expect(urgentReviewClass(at('2025-03-01T10:00:00Z'), at('2025-03-02T10:00:00Z'))).toBe('within24h');
    expect(urgentReviewClass(at('2025-03-01T10:00:00Z'), at('2025-03-02T10:01:00Z'))).toBe('later');
    expect(urgentReviewClass(at('2025-03-01T10:00:00Z'), null)).toBe('notReviewed');
  });
});

describe('reconsideration rules', () => {
  it('needs a decision date exactly when decided, not before the request', () => {
    expect(reconsiderationProblem({ requestedOn: '2025-03-01', result: 'pending', decidedOn: null })).toBeNull();
    expect(reconsiderationProblem({ requestedOn: '2025-03-01', result: 'pending', decidedOn: '2025-03-04' })?.field).toBe('decidedOn');
    expect(reconsiderationProblem({ requestedOn: '2025-03-01', result: 'upheld', decidedOn: null })?.field).toBe('decidedOn');
    expect(reconsiderationProblem({ requestedOn: '2025-03-01', result: 'changed', decidedOn: '2025-02-01' })?.message).toMatch(/before/);
    expect(reconsiderationProblem({ requestedOn: '2025-03-01', result: 'withdrawn', decidedOn: '2025-03-01' })).toBeNull();
  });
});

describe('wall-clock times', () => {
  it('reads a local time in the organisation time zone, across daylight-saving time', () => {
    expect(instantOf('2025-01-15T09:00', 'Europe/Berlin').toISOString()).toBe('2025-01-15T08:00:00.000Z');
    expect(instantOf('2025-07-15T09:00', 'Europe/Berlin').toISOString()).toBe('2025-07-15T07:00:00.000Z');
    expect(instantOf('2025-07-15T09:00', 'UTC').toISOString()).toBe('2025-07-15T09:00:00.000Z');
    expect(instantOf('2025-07-15T09:00Z', 'Europe/Berlin').toISOString()).toBe('2025-07-15T09:00:00.000Z');
    expect(wallClockOf(new Date('2025-07-15T07:00:00Z'), 'Europe/Berlin')).toBe('2025-07-15T09:00');
    expect(wallClockOf(instantOf('2025-03-30T12:15', 'America/New_York'), 'America/New_York')).toBe('2025-03-30T12:15');
  });
});
