// Shared by first-run setup, enrolment and password change and reset: a new password (and, for a
// new account, its TOTP enrolment).
import { z } from 'zod';
import { isTotpSecret } from '../auth/totp';
import { isCommonPassword } from '../auth/common-passwords';
import { PASSWORD_MIN_LENGTH } from '../auth/passwords';

/** Every new password, at setup, enrolment, change and reset: long enough and not a common one. */
export const passwordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(1000, 'Use at most 1000 characters')
  .refine((p) => !isCommonPassword(p), 'This is one of the 10,000 most common passwords, which attackers try first; choose another');

export const credentialsShape = {
  password: passwordField,
  passwordConfirm: z.string(),
  totpSecret: z.string().trim().refine(isTotpSecret, 'The authenticator secret was damaged; reload the page'),
  code: z.string().trim().regex(/^\d{6}$/, 'Enter the 6-digit code your authenticator app shows'),
};

/** Adds the "passwords match" check to an object schema that includes credentialsShape. */
export function passwordsMatch<T extends { password: string; passwordConfirm: string }>(v: T, ctx: z.RefinementCtx): void {
  if (v.password !== v.passwordConfirm) {
    ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'The two passwords differ' });
  }
}
