import { describe, expect, it } from 'vitest';
import { addDays, countDeadlines, deadlineItems, DEFAULT_DEADLINE_SETTINGS, reportDueDates, urgentReviewDue, type DeadlineCase, type DeadlineInput } from './deadlines';

const now = new Date('2026-03-10T12:00:00Z');
const today = '2026-03-10';
const H = 3_600_000;
const empty: DeadlineInput = { cases: [], urgentActions: [], suspensions: [], bans: [] };
const ongoing = (o: Partial<DeadlineCase> = {}): DeadlineCase => ({
  id: 'c1',
  status: 'ongoing',
  receivedAt: new Date(now.getTime() - 2 * H),
  acknowledgedOn: null,
  hasReporter: true,
  firstRespondedAt: null,
  reviewOn: null,
  ...o,
});

describe('deadline settings', () => {
  it('defaults to the manual: a day to acknowledge, a week to respond, 24 hours to review an urgent action', () => {
    expect(DEFAULT_DEADLINE_SETTINGS).toMatchObject({ acknowledgeWithinHours: 24, firstResponseWithinDays: 7, urgentReviewWithinHours: 24 });
    const at = new Date('2026-03-01T09:00:00Z');
    expect(reportDueDates(at)).toEqual({ acknowledgeBy: new Date('2026-03-02T09:00:00Z'), respondBy: new Date('2026-03-08T09:00:00Z') });
    expect(urgentReviewDue(at)).toEqual(new Date('2026-03-02T09:00:00Z'));
  });

  it('uses configured periods', () => {
    const s = { ...DEFAULT_DEADLINE_SETTINGS, acknowledgeWithinHours: 4, firstResponseWithinDays: 3, urgentReviewWithinHours: 12 };
    const at = new Date('2026-03-01T09:00:00Z');
    expect(reportDueDates(at, s)).toEqual({ acknowledgeBy: new Date('2026-03-01T13:00:00Z'), respondBy: new Date('2026-03-04T09:00:00Z') });
    expect(urgentReviewDue(at, s)).toEqual(new Date('2026-03-01T21:00:00Z'));
    // Received 5 hours ago: overdue with 4 hours, still due with the default day.
    const input = { ...empty, cases: [ongoing({ receivedAt: new Date(now.getTime() - 5 * H) })] };
    expect(deadlineItems(input, now, today, s).find((i) => i.kind === 'acknowledgement')?.state).toBe('overdue');
    expect(deadlineItems(input, now, today).find((i) => i.kind === 'acknowledgement')?.state).toBe('due');
  });

  it('adds calendar days across months and years', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe('deadlineItems', () => {
  it('lists an unacknowledged report as due, then overdue once the day has passed (the moment itself is on time)', () => {
    const due = deadlineItems({ ...empty, cases: [ongoing()] }, now, today);
    expect(due.map((i) => [i.kind, i.state])).toEqual([
      ['acknowledgement', 'due'],
      ['first_response', 'due'],
    ]);
    const onTheDot = deadlineItems({ ...empty, cases: [ongoing({ receivedAt: new Date(now.getTime() - 24 * H) })] }, now, today);
    expect(onTheDot[0]).toMatchObject({ kind: 'acknowledgement', state: 'due' });
    const late = deadlineItems({ ...empty, cases: [ongoing({ receivedAt: new Date(now.getTime() - 24 * H - 1) })] }, now, today);
    expect(late[0]).toMatchObject({ kind: 'acknowledgement', state: 'overdue', caseId: 'c1' });
  });

  it('drops what is done: an acknowledged report, a given first response, a resolved case', () => {
    expect(deadlineItems({ ...empty, cases: [ongoing({ acknowledgedOn: today, firstRespondedAt: now })] }, now, today)).toEqual([]);
    expect(deadlineItems({ ...empty, cases: [ongoing({ status: 'resolved' })] }, now, today)).toEqual([]);
  });

  it('owes a first response only where there is a reporter to answer', () => {
    const items = deadlineItems({ ...empty, cases: [ongoing({ hasReporter: false, receivedAt: new Date('2026-02-01T00:00:00Z') })] }, now, today);
    expect(items.map((i) => i.kind)).toEqual(['acknowledgement']);
  });

  it('flags an unreviewed urgent action overdue after 24 hours, and drops it once reviewed', () => {
    const taken = new Date(now.getTime() - 25 * H);
    const items = deadlineItems({ ...empty, urgentActions: [{ id: 'u1', caseId: 'c1', takenAt: taken, reviewedAt: null }] }, now, today);
    expect(items).toEqual([{ kind: 'urgent_review', state: 'overdue', caseId: 'c1', refId: 'u1', dueAt: new Date(taken.getTime() + 24 * H), dueOn: null }]);
    const fresh = deadlineItems({ ...empty, urgentActions: [{ id: 'u1', caseId: 'c1', takenAt: new Date(now.getTime() - H), reviewedAt: null }] }, now, today);
    expect(fresh[0]?.state).toBe('due');
    expect(deadlineItems({ ...empty, urgentActions: [{ id: 'u1', caseId: 'c1', takenAt: taken, reviewedAt: now }] }, now, today)).toEqual([]);
  });

  it('lists a resolved case’s review date within the notice period, overdue once past', () => {
    const resolved = (reviewOn: string | null): DeadlineCase => ongoing({ status: 'resolved', reviewOn });
    expect(deadlineItems({ ...empty, cases: [resolved(addDays(today, 15))] }, now, today)).toEqual([]);
    expect(deadlineItems({ ...empty, cases: [resolved(addDays(today, 14))] }, now, today)[0]?.state).toBe('due');
    expect(deadlineItems({ ...empty, cases: [resolved(today)] }, now, today)[0]?.state).toBe('due');
    expect(deadlineItems({ ...empty, cases: [resolved(addDays(today, -1))] }, now, today)[0]).toMatchObject({ kind: 'case_review', state: 'overdue', dueOn: '2026-03-09' });
    expect(deadlineItems({ ...empty, cases: [resolved(null)] }, now, today)).toEqual([]);
  });

  it('lists suspensions and bans ending within the notice period either side of today', () => {
    const at = (until: string) => deadlineItems({ ...empty, suspensions: [{ id: 'p1', caseId: 'c1', until }] }, now, today)[0]?.state ?? null;
    expect(at(addDays(today, 15))).toBeNull();
    expect(at(addDays(today, 14))).toBe('ending');
    expect(at(today)).toBe('ending');
    expect(at(addDays(today, -1))).toBe('ended');
    expect(at(addDays(today, -14))).toBe('ended');
    expect(at(addDays(today, -15))).toBeNull();
    const ban = deadlineItems({ ...empty, bans: [{ id: 'person1', expiresOn: addDays(today, 3) }] }, now, today);
    expect(ban).toEqual([{ kind: 'ban_end', state: 'ending', caseId: null, refId: 'person1', dueAt: null, dueOn: '2026-03-13' }]);
  });

  it('puts overdue first, then due, ending and ended, earliest first within each', () => {
    const items = deadlineItems(
      {
        cases: [ongoing({ id: 'new' }), ongoing({ id: 'old', receivedAt: new Date('2026-03-01T00:00:00Z'), hasReporter: false })],
        urgentActions: [{ id: 'u', caseId: 'x', takenAt: new Date('2026-03-08T00:00:00Z'), reviewedAt: null }],
        suspensions: [{ id: 's', caseId: 'y', until: addDays(today, -2) }, { id: 's2', caseId: 'z', until: addDays(today, 2) }],
        bans: [],
      },
      now,
      today,
    );
    expect(items.map((i) => `${i.state}:${i.kind}:${i.caseId}`)).toEqual([
      'overdue:acknowledgement:old',
      'overdue:urgent_review:x',
      'due:acknowledgement:new',
      'due:first_response:new',
      'ending:suspension_end:z',
      'ended:suspension_end:y',
    ]);
    expect(countDeadlines(items)).toEqual({ overdue: 2, due: 2, ending: 2, urgentOverdue: 1 });
  });

  it('counts nothing in an empty register', () => {
    expect(countDeadlines(deadlineItems(empty, now, today))).toEqual({ overdue: 0, due: 0, ending: 0, urgentOverdue: 0 });
  });
});
