import { z } from 'zod';
import { ONGOING_HARASSMENT, RESOLUTION_SOURCES } from '../../domain/case-status';
import { CASE_STAGES, CHANNELS, ROLES_IN_CASE } from '../../domain/case-lifecycle';
import { CONSEQUENCES } from '../../domain/outcomes';
import { isIsoDate } from '../../domain/periods';
import type { RawInput } from '../parse-input';

/** Which case: an unknown or malformed id is "not found" (openCase), never a form error. */
export const caseRefInput = z.object({ caseId: z.string() });
export type CaseRefInput = RawInput<typeof caseRefInput>;

export const isoDate = z.string().trim().refine(isIsoDate, 'must be a date (YYYY-MM-DD)');

export const createCaseInput = z.object({
  receivedOn: isoDate,
  channel: z.enum(CHANNELS, { message: 'choose how the report arrived' }).default('email'),
  categories: z.array(z.string().trim().min(1)).default([]),
  safetyRisk: z.boolean().nullable().default(null),
  ongoingHarassment: z.enum(ONGOING_HARASSMENT).nullable().default(null),
  spaceIds: z.array(z.uuid()).default([]),
  narrative: z.string().max(100_000, 'must be at most 100,000 characters').optional(),
});
export type CreateCaseInput = RawInput<typeof createCaseInput>;


export const stageInput = z.enum(CASE_STAGES);

/** Partial: only the fields present change. Absent means "leave as is". */
const updateCaseDetailsInput = z.object({
  receivedOn: isoDate.optional(),
  channel: z.enum(CHANNELS, { message: 'choose how the report arrived' }).optional(),
  categories: z.array(z.string().trim().min(1)).optional(),
  safetyRisk: z.boolean().nullable().optional(),
  ongoingHarassment: z.enum(ONGOING_HARASSMENT).nullable().optional(),
  spaceIds: z.array(z.uuid()).optional(),
  narrative: z.string().max(100_000, 'must be at most 100,000 characters').optional(),
});
export const caseDetailsInput = caseRefInput.extend(updateCaseDetailsInput.shape);
export type UpdateCaseDetailsInput = RawInput<typeof caseDetailsInput>;

export const noteInput = caseRefInput.extend({
  body: z.string().trim().min(1, 'write the note').max(50_000, 'must be at most 50,000 characters'),
});
export type NoteInput = RawInput<typeof noteInput>;

export const resolveInput = caseRefInput
  .extend({
    resolvedOn: isoDate,
    resolutionSource: z.enum(RESOLUTION_SOURCES, { message: 'choose who resolved the case' }),
    reviewOn: isoDate.nullable().default(null),
    summary: z.string().trim().min(1, 'summarise the actions taken').max(50_000),
    outcome: z.string().trim().min(1, 'describe the outcome').max(50_000),
  })
  .refine((r) => !r.reviewOn || r.reviewOn >= r.resolvedOn, {
    message: 'must not be before the resolution date',
    path: ['reviewOn'],
  });
export type ResolveInput = RawInput<typeof resolveInput>;

export const reopenInput = caseRefInput.extend({ reason: z.string().trim().max(50_000).optional() });
export type ReopenInput = RawInput<typeof reopenInput>;

export const acknowledgeInput = caseRefInput.extend({ on: isoDate.optional() });
export type AcknowledgeInput = RawInput<typeof acknowledgeInput>;

const casePersonFields = z.object({
  /** An existing person code name links the row to that person; blank draws a new code name. */
  personCodeName: z.string().trim().max(60).optional(),
  roleInCase: z.enum(ROLES_IN_CASE, { message: 'choose the role in the case' }).default('reported'),
  consequence: z.enum(CONSEQUENCES, { message: 'choose a consequence' }).nullable().default(null),
  suspensionFrom: isoDate.nullable().default(null),
  suspensionUntil: isoDate.nullable().default(null),
  flagged: z.boolean().default(false),
});
const suspensionInOrder = (p: { suspensionFrom: string | null; suspensionUntil: string | null }) => !p.suspensionFrom || !p.suspensionUntil || p.suspensionFrom <= p.suspensionUntil;
const suspensionOrder = { message: 'must not be before the start of the suspension', path: ['suspensionUntil'] };
/** A new person row of a case. */
export const casePersonFormInput = caseRefInput.extend(casePersonFields.shape).refine(suspensionInOrder, suspensionOrder);
export type CasePersonFormInput = RawInput<typeof casePersonFormInput>;
/** A change to one person row of a case (its id is `rowId`). */
export const casePersonRowInput = caseRefInput.extend({ rowId: z.string(), ...casePersonFields.shape }).refine(suspensionInOrder, suspensionOrder);
export type CasePersonRowInput = RawInput<typeof casePersonRowInput>;

export const LIST_SORTS = ['received_desc', 'received_asc', 'code_name', 'status'] as const;
export const listCasesInput = z.object({
  status: z.enum(['ongoing', 'resolved']).optional(),
  period: z
    .string()
    .trim()
    .regex(/^\d{4}(-H[12])?$/i, 'must be a year or a half-year like 2025-H1')
    .optional(),
  spaceId: z.uuid().optional(),
  consequence: z.enum(CONSEQUENCES).optional(),
  stage: z.enum(CASE_STAGES).optional(),
  sort: z.enum(LIST_SORTS).default('received_desc'),
});
export type ListCasesInput = RawInput<typeof listCasesInput>;
