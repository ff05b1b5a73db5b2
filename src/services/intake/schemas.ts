import { z } from 'zod';
import type { RawInput } from '../parse-input';
import { PROPOSAL_ANSWERS, REPORTER_MESSAGE_PURPOSES } from '../../domain/case-lifecycle';
import { TEMPLATE_KEYS } from '../../domain/report-intake';
import { ONGOING_HARASSMENT } from '../../domain/case-status';

/** At most this many files with one submission, each at most this large (the request's own limit is above their sum). */
export const MAX_REPORT_FILES = 3;
export const MAX_REPORT_FILE_BYTES = 3 * 1024 * 1024;
export const MAX_REPORT_TEXT = 20_000;

const text = (max: number, message = `must be at most ${max.toLocaleString('en')} characters`) => z.string().trim().max(max, message).default('');
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const uploadSchema = z.object({
  filename: z.string(),
  declaredType: z.string().nullable().optional(),
  bytes: z.instanceof(Uint8Array),
});
export type Upload = z.infer<typeof uploadSchema>;

const files = z.array(uploadSchema).max(MAX_REPORT_FILES, `attach at most ${MAX_REPORT_FILES} files`).default([]);

export const submitReportInput = z
  .object({
    contactEmail: z.preprocess(blankToUndefined, z.email({ message: 'must be an email address, like name@example.org' }).max(320).optional()),
    anonymous: z.boolean().default(false),
    peopleInvolved: text(5_000),
    witnesses: text(5_000),
    when: text(200),
    /** A space's id, "elsewhere", or nothing. */
    where: z.preprocess(blankToUndefined, z.union([z.uuid(), z.literal('elsewhere')], { message: 'choose a place from the list' }).optional()),
    whereElse: text(500),
    whatHappened: z.string({ message: 'Tell us what happened' }).trim().min(1, 'Tell us what happened').max(MAX_REPORT_TEXT, `must be at most ${MAX_REPORT_TEXT.toLocaleString('en')} characters`),
    links: text(5_000),
    context: text(MAX_REPORT_TEXT),
    ongoing: z.preprocess(blankToUndefined, z.enum(ONGOING_HARASSMENT, { message: 'choose yes, no or not sure' }).optional()),
    translationTool: z.preprocess(blankToUndefined, z.enum(['yes', 'no'], { message: 'choose yes or no' }).optional()),
    language: text(100),
    files,
  })
  .refine((r) => !(r.anonymous && r.contactEmail), {
    message: 'you chose to stay anonymous: leave the email empty, or untick "stay anonymous"',
    path: ['contactEmail'],
  });
export type SubmitReportInput = RawInput<typeof submitReportInput>;

/** The form's answers kept with the report (sealed), besides the narrative and the people. */
export interface ReportDetails {
  when: string;
  where: string;
  links: string;
  context: string;
  ongoing: string | null;
  translationTool: string | null;
  language: string;
  anonymous: boolean;
}

export const openReportInput = z.object({ receiptCode: z.string().max(500, 'is too long to be a receipt code') });

export const requestPortalLinkInput = z.object({ email: z.email({ message: 'must be an email address, like name@example.org' }).max(320) });
export type RequestPortalLinkInput = RawInput<typeof requestPortalLinkInput>;
/** Not a uuid check: a malformed token is "not found" like a wrong one. */
export const redeemPortalLinkInput = z.object({ token: z.string().max(100) });
export type RedeemPortalLinkInput = RawInput<typeof redeemPortalLinkInput>;

export const reporterReplyInput = z.object({
  body: z.string().trim().max(MAX_REPORT_TEXT, `must be at most ${MAX_REPORT_TEXT.toLocaleString('en')} characters`).default(''),
  files,
}).refine((r) => r.body.length > 0 || r.files.length > 0, { message: 'write a message or attach a file', path: ['body'] });
export type ReporterReplyInput = RawInput<typeof reporterReplyInput>;

export const answerProposalInput = z.object({
  answer: z.enum(PROPOSAL_ANSWERS, { message: 'choose whether you agree' }),
  comment: text(MAX_REPORT_TEXT),
});

export const reporterReconsiderationInput = z.object({
  reasons: z.string({ message: 'Tell the board why' }).trim().min(1, 'Tell the board why you ask').max(MAX_REPORT_TEXT),
});

const caseId = z.uuid({ message: 'choose the case' });

export const messageReporterInput = z.object({
  caseId,
  purpose: z.enum(REPORTER_MESSAGE_PURPOSES, { message: 'choose what the message is' }),
  body: z.string({ message: 'Write the message' }).trim().min(1, 'Write the message').max(MAX_REPORT_TEXT),
});

export const proposeResolutionInput = z.object({
  caseId,
  body: z.string({ message: 'Write the proposal' }).trim().min(1, 'Write the proposal').max(MAX_REPORT_TEXT),
});

export const caseOnlyInput = z.object({ caseId });

export const updateTemplateInput = z.object({
  key: z.enum(TEMPLATE_KEYS, { message: 'choose a template' }),
  body: z.string({ message: 'Write the template' }).trim().min(1, 'Write the template').max(10_000),
});
