// Reports that came in through the public form: the receipt that lets the reporter follow them,
// how to reach the reporter (sealed), the form's other answers (sealed), and when the working
// group owes the reporter an answer. Messages with the reporter are case events (register.ts),
// so they sit on the case's timeline with their bodies sealed like every other event.
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { cases } from './register';

export const reports = pgTable('reports', {
  caseId: uuid('case_id').primaryKey().references(() => cases.id),
  /** A keyed hash of the receipt code; the code itself is shown once and never stored. */
  receiptHash: text('receipt_hash').notNull().unique(),
  /** The reporter's email, if they gave one; null when they chose to stay anonymous. */
  contactSealed: text('contact_sealed'),
  /** A keyed hash of that email, so a sign-in link can be sent to it without unsealing every report. */
  contactIndex: text('contact_index'),
  /** The form's other answers (where, links, context, language…), one sealed JSON document. */
  detailsSealed: text('details_sealed'),
  acknowledgeBy: timestamp('acknowledge_by', { withTimezone: true }).notNull(),
  respondBy: timestamp('respond_by', { withTimezone: true }).notNull(),
  /** The working group's first message to the reporter. */
  firstRespondedAt: timestamp('first_responded_at', { withTimezone: true }),
  createdAt: createdAt(),
}, (t) => [index('reports_contact_index').on(t.contactIndex)]);

/**
 * One-time sign-in links to the portal, mailed to the address a reporter gave. The link's token is
 * stored only as a keyed hash, works once, and expires soon.
 */
export const portalLinks = pgTable('portal_links', {
  tokenHash: text('token_hash').primaryKey(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => cases.id),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
}, (t) => [index('portal_links_case').on(t.caseId)]);

/** The working group's own wording of the messages it sends reporters; a missing row means the default. */
export const messageTemplates = pgTable('message_templates', {
  key: text('key').primaryKey(), // acknowledgement | handled_locally | more_information | outcome
  body: text('body').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
