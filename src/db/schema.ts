// The register's tables. Columns named *_sealed hold envelope-encrypted text (src/privacy/envelope):
// confidential free text and identities never sit in the database in the clear.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);

export const organisation = pgTable('organisation', {
  id: integer('id').primaryKey().default(1),
  name: text('name').notNull(),
  setupCompletedAt: timestamp('setup_completed_at', { withTimezone: true }),
  createdAt: createdAt(),
});

export const members = pgTable(
  'members',
  {
    id: id(),
    displayName: text('display_name').notNull(),
    email: text('email').notNull(),
    role: text('role').notNull(), // member | chair | vice_chair | adviser | board | local
    passwordHash: text('password_hash'),
    totpSealed: text('totp_sealed'),
    // Last accepted TOTP time step: a code is accepted once, so a watched code cannot be replayed.
    totpLastStep: integer('totp_last_step'),
    identityKeyAccess: boolean('identity_key_access').notNull().default(false),
    active: boolean('active').notNull().default(true),
    conflictsDeclaredAt: timestamp('conflicts_declared_at', { withTimezone: true }),
    termEndsOn: date('term_ends_on'),
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }),
    offboardedAt: timestamp('offboarded_at', { withTimezone: true }),
    createdAt: createdAt(),
    // Failed sign-ins since the member last looked, and when their account's throttle last
    // started (someone kept failing): shown to the member until they dismiss it.
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    failedSignInsSince: timestamp('failed_sign_ins_since', { withTimezone: true }),
    signInAlertAt: timestamp('sign_in_alert_at', { withTimezone: true }),
  },
  // One active account per email address; an offboarded member's address can be invited again.
  (t) => [uniqueIndex('members_email_key').on(sql`lower(${t.email})`).where(sql`${t.active}`)],
);

export const memberSpaces = pgTable(
  'member_spaces',
  {
    memberId: uuid('member_id').notNull().references(() => members.id),
    spaceId: uuid('space_id').notNull().references(() => spaces.id),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.spaceId] })],
);

export const invites = pgTable('invites', {
  id: id(),
  tokenHash: text('token_hash').notNull().unique(),
  email: text('email').notNull(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  spaceIds: jsonb('space_ids').$type<string[]>().notNull().default([]),
  createdBy: uuid('created_by'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

// A one-time link a chair issues so a member can set a new password (their authenticator code is
// still asked, so the link alone, or the chair, cannot take the account). Only the token's hash is stored.
export const passwordResets = pgTable('password_resets', {
  id: id(),
  tokenHash: text('token_hash').notNull().unique(),
  memberId: uuid('member_id')
    .notNull()
    .references(() => members.id),
  createdBy: uuid('created_by'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

// A grant of power waiting for a second member: identity-key access for a member, or an
// invitation to a role that may approve grants. Decided once, by someone other than the requester.
export const grantRequests = pgTable(
  'grant_requests',
  {
    id: id(),
    kind: text('kind').notNull(), // identity_key | invite
    memberId: uuid('member_id').references(() => members.id),
    inviteId: uuid('invite_id').references(() => invites.id),
    requestedBy: uuid('requested_by').references(() => members.id),
    createdAt: createdAt(),
    decidedBy: uuid('decided_by').references(() => members.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    approved: boolean('approved'),
  },
  (t) => [index('grant_requests_pending_idx').on(t.decidedAt)],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    memberId: uuid('member_id').notNull().references(() => members.id),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_member_idx').on(t.memberId)],
);

export const spaces = pgTable('spaces', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').notNull(), // online | event | affiliated
  groupName: text('group_name').notNull(),
  publishesOwnReport: boolean('publishes_own_report').notNull().default(false),
  contacts: jsonb('contacts').$type<string[]>().notNull().default([]),
  createdAt: createdAt(),
});

export const cases = pgTable(
  'cases',
  {
    id: id(),
    codeName: text('code_name').notNull().unique(),
    receivedOn: date('received_on').notNull(),
    channel: text('channel').notNull().default('email'),
    status: text('status').notNull().default('ongoing'),
    stage: text('stage').notNull().default('received'),
    resolutionSource: text('resolution_source').notNull().default('none'),
    resolvedOn: date('resolved_on'),
    reviewOn: date('review_on'),
    acknowledgedOn: date('acknowledged_on'),
    safetyRisk: boolean('safety_risk'),
    ongoingHarassment: text('ongoing_harassment'),
    categories: jsonb('categories').$type<string[]>().notNull().default([]),
    narrativeSealed: text('narrative_sealed'),
    documentsSealed: text('documents_sealed'),
    resolutionSealed: text('resolution_sealed'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cases_received_idx').on(t.receivedOn)],
);

export const caseSpaces = pgTable(
  'case_spaces',
  {
    caseId: uuid('case_id').notNull().references(() => cases.id),
    spaceId: uuid('space_id').notNull().references(() => spaces.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.spaceId] })],
);

/** Append-only history of a case; the row in `cases` is derived from it. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    kind: text('kind').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    bodySealed: text('body_sealed'),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.id)],
);

/** The identity key: real identities behind person code names. Restricted access. */
export const people = pgTable('people', {
  id: id(),
  codeName: text('code_name').notNull().unique(),
  identitySealed: text('identity_sealed'),
  flagged: boolean('flagged').notNull().default(false),
  flagReasonSealed: text('flag_reason_sealed'),
  flagExpiresOn: date('flag_expires_on'),
  banned: boolean('banned').notNull().default(false),
  banReasonSealed: text('ban_reason_sealed'),
  banExpiresOn: date('ban_expires_on'),
  createdAt: createdAt(),
});

export const personIndexes = pgTable(
  'person_indexes',
  {
    personId: uuid('person_id').notNull().references(() => people.id),
    kind: text('kind').notNull(), // name | email | username
    digest: text('digest').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.kind, t.digest] }), index('person_indexes_digest_idx').on(t.digest)],
);

export const casePeople = pgTable(
  'case_people',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    personId: uuid('person_id').references(() => people.id),
    roleInCase: text('role_in_case').notNull().default('reported'),
    consequence: text('consequence'),
    suspensionFrom: date('suspension_from'),
    suspensionUntil: date('suspension_until'),
    flagged: boolean('flagged').notNull().default(false),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('case_people_case_idx').on(t.caseId), index('case_people_person_idx').on(t.personId)],
);

export const recusals = pgTable(
  'recusals',
  {
    caseId: uuid('case_id').notNull().references(() => cases.id),
    memberId: uuid('member_id').notNull().references(() => members.id),
    reason: text('reason').notNull(), // involved | relationship | employer | private_information | other | excluded
    detailsSealed: text('details_sealed'),
    declaredBy: uuid('declared_by'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.memberId] })],
);

export const caseShares = pgTable(
  'case_shares',
  {
    caseId: uuid('case_id').notNull().references(() => cases.id),
    memberId: uuid('member_id').notNull().references(() => members.id),
    sharedBy: uuid('shared_by'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.memberId] })],
);

