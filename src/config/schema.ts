import { z } from 'zod';
import { CONSEQUENCES } from '../domain/outcomes';
import { DEFAULT_MINOR_CONSEQUENCES } from '../domain/retention';
import { isValidTimeZone } from '../domain/periods';
import { SPACE_KINDS } from '../domain/spaces';

const email = z.email({ message: 'must be an email address' });

export const DEFAULT_VIOLATION_CATEGORIES = [
  'Harassment',
  'Sexual harassment',
  'Discrimination',
  'Threats or violence',
  'Personal attacks',
  'Doxxing or privacy violation',
  'Disruptive behaviour',
  'Spam or advertising',
  'Other',
];

const spaceSchema = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes'),
  name: z.string().min(1, 'must not be empty'),
  kind: z.enum(SPACE_KINDS),
  group: z.string().min(1).optional(),
  publishesOwnReport: z.boolean().default(false),
  contacts: z.array(email).default([]),
});

export const configSchema = z
  .object({
    organisation: z
      .object({
        name: z.string().min(1, 'must not be empty').default('Example Foundation'),
        workingGroupName: z.string().min(1).default('Code of Conduct Working Group'),
        contactEmail: email.default('conduct@example.org'),
        boardEmail: email.optional(),
        timeZone: z
          .string()
          .refine(isValidTimeZone, 'is not a known IANA time zone (e.g. Europe/Amsterdam)')
          .default('UTC'),
        publicUrl: z.url({ message: 'must be a URL' }).default('http://localhost:3000'),
      })
      .strict()
      .prefault({}),
    spaces: z.array(spaceSchema).default([]),
    violationCategories: z.array(z.string().min(1)).min(1).default(DEFAULT_VIOLATION_CATEGORIES),
    consequences: z
      .object({
        enabled: z.array(z.enum(CONSEQUENCES)).min(1).default([...CONSEQUENCES]),
      })
      .strict()
      .prefault({}),
    disclosure: z
      .object({
        k: z.number().int().min(2, 'must be at least 2').max(20, 'must be at most 20').default(3),
        headline: z
          .string()
          // Removed, not renamed: see docs/decisions/010-reader-model.md ("The masked headline").
          .refine((v) => v !== 'masked', 'the "masked" setting was removed: with masked six-monthly figures no annual report could be published (a year total of k or more proves both masked halves are at least 1); use exact')
          // Removed for the same reason: see docs/decisions/022-annual-report-never-refused.md.
          .refine((v) => v !== 'round5', 'the "round5" setting was removed: with rounded six-monthly figures no annual report could be published (the year\'s figures are sums of the rounded halves, and shown beside them they narrow or give away the small ones); use exact')
          .pipe(z.enum(['exact'], { message: 'must be exact' }))
          .default('exact'),
      })
      .strict()
      .prefault({}),
    // What the working group owes and by when (src/domain/deadlines.ts); the manual's defaults.
    deadlines: z
      .object({
        acknowledgeWithinHours: z.number().int().min(1, 'must be at least 1').max(24 * 14, 'must be at most 336').default(24),
        firstResponseWithinDays: z.number().int().min(1, 'must be at least 1').max(90, 'must be at most 90').default(7),
        urgentReviewWithinHours: z.number().int().min(1, 'must be at least 1').max(24 * 7, 'must be at most 168').default(24),
        reviewNoticeDays: z.number().int().min(0).max(365, 'must be at most 365').default(14),
        suspensionNoticeDays: z.number().int().min(0).max(365, 'must be at most 365').default(14),
        // Days the members have to vote on a proposed resolution before the board decides (decision 034).
        votingDays: z.number().int().min(1, 'must be at least 1').max(90, 'must be at most 90').default(14),
      })
      .strict()
      .prefault({}),
    server: z
      .object({
        port: z.number().int().min(1).max(65535).default(3000),
        host: z.string().default('127.0.0.1'),
      })
      .strict()
      .prefault({}),
    // Record keeping (DOMAIN.md): what becomes due for expungement, and when. Nothing is destroyed
    // until a chair confirms it on /wg/retention (decision 030).
    retention: z
      .object({
        minorRecords: z
          .object({
            // Months after resolution before a minor record is due; null turns the rule off.
            afterMonths: z.number().int().min(1).max(1200).nullable().default(24),
            consequences: z.array(z.enum(CONSEQUENCES)).min(1).default([...DEFAULT_MINOR_CONSEQUENCES]),
          })
          .strict()
          .prefault({}),
        reporterIdentity: z
          .object({
            // Days after resolution before a reporter's identity is removed, when they asked; null: off.
            afterDays: z.number().int().min(0).max(3650).nullable().default(0),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    mail: z
      .object({
        from: email.default('candor@localhost'),
        // smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465; CANDOR_SMTP_URL
        // in the environment wins, and keeps the password out of the file.
        smtpUrl: z
          .string()
          .refine((v) => /^smtps?:\/\/[^\s]+$/.test(v), 'must be an smtp:// or smtps:// URL')
          .optional(),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
