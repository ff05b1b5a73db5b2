import { z } from 'zod';
import { MEMBER_ROLES } from '../../domain/access';
import { CONFLICT_REASONS } from '../../domain/conflicts';
import type { RawInput } from '../parse-input';
import { credentialsShape, passwordsMatch } from './credentials';

export const INVITE_TTL_DAYS = 7;

export const inviteSchema = z
  .object({
    displayName: z.string().trim().min(1, 'Enter their name').max(200),
    email: z.email({ message: 'Enter an email address, like name@example.org' }).max(320),
    role: z.enum(MEMBER_ROLES, { message: 'Choose a role' }),
    spaceIds: z.array(z.uuid({ message: 'Choose spaces from the list' })).default([]),
    /** The command line names spaces by slug. */
    spaceSlugs: z.array(z.string()).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.role === 'local' && v.spaceIds.length === 0 && v.spaceSlugs.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['spaceIds'], message: 'Choose at least one space for a local representative' });
    }
  });
export type InviteInput = RawInput<typeof inviteSchema>;

export const enrolSchema = z.object({ token: z.string().min(20).max(100), ...credentialsShape }).superRefine(passwordsMatch);
export type EnrolInput = RawInput<typeof enrolSchema>;

export const declareConflictsSchema = z.object({
  conflicts: z
    .array(
      z.object({
        caseId: z.uuid(),
        reason: z.enum(CONFLICT_REASONS, { message: 'Choose a reason' }),
        details: z.string().trim().max(2000).default(''),
      }),
    )
    .default([]),
});
export type DeclareConflictsInput = RawInput<typeof declareConflictsSchema>;

export const memberRefSchema = z.object({ memberId: z.uuid({ message: 'Unknown member' }) });
export type MemberRefInput = RawInput<typeof memberRefSchema>;
export const identityAccessSchema = z.object({ memberId: z.uuid({ message: 'Unknown member' }), granted: z.boolean() });
export type IdentityAccessInput = RawInput<typeof identityAccessSchema>;
export const decideGrantSchema = z.object({ grantId: z.uuid({ message: 'Unknown request' }), approve: z.boolean() });
export type DecideGrantInput = RawInput<typeof decideGrantSchema>;
