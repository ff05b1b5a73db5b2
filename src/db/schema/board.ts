// The board's own work (DOMAIN.md "Life of a report" 8–9, "Accountability"): its decisions on
// requests for reconsideration and escalations, the chair's reports to it after a resolution,
// and the information it asks the working group for. Free text is sealed; rows name cases by id
// and members by id, never a person.
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { members } from './organisation';
import { cases, reconsiderations } from './register';

/**
 * How the board decided one request for reconsideration (or escalation): what it reviewed and
 * why it decided as it did, both sealed. The outcome itself stays on the request row
 * (reconsiderations.result), where the annual report counts it.
 */
export const boardDecisions = pgTable('board_decisions', {
  id: id(),
  reconsiderationId: uuid('reconsideration_id')
    .notNull()
    .unique()
    .references(() => reconsiderations.id),
  decidedBy: uuid('decided_by').references(() => members.id),
  decidedOn: date('decided_on').notNull(),
  reviewSealed: text('review_sealed'),
  reasonsSealed: text('reasons_sealed').notNull(),
  createdAt: createdAt(),
});

/** The chair's summary of a resolved case for the board: code name only, sealed. */
export const boardReports = pgTable(
  'board_reports',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    filedBy: uuid('filed_by').references(() => members.id),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    summarySealed: text('summary_sealed').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('board_reports_case_idx').on(t.caseId)],
);

/** A board member's request for information to the working group, optionally about one case. */
export const informationRequests = pgTable(
  'information_requests',
  {
    id: id(),
    requestedBy: uuid('requested_by').references(() => members.id),
    caseId: uuid('case_id').references(() => cases.id),
    requestSealed: text('request_sealed').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    answeredBy: uuid('answered_by').references(() => members.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answerSealed: text('answer_sealed'),
    createdAt: createdAt(),
  },
  (t) => [index('information_requests_requested_idx').on(t.requestedAt)],
);
