import { z } from 'zod';
import type { RawInput } from '../parse-input';

export const requestAccessInput = z.object({
  caseCodeName: z.string().trim().min(1, 'give the case code name').max(100),
  reason: z.string().trim().min(10, 'explain why the board needs this record (at least 10 characters)').max(10_000),
});
export type RequestAccessInput = RawInput<typeof requestAccessInput>;

export const MAX_GRANT_DAYS = 30;

export const decideAccessInput = z.discriminatedUnion('decision', [
  z.object({
    requestId: z.string(),
    decision: z.literal('grant'),
    days: z.coerce.number({ message: 'give a number of days' }).int('give a whole number of days').min(1, 'at least 1 day').max(MAX_GRANT_DAYS, `at most ${MAX_GRANT_DAYS} days`).default(7),
  }),
  z.object({ requestId: z.string(), decision: z.literal('refuse') }),
], { message: 'choose to grant or refuse' });
export type DecideAccessInput = RawInput<typeof decideAccessInput>;
