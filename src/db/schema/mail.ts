// Outgoing mail: a transactional outbox (src/services/mail). A message row is written in the
// same transaction as the event that causes it; the server's mail worker sends it later.
// Subject and body never carry case content (built only by src/services/mail/messages.ts); the
// recipient's address is sealed, since a reporter's address is confidential.
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';

export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    /** Which message (MAIL_TEMPLATES): says what kind of mail it is without opening the address. */
    template: text('template').notNull(),
    toAddressSealed: text('to_address_sealed').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    attempts: integer('attempts').notNull().default(0),
    /** A short reason (an SMTP code or error class), never an address or a server's full answer. */
    lastError: text('last_error'),
    /** Not before this time: the backoff after a failure, or the lease of a worker sending it. */
    sendAfter: timestamp('send_after', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_unsent').on(t.sendAfter).where(sql`${t.sentAt} is null`)],
);
