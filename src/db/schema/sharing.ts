// Anonymized sharing outside the working group: attendee and speaker checks (what was disclosed
// to whom; the list itself is never stored) and case studies (a sealed draft, then the approved
// words the public site shows).
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { cases, people } from './register';

/** One attendee check: who ran it, how many rows, and a keyed hash of the list (never the list). */
export const attendeeChecks = pgTable(
  'attendee_checks',
  {
    id: id(),
    memberId: uuid('member_id').notNull(),
    /** The role the member held when they ran it (a local representative or a member). */
    memberRole: text('member_role').notNull(),
    rowCount: integer('row_count').notNull(),
    /** HMAC-SHA-256 of the list under the blind-index key: proves which list was checked, reveals nothing. */
    listHash: text('list_hash').notNull(),
    answered: integer('answered').notNull(),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('attendee_checks_checked_idx').on(t.checkedAt)],
);

/** Each answer a check gave: a person of the identity key disclosed as flagged or banned. */
export const attendeeCheckDisclosures = pgTable(
  'attendee_check_disclosures',
  {
    id: id(),
    checkId: uuid('check_id').notNull().references(() => attendeeChecks.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    status: text('status', { enum: ['flagged', 'banned'] }).notNull(),
    /** Whether the working group's guidance went with the answer. */
    withGuidance: text('with_guidance', { enum: ['yes', 'no'] }).notNull(),
  },
  (t) => [index('attendee_check_disclosures_check_idx').on(t.checkId), index('attendee_check_disclosures_person_idx').on(t.personId)],
);

/**
 * An anonymized case study. The draft (title and body) is sealed while it is written; once a second
 * member has approved it through the public-text review, publishing copies the approved words into
 * the public columns. The case link is internal: no public page shows it.
 */
export const caseStudies = pgTable('case_studies', {
  id: id(),
  caseId: uuid('case_id').notNull().references(() => cases.id),
  /** Public address: a number in order of creation, never derived from the case. */
  number: integer('number').notNull().unique(),
  authorId: uuid('author_id'),
  draftSealed: text('draft_sealed').notNull(),
  publishedTitle: text('published_title'),
  publishedBody: text('published_body'),
  /** The year shown beside a published study (public timestamps are periods). */
  publishedYear: integer('published_year'),
  publishedBy: uuid('published_by'),
  approvedBy: uuid('approved_by'),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  createdAt: createdAt(),
});
