import { z } from 'zod';
import { PERSON_CODE_MAX, PERSON_CODE_MIN } from '../../domain/tracking-sheet';
import type { RawInput } from '../parse-input';

// A person, by id: an unknown or malformed id is answered "not found" by the verb.
const personId = z.string();

const list = (label: string) =>
  z.array(z.string().trim().min(1, `an empty ${label} is not allowed`).max(500)).default([]);

export const identityInput = z.object({
  realNames: list('name'),
  aliases: list('alias'),
  emails: z.array(z.email({ message: 'must be an email address' })).default([]),
  usernames: list('username'),
});

export const updateIdentityInput = identityInput.extend({ personId });
export type UpdateIdentityInput = RawInput<typeof updateIdentityInput>;
export type Identity = z.output<typeof identityInput>;

export const createPersonInput = z.object({
  codeName: z.string().trim().min(PERSON_CODE_MIN).max(PERSON_CODE_MAX).optional(),
  identity: identityInput.optional(),
});

const optionalDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)')
  .nullable()
  .default(null);

/** Flag or ban with a reason (sealed) and an optional expiry. */
export const personStatusInput = z
  .object({
    personId,
    flagged: z.boolean().default(false),
    flagReason: z.string().trim().max(10_000).optional(),
    flagExpiresOn: optionalDate,
    banned: z.boolean().default(false),
    banReason: z.string().trim().max(10_000).optional(),
    banExpiresOn: optionalDate,
    /** Told to an event with a "flagged" or "banned" answer; kept only while a status is set. */
    guidance: z.string().trim().max(2_000, 'must be at most 2,000 characters').optional(),
  })
  .refine((s) => !s.flagged || (s.flagReason ?? '').length > 0, { message: 'give the reason for the flag', path: ['flagReason'] })
  .refine((s) => !s.banned || (s.banReason ?? '').length > 0, { message: 'give the reason for the ban', path: ['banReason'] });
export type PersonStatusInput = RawInput<typeof personStatusInput>;

export const personRefInput = z.object({ personId });
export type PersonRefInput = RawInput<typeof personRefInput>;

export const findPersonInput = z.object({
  identifier: z.string().trim().min(1, 'type a name, email or username').max(500),
});

export const linkCasePersonInput = z.object({
  personId: z.uuid(),
  casePersonId: z.uuid({ message: 'choose a people row' }),
});