export const accessRequests = pgTable('access_requests', {
  id: id(),
  caseId: uuid('case_id').notNull().references(() => cases.id),
  memberId: uuid('member_id').notNull().references(() => members.id),
  reasonSealed: text('reason_sealed').notNull(),
  status: text('status').notNull().default('pending'), // pending | granted | refused
  decidedBy: uuid('decided_by'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  createdAt: createdAt(),
});

export const attachments = pgTable('attachments', {
  id: id(),
  caseId: uuid('case_id').notNull().references(() => cases.id),
  filenameSealed: text('filename_sealed').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  contentSealed: text('content_sealed').notNull(),
  uploadedBy: uuid('uploaded_by'),
  createdAt: createdAt(),
});

/**
 * A party's request that the board review a case's decision (DOMAIN.md "Reconsideration").
 * Who asked is recorded only as their role in the case; the request's text stays sealed.
 */
export const reconsiderations = pgTable(
  'reconsiderations',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    requestedOn: date('requested_on').notNull(),
    requestedBy: text('requested_by').notNull(), // reporter | reported
    result: text('result').notNull().default('pending'), // pending | upheld | changed | withdrawn
    decidedOn: date('decided_on'),
    detailsSealed: text('details_sealed'),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('reconsiderations_case_idx').on(t.caseId), index('reconsiderations_requested_idx').on(t.requestedOn)],
);

/**
 * An action one member took alone because harm was ongoing or someone's safety was threatened;
 * it must be reported to, and reviewed by, the working group within 24 hours.
 */
export const unilateralActions = pgTable(
  'unilateral_actions',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    memberId: uuid('member_id').notNull().references(() => members.id),
    action: text('action').notNull(), // ban | block | removal | authorities | other
    detailsSealed: text('details_sealed'),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewResult: text('review_result'), // confirmed | changed | reversed
    reviewedBy: uuid('reviewed_by'),
    createdAt: createdAt(),
  },
  (t) => [index('unilateral_actions_case_idx').on(t.caseId), index('unilateral_actions_taken_idx').on(t.takenAt)],
);

/** Published policy documents and their versions: the documentation changelog. Public text. */
export const documents = pgTable(
  'documents',
  {
    id: id(),
    title: text('title').notNull(),
    version: text('version').notNull(),
    publishedOn: date('published_on').notNull(),
    summary: text('summary').notNull(),
    url: text('url'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('documents_title_version_key').on(t.title, t.version), index('documents_published_idx').on(t.publishedOn)],
);

/** Hash-chained, append-only. No foreign keys: history outlives the records it mentions. */
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  actorId: uuid('actor_id'),
  actorLabel: text('actor_label').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityRef: text('entity_ref'),
  details: jsonb('details').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

/** Immutable public releases; a correction is a new version of the same key. */
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

export const outbox = pgTable('outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  sendAfter: timestamp('send_after', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/**
 * The review of one free text before it goes public (a release note, an annual report section, a
 * document changelog entry). Bound to the SHA-256 of the exact text: an edit starts a new review.
 * Findings hold offsets and labels only, never the matched words; override reasons are sealed.
 */
export const publicTextReviews = pgTable(
  'public_text_reviews',
  {
    id: id(),
    subjectKind: text('subject_kind').notNull(), // publication_note | annual_section | document_summary
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
