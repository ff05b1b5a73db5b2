// What the public sends through the community forms, and how the working group triages it.
import { z } from 'zod';
import type { RawInput } from '../parse-input';

export const SUBMISSION_KINDS = ['question', 'suggestion', 'proposal'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];
export const SUBMISSION_KIND_LABELS: Readonly<Record<SubmissionKind, string>> = {
  question: 'A question about how we work',
  suggestion: 'A suggestion to improve the process',
  proposal: 'A proposed change to a document',
};

export const TRIAGE_STATUSES = ['accepted', 'declined', 'answered'] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];
export type SubmissionStatus = 'new' | TriageStatus;
export const STATUS_LABELS: Readonly<Record<SubmissionStatus, string>> = { new: 'New', accepted: 'Accepted', declined: 'Declined', answered: 'Answered' };

const uuid = (what: string) => z.string().regex(/^[0-9a-f-]{36}$/i, `No such ${what}`);
const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

export const submitInput = z.object({
  kind: z.enum(SUBMISSION_KINDS, { message: 'choose what you are sending' }),
  documentId: z.preprocess(emptyToUndefined, uuid('document').optional()),
  body: z.string().trim().min(1, 'write your question or suggestion').max(5_000, 'must be at most 5,000 characters'),
});
export type SubmitInput = RawInput<typeof submitInput>;

export const triageInput = z
  .object({
    submissionId: uuid('submission'),
    status: z.enum(TRIAGE_STATUSES, { message: 'choose accepted, declined or answered' }),
    publicTitle: z.string().trim().min(1, 'word the question or proposal as the public will read it').max(300, 'must be at most 300 characters'),
    publicText: z.string().trim().min(1, 'write the answer, or the reason for the decision').max(5_000, 'must be at most 5,000 characters'),
    resolvedByVersionId: z.preprocess(emptyToUndefined, uuid('version').optional()),
  })
  .refine((t) => t.resolvedByVersionId === undefined || t.status === 'accepted', { path: ['resolvedByVersionId'], message: 'only an accepted proposal is resolved by a version' });
export type TriageInput = RawInput<typeof triageInput>;
