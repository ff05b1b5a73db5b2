// The audit trail.
import { bigserial, boolean, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
  /** HMAC under the audit key; false only for entries written before decision 017. */
  keyed: boolean('keyed').notNull().default(false),
  /**
   * The master key (its fingerprint) whose derived chain key made `hash` (decision 031); null on
   * entries written before key rotation existed, which were all made under one key.
   */
  keyId: text('key_id'),
});

/** Immutable public releases; a correction is a new version of the same key. */
