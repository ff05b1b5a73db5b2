// The board's aggregate view of the register (DOMAIN.md "Accountability"): how many cases stand
// at each stage, and whether the working group kept its first two promises to reporters —
// acknowledge within a day, answer within a week. Counts only; nothing here names a case.
import { CASE_STAGES, type CaseStage } from './case-lifecycle';
import type { CaseStatus } from './case-status';

/** A case as the figures need it: dates are the register's calendar dates (YYYY-MM-DD). */
export interface FigureCase {
  status: CaseStatus;
  stage: CaseStage;
  receivedOn: string;
  acknowledgedOn: string | null;
}

/** A web-form report's first-response deadline and when the working group first answered. */
export interface FigureResponse {
  status: CaseStatus;
  respondBy: Date;
  firstRespondedAt: Date | null;
}

/**
 * kept / missed: decided either way. open: not done, still within the deadline. unrecorded: the
 * case was resolved (or imported) without the date being recorded, so it proves nothing either way.
 */
export interface DeadlineTally {
  kept: number;
  missed: number;
  open: number;
  unrecorded: number;
}

export interface BoardFigures {
  /** Every stage in lifecycle order, zeros included (the row set never depends on the data). */
  byStage: { stage: CaseStage; ongoing: number; resolved: number }[];
  acknowledgement: DeadlineTally;
  firstResponse: DeadlineTally;
  total: number;
}

/** The acknowledgement target: the day after the report was received, at the latest. */
export const ACKNOWLEDGE_WITHIN_DAYS = 1;

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const empty = (): DeadlineTally => ({ kept: 0, missed: 0, open: 0, unrecorded: 0 });

export type DeadlineOutcome = keyof DeadlineTally;

export function acknowledgementOutcome(c: FigureCase, today: string): DeadlineOutcome {
  const by = addDays(c.receivedOn, ACKNOWLEDGE_WITHIN_DAYS);
  if (c.acknowledgedOn !== null) return c.acknowledgedOn <= by ? 'kept' : 'missed';
  if (c.status === 'resolved') return 'unrecorded';
  return today > by ? 'missed' : 'open';
}

export function firstResponseOutcome(r: FigureResponse, now: Date): DeadlineOutcome {
  if (r.firstRespondedAt !== null) return r.firstRespondedAt.getTime() <= r.respondBy.getTime() ? 'kept' : 'missed';
  if (r.status === 'resolved') return 'unrecorded';
  return now.getTime() > r.respondBy.getTime() ? 'missed' : 'open';
}

/** `today` is the organisation's calendar date of `now`. */
export function boardFigures(cases: readonly FigureCase[], responses: readonly FigureResponse[], now: Date, today: string): BoardFigures {
  const byStage = CASE_STAGES.map((stage) => ({ stage, ongoing: 0, resolved: 0 }));
  const acknowledgement = empty();
  const firstResponse = empty();
  for (const c of cases) {
    const row = byStage.find((s) => s.stage === c.stage)!;
    row[c.status] += 1;
    acknowledgement[acknowledgementOutcome(c, today)] += 1;
  }
  for (const r of responses) firstResponse[firstResponseOutcome(r, now)] += 1;
  return { byStage, acknowledgement, firstResponse, total: cases.length };
}
