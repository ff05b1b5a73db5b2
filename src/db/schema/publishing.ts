// What the working group publishes: releases, the reviews of public text, and the signed
// publication log. Policy documents live in ./documents.
import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';

/** Hash-chained, append-only. No foreign keys: history outlives the records it mentions. */

export const publications = pgTable(
  'publications',
  {
    id: id(),
    kind: text('kind').notNull(), // stats | annual | event
    key: text('key').notNull(), // e.g. 2025-H1, 2025
    version: integer('version').notNull(),
    state: text('state').notNull(), // draft | published
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    note: text('note'),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('publications_version_key').on(t.kind, t.key, t.version)],
);

/**
 * The review of one free text before it goes public (a release note, an annual report section, a
 * document changelog entry). Bound to the SHA-256 of the exact text: an edit starts a new review.
 * Findings hold offsets and labels only, never the matched words; override reasons are sealed.
 */
export const publicTextReviews = pgTable(
  'public_text_reviews',
  {
    id: id(),
    subjectKind: text('subject_kind').notNull(), // publication_note | annual_section | document_summary | community_answer
    subjectId: uuid('subject_id').notNull(),
    field: text('field').notNull(), // note | a section id | summary
    textHash: text('text_hash').notNull(),
    authorId: uuid('author_id'),
    findings: jsonb('findings').$type<Record<string, unknown>[]>().notNull(),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
    approvedBy: uuid('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('public_text_reviews_subject_key').on(t.subjectKind, t.subjectId, t.field)],
);

/**
 * The public publication log: one signed entry per published release version, each hashing the
 * one before (src/domain/publication-log.ts). Append-only; no foreign keys, so that a release
 * row removed behind the log's back leaves its entry, and the verifier notices.
 */
export const publicationLog = pgTable(
  'publication_log',
  {
    seq: integer('seq').primaryKey(),
    prevHash: text('prev_hash').notNull(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    contentHash: text('content_hash').notNull(),
    publishedAt: text('published_at').notNull(), // a month, YYYY-MM: public timestamps are periods
    hash: text('hash').notNull(),
    signature: text('signature').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('publication_log_release_key').on(t.kind, t.key, t.version)],
);

/** The organisation's Ed25519 key that signs the publication log; the private half is sealed. */
export const publicationKeys = pgTable('publication_keys', {
  id: id(),
  publicKey: text('public_key').notNull(), // SPKI PEM
  privateKeySealed: text('private_key_sealed').notNull(), // PKCS#8 PEM, envelope-encrypted
  createdAt: createdAt(),
});
