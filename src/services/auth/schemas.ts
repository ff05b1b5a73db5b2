import { z } from 'zod';
import { passwordField, passwordsMatch } from '../members/credentials';

export const loginSchema = z.object({
  email: z.string({ error: 'Enter your email address' }).trim().min(1, 'Enter your email address').max(320),
  password: z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(1000),
  code: z.string({ error: 'Enter the 6-digit code from your authenticator app' }).trim().min(1, 'Enter the 6-digit code from your authenticator app').max(20),
});
export type LoginInput = z.input<typeof loginSchema>;

// New passwords follow one policy (length, not a common one): members/credentials passwordField.
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password' }).min(1, 'Enter your current password').max(1000),
    password: passwordField,
    passwordConfirm: z.string(),
  })
  .superRefine(passwordsMatch);
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const PASSWORD_RESET_TTL_HOURS = 24;

export const resetPasswordSchema = z
  .object({
    token: z.string().min(20).max(100),
    password: passwordField,
    passwordConfirm: z.string(),
    code: z.string().trim().regex(/^\d{6}$/, 'Enter the 6-digit code your authenticator app shows'),
  })
  .superRefine(passwordsMatch);
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
