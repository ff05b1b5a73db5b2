// What the working group owes, and by when (DOMAIN.md "Life of a report" 2 and 7, "Urgent",
// and the enforcement ladder's suspensions): pure rules from plain data to due and overdue items.
// The periods come from the organisation's settings (config `deadlines`), with the manual's
// defaults. Nothing here reads a clock: `now` is given.

/** The calendar day `n` days after (or before) an ISO date. */
export function addDays(isoDate: string, n: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export interface DeadlineSettings {
  /** A report is acknowledged the same day, at most within this many hours (manual: 1 day). */
  acknowledgeWithinHours: number;
  /** The reporter hears a first response within this many days (manual: 1 week). */
  firstResponseWithinDays: number;
  /** An urgent action by one member is reviewed by the working group within this many hours (manual: 24). */
  urgentReviewWithinHours: number;
  /** A resolved case's review date is listed this many days ahead. */
  reviewNoticeDays: number;
  /** A suspension or ban ending is listed this many days before and after its end (readmission may be requested). */
  suspensionNoticeDays: number;
}

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = {
  acknowledgeWithinHours: 24,
  firstResponseWithinDays: 7,
  urgentReviewWithinHours: 24,
  reviewNoticeDays: 14,
  suspensionNoticeDays: 14,
};

export const DEADLINE_KINDS = ['acknowledgement', 'first_response', 'urgent_review', 'case_review', 'suspension_end', 'ban_end'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  acknowledgement: 'Acknowledge the report',
  first_response: 'First response to the reporter',
  urgent_review: 'Review an urgent action',
  case_review: 'Review date of a resolved case',
  suspension_end: 'Suspension ends',
  ban_end: 'Ban ends',
};

/** overdue / due: something to do. ending / ended: a suspension or ban whose end is near or just past. */
export const DEADLINE_STATES = ['overdue', 'due', 'ending', 'ended'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  overdue: 'Overdue',
  due: 'Due',
  ending: 'Ending soon',
  ended: 'Ended',
};

export interface DeadlineItem {
  kind: DeadlineKind;
  state: DeadlineState;
  /** The case the item belongs to; null for a ban in the identity key, which belongs to a person. */
  caseId: string | null;
  /** An urgent action's, a person row's or a person's id: what the item is about within the case. */
  refId: string | null;
  /** A moment (acknowledgement, first response, urgent review) … */
  dueAt: Date | null;
  /** … or a calendar day in the organisation's time zone (review dates, suspension and ban ends). */
  dueOn: string | null;
}

export interface DeadlineCase {
  id: string;
  status: 'ongoing' | 'resolved';
  /** When the report arrived: the form's moment, or the start of the day recorded for other channels. */
  receivedAt: Date;
  acknowledgedOn: string | null;
  /** Only cases with a reporter to answer (web-form reports) have a first response to give. */
  hasReporter: boolean;
  firstRespondedAt: Date | null;
  reviewOn: string | null;
}

export interface DeadlineUrgentAction {
  id: string;
  caseId: string;
  takenAt: Date;
  reviewedAt: Date | null;
}

export interface DeadlineSuspension {
  /** The case person row. */
  id: string;
  caseId: string;
  until: string;
}

export interface DeadlineBan {
  /** The person in the identity key. */
  id: string;
  expiresOn: string;
}

export interface DeadlineInput {
  cases: readonly DeadlineCase[];
  urgentActions: readonly DeadlineUrgentAction[];
  suspensions: readonly DeadlineSuspension[];
  bans: readonly DeadlineBan[];
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The acknowledgement and first-response moments of a report received at `receivedAt`. */
export function reportDueDates(receivedAt: Date, s: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS): { acknowledgeBy: Date; respondBy: Date } {
  return {
    acknowledgeBy: new Date(receivedAt.getTime() + s.acknowledgeWithinHours * HOUR),
    respondBy: new Date(receivedAt.getTime() + s.firstResponseWithinDays * DAY),
  };
}

/** When an urgent action taken at `takenAt` must have been reviewed. */
export function urgentReviewDue(takenAt: Date, s: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS): Date {
  return new Date(takenAt.getTime() + s.urgentReviewWithinHours * HOUR);
}

// A moment passes when now is after it (the moment itself still counts as on time).
const momentState = (by: Date, now: Date): DeadlineState => (now.getTime() > by.getTime() ? 'overdue' : 'due');

/** A calendar-day end within `noticeDays` either side of today, or null when it is not near. */
function endState(on: string, today: string, noticeDays: number): DeadlineState | null {
  if (on < addDays(today, -noticeDays) || on > addDays(today, noticeDays)) return null;
  return on < today ? 'ended' : 'ending';
}

const STATE_ORDER: Record<DeadlineState, number> = { overdue: 0, due: 1, ending: 2, ended: 3 };
const sortKey = (i: DeadlineItem) => (i.dueAt ? i.dueAt.toISOString() : `${i.dueOn ?? ''}T23:59:59.999Z`);

/**
 * Everything due, overdue, ending or just ended, most pressing first (overdue, then due, then
 * ending, then ended; within each the earliest first). `today` is the organisation's calendar day.
 * Resolved cases owe no acknowledgement or first response any more; they keep their review date.
 */
export function deadlineItems(input: DeadlineInput, now: Date, today: string, s: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS): DeadlineItem[] {
  const out: DeadlineItem[] = [];
  for (const c of input.cases) {
    if (c.status === 'ongoing') {
      const { acknowledgeBy, respondBy } = reportDueDates(c.receivedAt, s);
      if (c.acknowledgedOn === null) out.push({ kind: 'acknowledgement', state: momentState(acknowledgeBy, now), caseId: c.id, refId: null, dueAt: acknowledgeBy, dueOn: null });
      if (c.hasReporter && c.firstRespondedAt === null) out.push({ kind: 'first_response', state: momentState(respondBy, now), caseId: c.id, refId: null, dueAt: respondBy, dueOn: null });
    } else if (c.reviewOn !== null && c.reviewOn <= addDays(today, s.reviewNoticeDays)) {
      out.push({ kind: 'case_review', state: c.reviewOn < today ? 'overdue' : 'due', caseId: c.id, refId: null, dueAt: null, dueOn: c.reviewOn });
    }
  }
  for (const a of input.urgentActions) {
    if (a.reviewedAt !== null) continue;
    const by = urgentReviewDue(a.takenAt, s);
    out.push({ kind: 'urgent_review', state: momentState(by, now), caseId: a.caseId, refId: a.id, dueAt: by, dueOn: null });
  }
  for (const p of input.suspensions) {
    const state = endState(p.until, today, s.suspensionNoticeDays);
    if (state) out.push({ kind: 'suspension_end', state, caseId: p.caseId, refId: p.id, dueAt: null, dueOn: p.until });
  }
  for (const b of input.bans) {
    const state = endState(b.expiresOn, today, s.suspensionNoticeDays);
    if (state) out.push({ kind: 'ban_end', state, caseId: null, refId: b.id, dueAt: null, dueOn: b.expiresOn });
  }
  return out.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || sortKey(a).localeCompare(sortKey(b)));
}

export interface DeadlineCounts {
  overdue: number;
  due: number;
  ending: number;
  /** Unreviewed urgent actions past their review time: the manual's most pressing rule. */
  urgentOverdue: number;
}

/** The counts a digest tells (counts only: no case, no person). */
export function countDeadlines(items: readonly DeadlineItem[]): DeadlineCounts {
  return {
    overdue: items.filter((i) => i.state === 'overdue').length,
    due: items.filter((i) => i.state === 'due').length,
    ending: items.filter((i) => i.state === 'ending' || i.state === 'ended').length,
    urgentOverdue: items.filter((i) => i.kind === 'urgent_review' && i.state === 'overdue').length,
  };
}
