import { z } from 'zod';
import { BOARD_DECISION_RESULTS } from '../../domain/case-lifecycle';
import { isoDate } from '../cases/schemas';
import type { RawInput } from '../parse-input';

const text = (what: string, max: number) =>
  z
    .string({ message: `write ${what}` })
    .trim()
    .min(1, `write ${what}`)
    .max(max, `must be at most ${max.toLocaleString('en')} characters`);
const optionalText = (max: number) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().max(max, `must be at most ${max.toLocaleString('en')} characters`).optional());

export const boardAreaInput = z.object({});
export type BoardAreaInput = RawInput<typeof boardAreaInput>;

export const boardItemInput = z.object({ id: z.string() });
export type BoardItemInput = RawInput<typeof boardItemInput>;

export const decideReconsiderationInput = z.object({
  id: z.string(),
  result: z.enum(BOARD_DECISION_RESULTS, { message: 'choose the outcome' }),
  decidedOn: isoDate,
  /** What the board looked at (sealed). */
  review: optionalText(20_000),
  /** Why it decided as it did (sealed). */
  reasons: text('the reasons', 20_000),
});
export type DecideReconsiderationInput = RawInput<typeof decideReconsiderationInput>;

export const fileBoardReportInput = z.object({
  caseId: z.string(),
  summary: text('the summary for the board', 20_000),
});
export type FileBoardReportInput = RawInput<typeof fileBoardReportInput>;

export const caseBoardReportsInput = z.object({ caseId: z.string() });
export type CaseBoardReportsInput = RawInput<typeof caseBoardReportsInput>;

export const sendInformationRequestInput = z.object({
  request: text('what the board asks', 10_000),
  /** A case's code name, when the request is about one case. */
  caseCode: optionalText(100),
});
export type SendInformationRequestInput = RawInput<typeof sendInformationRequestInput>;

export const answerInformationRequestInput = z.object({
  id: z.string(),
  answer: text('the answer', 20_000),
});
export type AnswerInformationRequestInput = RawInput<typeof answerInformationRequestInput>;

export const listInformationRequestsInput = z.object({});
export type ListInformationRequestsInput = RawInput<typeof listInformationRequestsInput>;
