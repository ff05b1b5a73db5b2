// Record keeping (decision 030): what has been expunged from which case under the retention rules,
// and the reporters who asked for their identity to be removed once their case is resolved.
import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { RETENTION_KINDS } from '../../domain/retention';
import { cases } from './register';

/** One row per case and kind, written when a chair confirmed the expungement; never content. */
export const expungements = pgTable(
  'expungements',
  {
    caseId: uuid('case_id').notNull().references(() => cases.id),
    kind: text('kind', { enum: RETENTION_KINDS }).notNull(),
    dueOn: date('due_on').notNull(),
    confirmedBy: uuid('confirmed_by'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.kind] })],
);

export const reporterRemovalRequests = pgTable('reporter_removal_requests', {
  caseId: uuid('case_id').primaryKey().references(() => cases.id),
  requestedOn: date('requested_on').notNull(),
  recordedBy: uuid('recorded_by'),
});

/** Due items the chairs were told about (by a content-free mail), so the daily job tells them once. */
export const retentionNotices = pgTable(
  'retention_notices',
  {
    caseId: uuid('case_id').notNull().references(() => cases.id),
    kind: text('kind', { enum: RETENTION_KINDS }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.kind] })],
);
