// Reconsideration requests and urgent actions by one member (DOMAIN.md "Life of a report" 9 and
// "Urgent"): the closed vocabularies and the 24-hour review rule, as plain data and functions.

/** Who asked the board to reconsider: a party directly involved, by their role in the case. */
export const RECONSIDERATION_REQUESTERS = ['reporter', 'reported'] as const;
export type ReconsiderationRequester = (typeof RECONSIDERATION_REQUESTERS)[number];

export const RECONSIDERATION_RESULTS = ['pending', 'upheld', 'changed', 'withdrawn'] as const;
export type ReconsiderationResult = (typeof RECONSIDERATION_RESULTS)[number];

export const RECONSIDERATION_RESULT_LABELS: Record<ReconsiderationResult, string> = {
  upheld: 'Decision upheld',
  changed: 'Decision changed',
  withdrawn: 'Request withdrawn',
  pending: 'Not decided yet',
};

export const REQUESTER_LABELS: Record<ReconsiderationRequester, string> = {
  reporter: 'Reporter',
  reported: 'Reported party',
};

/** What a member may do alone when harm is ongoing or someone's safety is threatened. */
export const URGENT_ACTIONS = ['ban', 'block', 'removal', 'authorities', 'other'] as const;
export type UrgentAction = (typeof URGENT_ACTIONS)[number];

export const URGENT_ACTION_LABELS: Record<UrgentAction, string> = {
  ban: 'Temporary ban from a space',
  block: 'Blocked an account',
  removal: 'Removed content or a person from an event',
  authorities: 'Contacted the authorities',
  other: 'Other urgent action',
};

export const URGENT_REVIEW_RESULTS = ['confirmed', 'changed', 'reversed'] as const;
export type UrgentReviewResult = (typeof URGENT_REVIEW_RESULTS)[number];

export const URGENT_REVIEW_RESULT_LABELS: Record<UrgentReviewResult, string> = {
  confirmed: 'Confirmed by the working group',
  changed: 'Changed by the working group',
  reversed: 'Reversed by the working group',
};

/** How an urgent action's review went against the 24-hour rule. */
export const URGENT_REVIEW_CLASSES = ['within24h', 'later', 'notReviewed'] as const;
export type UrgentReviewClass = (typeof URGENT_REVIEW_CLASSES)[number];

export const URGENT_REVIEW_CLASS_LABELS: Record<UrgentReviewClass, string> = {
  within24h: 'Reviewed within 24 hours',
  later: 'Reviewed after more than 24 hours',
  notReviewed: 'Not reviewed',
};

export const REVIEW_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Reviewed within 24 hours of the action (the boundary counts as within), later, or not at all. */
export function urgentReviewClass(takenAt: Date, reviewedAt: Date | null): UrgentReviewClass {
  if (reviewedAt === null) return 'notReviewed';
  return reviewedAt.getTime() - takenAt.getTime() <= REVIEW_WINDOW_MS ? 'within24h' : 'later';
}

/** A result other than pending needs a decision date, and a pending request has none. */
export function reconsiderationProblem(r: { requestedOn: string; result: ReconsiderationResult; decidedOn: string | null }): { field: string; message: string } | null {
  if (r.result === 'pending') return r.decidedOn === null ? null : { field: 'decidedOn', message: 'leave empty while the request is pending' };
  if (r.decidedOn === null) return { field: 'decidedOn', message: 'give the date of the decision' };
  if (r.decidedOn < r.requestedOn) return { field: 'decidedOn', message: 'must not be before the request' };
  return null;
}

// --- wall-clock times in the organisation's time zone ---------------------------------------

function offsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of a wall-clock time ("2025-03-01T14:30") in `timeZone`; a time with "Z" or an
 * offset is taken as it is. In a gap of a daylight-saving change the later offset applies.
 */
export function instantOf(local: string, timeZone: string): Date {
  if (/(Z|[+-]\d{2}:\d{2})$/.test(local)) return new Date(local);
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(local);
  if (!m) return new Date(Number.NaN);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  let guess = wall - offsetMs(wall, timeZone);
  guess = wall - offsetMs(guess, timeZone);
  return new Date(guess);
}

/** "2025-03-01T14:30" in `timeZone`: what a datetime-local field shows. */
export function wallClockOf(instant: Date, timeZone: string): string {
  const local = new Date(instant.getTime() + offsetMs(instant.getTime(), timeZone));
  return local.toISOString().slice(0, 16);
}
