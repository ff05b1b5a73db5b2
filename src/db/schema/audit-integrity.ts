// What proves the audit trail outside its own rows: the anchors written to the anchor file (mirrored
// here so the board's pages can show the last one; the file is the authority) and the outcome of
// each `candor audit verify`.
import { bigint, bigserial, boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const auditAnchors = pgTable('audit_anchors', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  entryId: bigint('entry_id', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

export const auditVerifications = pgTable('audit_verifications', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  ok: boolean('ok').notNull(),
  checked: integer('checked').notNull(),
  anchorsChecked: integer('anchors_checked').notNull(),
  /** The first bad entry and why; null when the chain verified. */
  firstBadId: bigint('first_bad_id', { mode: 'number' }),
  reason: text('reason'),
});
