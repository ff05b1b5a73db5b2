import { z } from 'zod';
import type { RawInput } from '../parse-input';

const reviewId = z.string().trim().regex(/^[0-9a-f-]{36}$/i, 'is not a text under review');
const textHash = z.string().trim().regex(/^[0-9a-f]{64}$/, 'reload the page: the text is not the one you saw');

export const overrideInput = z.object({
  reviewId,
  textHash,
  // A form sends the index as text; a blank must not read as finding 0.
  finding: z.union([z.number().int().min(0), z.string().trim().regex(/^\d+$/, 'choose a finding').transform(Number)], { message: 'choose a finding' }),
  reason: z.string().trim().min(3, 'say why this finding may be published').max(1_000, 'must be at most 1,000 characters'),
});

export type OverrideInput = RawInput<typeof overrideInput>;

export const approveInput = z.object({ reviewId, textHash });
export type ApproveInput = RawInput<typeof approveInput>;

// A text to read: an unknown or malformed id is "not found" (findReview), never a form error.
export const reviewRefInput = z.object({ reviewId: z.string() });
export type ReviewRefInput = RawInput<typeof reviewRefInput>;
