import { z } from 'zod';
import { credentialsShape, passwordsMatch } from '../members/credentials';
import type { RawInput } from '../parse-input';

export const setupSchema = z
  .object({
    organisationName: z.string().trim().min(1, 'Enter the organisation’s name').max(200),
    displayName: z.string().trim().min(1, 'Enter your name').max(200),
    email: z.email({ message: 'Enter an email address, like name@example.org' }).max(320),
    ...credentialsShape,
  })
  .superRefine(passwordsMatch);
export type SetupInput = RawInput<typeof setupSchema>;
