import { z } from 'zod';
import { RECONSIDERATION_REQUESTERS, URGENT_ACTIONS, URGENT_REVIEW_RESULTS } from '../../domain/case-reviews';
import { isoDate } from '../cases/schemas';
import type { RawInput } from '../parse-input';

// The case, by its id: an unknown id is answered as "not found" by the verb, never as a form error.
const caseId = z.string();

const details = z.string().trim().max(20_000, 'must be at most 20,000 characters').optional();

export const recordReconsiderationInput = z.object({
  caseId,
  requestedOn: isoDate,
  requestedBy: z.enum(RECONSIDERATION_REQUESTERS, { message: 'choose who asked: the reporter or the reported party' }),
  details,
});
export type RecordReconsiderationInput = RawInput<typeof recordReconsiderationInput>;

/** A date and time as an <input type="datetime-local"> sends it (organisation time), or an ISO instant. */
export const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/, 'must be a date and time (YYYY-MM-DDTHH:MM)');

export const recordUrgentActionInput = z.object({
  caseId,
  action: z.enum(URGENT_ACTIONS, { message: 'choose the action taken' }),
  takenAt: localDateTime,
  /** The member who acted; defaults to the member recording it. */
  memberId: z.preprocess((v) => (v === '' ? undefined : v), z.uuid({ message: 'choose a member' }).optional()),
  details,
});
export type RecordUrgentActionInput = RawInput<typeof recordUrgentActionInput>;

export const reviewUrgentActionInput = z.object({
  caseId,
  id: z.uuid({ message: 'choose the action' }),
  reviewedAt: localDateTime,
  result: z.enum(URGENT_REVIEW_RESULTS, { message: 'choose the result of the review' }),
});
export type ReviewUrgentActionInput = RawInput<typeof reviewUrgentActionInput>;

export const listCaseReviewsInput = z.object({ caseId });
export type ListCaseReviewsInput = RawInput<typeof listCaseReviewsInput>;
