import { z } from 'zod';
import { passwordField, passwordsMatch } from '../members/credentials';
import type { RawInput } from '../parse-input';

export const loginSchema = z.object({
  email: z.string({ error: 'Enter your email address' }).trim().min(1, 'Enter your email address').max(320),
  password: z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(1000),
  code: z.string({ error: 'Enter the 6-digit code from your authenticator app' }).trim().min(1, 'Enter the 6-digit code from your authenticator app').max(20),
});
export type LoginInput = RawInput<typeof loginSchema>;

// New passwords follow one policy (length, not a common one): members/credentials passwordField.
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password' }).min(1, 'Enter your current password').max(1000),
    password: passwordField,
    passwordConfirm: z.string(),
  })
  .superRefine(passwordsMatch);
export type ChangePasswordInput = RawInput<typeof changePasswordSchema>;

export const PASSWORD_RESET_TTL_HOURS = 24;

export const resetPasswordSchema = z
  .object({
    token: z.string().min(20).max(100),
    password: passwordField,
    passwordConfirm: z.string(),
    code: z.string().trim().regex(/^\d{6}$/, 'Enter the 6-digit code your authenticator app shows'),
  })
  .superRefine(passwordsMatch);
export type ResetPasswordInput = RawInput<typeof resetPasswordSchema>;

// A session cookie or a link's token. Its length is checked by the verb, which answers an
// implausible one as it answers an unknown one (no session, or not found), never as a form error.
export const tokenInput = z.object({ token: z.string() });
export type TokenInput = RawInput<typeof tokenInput>;
