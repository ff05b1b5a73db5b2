// Messages the working group sends outside itself, composed from a case (src/services/outgoing):
// the draft, its redactions and the composed text are sealed; so are the recipients' addresses.
// Hashes bind a second member's approval to the exact text and recipients they saw.
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { MESSAGE_KINDS, RECIPIENT_KINDS } from '../../domain/outgoing-message';
import { createdAt, id } from './columns';
import { cases } from './register';

export const outgoingMessages = pgTable(
  'outgoing_messages',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    kind: text('kind', { enum: MESSAGE_KINDS }).notNull(),
    recipientKind: text('recipient_kind', { enum: RECIPIENT_KINDS }).notNull(),
    /** JSON array of addresses. */
    recipientsSealed: text('recipients_sealed').notNull(),
    /** Keyed hash of the normalised addresses (not a plain hash: addresses are guessable). */
    recipientsHash: text('recipients_hash').notNull(),
    /** JSON: the author's draft (or its four parts), what they undid (with reasons) and redacted by hand. */
    contentSealed: text('content_sealed').notNull(),
    /** The text that goes out: the draft with the kept replacements applied. */
    textSealed: text('text_sealed').notNull(),
    textHash: text('text_hash').notNull(),
    /** Counts for lists and the audit trail (never words). */
    counts: jsonb('counts').$type<{ proposed: number; undone: number; byHand: number }>().notNull(),
    authorId: uuid('author_id').notNull(),
    editorIds: jsonb('editor_ids').$type<string[]>().notNull().default([]),
    approvedBy: uuid('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedTextHash: text('approved_text_hash'),
    approvedRecipientsHash: text('approved_recipients_hash'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sentBy: uuid('sent_by'),
    /** 'mail' (queued in the outbox) or 'copy' (a member sent it from their own mailbox). */
    sentVia: text('sent_via', { enum: ['mail', 'copy'] }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('outgoing_messages_case_idx').on(t.caseId, t.createdAt)],
);
