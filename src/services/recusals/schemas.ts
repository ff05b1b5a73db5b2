import { z } from 'zod';
import { CONFLICT_REASONS } from '../../domain/conflicts';
import type { RawInput } from '../parse-input';

// A case is named by its id; an unknown or malformed id is answered as "not found" by the verb
// (never as a form error), so nobody learns which ids exist.
const caseId = z.string();

export const declareRecusalInput = z
  .object({
    caseId,
    reason: z.enum(CONFLICT_REASONS, { message: 'choose the kind of conflict' }),
    details: z.string().trim().max(10_000, 'must be at most 10,000 characters').optional(),
  })
  .refine((r) => r.reason !== 'other' || (r.details ?? '').length > 0, {
    message: 'describe the conflict',
    path: ['details'],
  });
export type DeclareRecusalInput = RawInput<typeof declareRecusalInput>;

export const requestWithdrawalInput = z.object({
  caseId,
  confirm: z.literal('yes', { message: 'confirm that the conflict no longer applies' }),
});

export type RequestWithdrawalInput = RawInput<typeof requestWithdrawalInput>;

export const decideWithdrawalInput = z.object({
  caseId,
  memberId: z.uuid({ message: 'choose a member who asked to withdraw a conflict' }),
  decision: z.enum(['confirmed', 'refused'], { message: 'confirm or refuse the withdrawal' }),
});
export type DecideWithdrawalInput = RawInput<typeof decideWithdrawalInput>;

export const exclusionInput = z.object({ caseId, memberId: z.uuid({ message: 'choose a member' }) });
export type ExclusionInput = RawInput<typeof exclusionInput>;

export const liftExclusionInput = z.object({ caseId, memberId: z.uuid({ message: 'choose an excluded member' }) });

export const ownRecusalInput = z.object({ caseId });
export type OwnRecusalInput = RawInput<typeof ownRecusalInput>;
