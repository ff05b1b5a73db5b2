// The organisation, its members, their sessions and invitations, and its spaces.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MEMBER_ROLES } from '../../domain/access';
import { SPACE_KINDS } from '../../domain/spaces';
import { createdAt, id } from './columns';

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
    role: text('role', { enum: MEMBER_ROLES }).notNull(),
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
  role: text('role', { enum: MEMBER_ROLES }).notNull(),
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
  kind: text('kind', { enum: SPACE_KINDS }).notNull(),
  groupName: text('group_name').notNull(),
  publishesOwnReport: boolean('publishes_own_report').notNull().default(false),
  contacts: jsonb('contacts').$type<string[]>().notNull().default([]),
  createdAt: createdAt(),
});
