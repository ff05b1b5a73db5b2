// Key rotation (decision 031): one row per rotation, its progress kept in the database so a
// rotation that stopped half way (a crash, kill -9) continues where it was.
import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const keyRotations = pgTable('key_rotations', {
  id: uuid('id').primaryKey(),
  /** Fingerprints of the master keys (never the keys). */
  fromKey: text('from_key').notNull(),
  toKey: text('to_key').notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  /** Sealed values and blind indexes moved to the new key so far. */
  moved: integer('moved').notNull().default(0),
  /** Values that were under the old key when the rotation started (the progress bar's total). */
  total: integer('total').notNull().default(0),
  /** Set once the last row moved and the old key left the key file. */
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});
