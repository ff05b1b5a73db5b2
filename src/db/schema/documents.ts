// The working group's published documentation (manual, reporting guide, enforcement ladder, …) and
// what the community sends about it. Public text throughout: no case is ever mentioned here.
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';

/** One document the working group works by, addressed on the public site by its slug. */
export const documents = pgTable(
  'documents',
  {
    id: id(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    /** Changes to the code of conduct itself need the board's recorded approval before they go public. */
    codeOfConduct: boolean('code_of_conduct').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('documents_slug_key').on(t.slug)],
);

/**
 * Every saved version of a document: the Markdown text, what changed (summary) and why
 * (rationale). The summary and rationale are public text, reviewed before the version is shown
 * (src/services/public-text, subject `document_summary` keyed by this row's id). Versions recorded
 * before Candor hosted documents have no body, only the address where they were published.
 */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: id(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    /** Order within the document: 1, 2, 3… */
    seq: integer('seq').notNull(),
    version: text('version').notNull(),
    publishedOn: date('published_on').notNull(),
    body: text('body'),
    summary: text('summary').notNull(),
    rationale: text('rationale').notNull().default(''),
    url: text('url'),
    boardApprovedBy: uuid('board_approved_by'),
    boardApprovedAt: timestamp('board_approved_at', { withTimezone: true }),
    /** Where the board decided, e.g. "board meeting of 2 March, item 4". */
    boardApprovalNote: text('board_approval_note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('document_versions_version_key').on(t.documentId, t.version),
    uniqueIndex('document_versions_seq_key').on(t.documentId, t.seq),
    index('document_versions_published_idx').on(t.publishedOn),
  ],
);

/**
 * What the public sends through the community forms: a question about the process, a suggestion,
 * or a proposed change to a document. The submitter's words are sealed (they may name someone) and
 * never shown publicly; nothing identifies the submitter (no address, no user agent, no contact).
 * The working group triages each one and words what the public sees (`public_text`, reviewed as
 * public text, subject `community_answer`).
 */
export const communitySubmissions = pgTable(
  'community_submissions',
  {
    id: id(),
    kind: text('kind').notNull(), // question | suggestion | proposal
    documentId: uuid('document_id').references(() => documents.id),
    bodySealed: text('body_sealed').notNull(),
    status: text('status').notNull().default('new'), // new | accepted | declined | answered
    publicTitle: text('public_title'),
    publicText: text('public_text'),
    /** The document version whose change resolved an accepted proposal (linked from the changelog). */
    resolvedByVersionId: uuid('resolved_by_version_id').references(() => documentVersions.id),
    triagedBy: uuid('triaged_by'),
    triagedAt: timestamp('triaged_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('community_submissions_status_idx').on(t.status)],
);
