import { z } from 'zod';
import { CASE_OPTIONS, CONSULTATION_CHANNELS, CONSULTED_PARTIES } from '../../domain/decisions';
import { CONSEQUENCES } from '../../domain/outcomes';
import { SEVERITIES, VOTE_CHOICES } from '../../domain/quorum';
import type { RawInput } from '../parse-input';

// Ids are strings: an unknown or malformed id is answered "not found" by the verb (decision 020).
const caseId = z.string();
const text = (max: number) => z.string().trim().max(max, `must be at most ${max.toLocaleString('en')} characters`).optional();

const personItem = z
  .object({
    casePersonId: z.string(),
    consequence: z.enum(CONSEQUENCES, { message: 'choose a consequence' }),
    suspensionDays: z.coerce.number().int('must be whole days').min(1, 'must be at least 1 day').max(3650, 'must be at most 3,650 days').optional(),
    conditions: text(5_000),
    expectedChanges: text(5_000),
    repair: text(5_000),
  })
  .refine((p) => !['first_suspension', 'second_suspension'].includes(p.consequence) || p.suspensionDays !== undefined, {
    message: 'a suspension needs its length in days',
    path: ['suspensionDays'],
  })
  .refine((p) => ['first_suspension', 'second_suspension'].includes(p.consequence) || p.suspensionDays === undefined, {
    message: 'only a suspension has a length',
    path: ['suspensionDays'],
  });

export const proposeResolutionInput = z
  .object({
    caseId,
    severity: z.enum(SEVERITIES, { message: 'choose ordinary, or very severe or legal' }).default('ordinary'),
    people: z.array(personItem).max(50).default([]),
    caseOptions: z.array(z.enum(CASE_OPTIONS, { message: 'choose from the listed options' })).max(CASE_OPTIONS.length).default([]),
    summary: text(20_000),
  })
  .refine((p) => p.people.length > 0 || p.caseOptions.length > 0 || (p.summary ?? '').length > 0, {
    message: 'propose a consequence for someone, a case-level option or a written resolution',
    path: ['form'],
  })
  .refine((p) => new Set(p.people.map((x) => x.casePersonId)).size === p.people.length, {
    message: 'each person appears once in a proposal',
    path: ['people'],
  });
export type ProposeResolutionInput = RawInput<typeof proposeResolutionInput>;

export const castVoteInput = z.object({
  caseId,
  choice: z.enum(VOTE_CHOICES, { message: 'choose agree, disagree or abstain' }),
  note: text(5_000),
});
export type CastVoteInput = RawInput<typeof castVoteInput>;

export const caseDecisionInput = z.object({ caseId });
export type CaseDecisionInput = RawInput<typeof caseDecisionInput>;

export const recordConsultationInput = z.object({
  caseId,
  party: z.enum(CONSULTED_PARTIES, { message: 'choose who was consulted' }),
  channel: z.enum(CONSULTATION_CHANNELS, { message: 'choose how they were consulted' }),
  feedback: text(20_000),
});
export type RecordConsultationInput = RawInput<typeof recordConsultationInput>;
