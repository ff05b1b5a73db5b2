import { z } from 'zod';

/** Why a member steps back from a case (DOMAIN.md, "Conflicts of interest"). */
export const RECUSAL_REASONS = ['involved', 'relationship', 'employer', 'private_information', 'other'] as const;
export type RecusalReason = (typeof RECUSAL_REASONS)[number];

export const RECUSAL_REASON_LABELS: Record<RecusalReason, string> = {
  involved: 'I am involved in the matter',
  relationship: 'I have a personal relationship with a party',
  employer: 'I share an employer with a party',
  private_information: 'I hold private information that could bias me',
  other: 'Another conflict of interest',
};

export const declareRecusalInput = z
  .object({
    reason: z.enum(RECUSAL_REASONS, { message: 'choose the kind of conflict' }),
    details: z.string().trim().max(10_000, 'must be at most 10,000 characters').optional(),
  })
  .refine((r) => r.reason !== 'other' || (r.details ?? '').length > 0, {
    message: 'describe the conflict',
    path: ['details'],
  });
export type DeclareRecusalInput = z.input<typeof declareRecusalInput>;

export const requestWithdrawalInput = z.object({
  confirm: z.literal('yes', { message: 'confirm that the conflict no longer applies' }),
});

export const decideWithdrawalInput = z.object({
  memberId: z.uuid({ message: 'choose a member who asked to withdraw a conflict' }),
  decision: z.enum(['confirmed', 'refused'], { message: 'confirm or refuse the withdrawal' }),
});
