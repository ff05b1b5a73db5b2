// The case register. Columns named *_sealed hold envelope-encrypted text (src/privacy/envelope):
// confidential free text and identities never sit in the database in the clear.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RECONSIDERATION_REQUESTERS, RECONSIDERATION_RESULTS, URGENT_ACTIONS, URGENT_REVIEW_RESULTS } from '../../domain/case-reviews';
import { CASE_STAGES, CHANNELS, ROLES_IN_CASE } from '../../domain/case-lifecycle';
import { CASE_STATUSES, ONGOING_HARASSMENT, RESOLUTION_SOURCES } from '../../domain/case-status';
import { RECUSAL_KINDS } from '../../domain/conflicts';
import { CONSEQUENCES } from '../../domain/outcomes';
import { createdAt, id } from './columns';
import { members, spaces } from './organisation';

export const cases = pgTable(
  'cases',
  {
    id: id(),
    codeName: text('code_name').notNull().unique(),
    receivedOn: date('received_on').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull().default('email'),
    status: text('status', { enum: CASE_STATUSES }).notNull().default('ongoing'),
    stage: text('stage', { enum: CASE_STAGES }).notNull().default('received'),
    resolutionSource: text('resolution_source', { enum: RESOLUTION_SOURCES }).notNull().default('none'),
    resolvedOn: date('resolved_on'),
    reviewOn: date('review_on'),
    acknowledgedOn: date('acknowledged_on'),
    safetyRisk: boolean('safety_risk'),
    ongoingHarassment: text('ongoing_harassment', { enum: ONGOING_HARASSMENT }),
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
export const people = pgTable(
  'people',
  {
    id: id(),
    codeName: text('code_name').notNull().unique(),
    identitySealed: text('identity_sealed'),
    flagged: boolean('flagged').notNull().default(false),
    flagReasonSealed: text('flag_reason_sealed'),
    flagExpiresOn: date('flag_expires_on'),
    banned: boolean('banned').notNull().default(false),
    banReasonSealed: text('ban_reason_sealed'),
    banExpiresOn: date('ban_expires_on'),
    /** What the working group tells an event whose attendee check matches this person (sealed). */
    guidanceSealed: text('guidance_sealed'),
    createdAt: createdAt(),
  },
  // Person code names are matched case-insensitively (findPersonByCodeName): the index makes
  // that lookup cheap and enforces the uniqueness it assumes.
  (t) => [uniqueIndex('people_code_name_lower_idx').on(sql`lower(${t.codeName})`)],
);

export const personIndexes = pgTable(
  'person_indexes',
  {
    personId: uuid('person_id').notNull().references(() => people.id),
    kind: text('kind').notNull(), // name | email | username | name_key (name-forms.ts)
    digest: text('digest').notNull(),
    /** The master key (its fingerprint) whose derived index key made `digest` (decision 031); null: before key rotation existed. */
    keyId: text('key_id'),
  },
  (t) => [primaryKey({ columns: [t.personId, t.kind, t.digest] }), index('person_indexes_digest_idx').on(t.digest)],
);

export const casePeople = pgTable(
  'case_people',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    personId: uuid('person_id').references(() => people.id),
    roleInCase: text('role_in_case', { enum: ROLES_IN_CASE }).notNull().default('reported'),
    consequence: text('consequence', { enum: CONSEQUENCES }),
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
    reason: text('reason', { enum: RECUSAL_KINDS }).notNull(),
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
    requestedBy: text('requested_by', { enum: RECONSIDERATION_REQUESTERS }).notNull(),
    result: text('result', { enum: RECONSIDERATION_RESULTS }).notNull().default('pending'),
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
    action: text('action', { enum: URGENT_ACTIONS }).notNull(),
    detailsSealed: text('details_sealed'),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewResult: text('review_result', { enum: URGENT_REVIEW_RESULTS }),
    reviewedBy: uuid('reviewed_by'),
    createdAt: createdAt(),
  },
  (t) => [index('unilateral_actions_case_idx').on(t.caseId), index('unilateral_actions_taken_idx').on(t.takenAt)],
);

