// The working group's decisions on a case (DOMAIN.md "Life of a report" 5–7; decision 034): a
// proposed resolution with its per-person consequences, the members' votes, the affected parties'
// feedback. The case's stage follows from the case events these verbs append (decision_proposed,
// decision_adopted, party_consulted, decision_enacted); these rows hold what the events do not.
import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { CONSULTATION_CHANNELS, CONSULTED_PARTIES, DECISION_STATUSES, type CaseOption } from '../../domain/decisions';
import { CONSEQUENCES } from '../../domain/outcomes';
import { SEVERITIES, VOTE_CHOICES } from '../../domain/quorum';
import { createdAt, id } from './columns';
import { casePeople, cases } from './register';

export const decisions = pgTable(
  'decisions',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    severity: text('severity', { enum: SEVERITIES }).notNull(),
    status: text('status', { enum: DECISION_STATUSES }).notNull().default('proposed'),
    /** Case-level options (CASE_OPTIONS in src/domain/decisions.ts). */
    caseOptions: jsonb('case_options').$type<CaseOption[]>().notNull().default([]),
    /** What the proposal says beyond the per-person items (free text, sealed). */
    summarySealed: text('summary_sealed'),
    proposedBy: uuid('proposed_by'),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    /** How an adopted resolution was reached. */
    adoptedBy: text('adopted_by', { enum: ['consensus', 'two_thirds'] }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    enactedBy: uuid('enacted_by'),
    enactedAt: timestamp('enacted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('decisions_case_idx').on(t.caseId)],
);

/** One person's part of a proposed resolution: a consequence of the ladder and what goes with it. */
export const decisionConsequences = pgTable(
  'decision_consequences',
  {
    id: id(),
    decisionId: uuid('decision_id').notNull().references(() => decisions.id),
    casePersonId: uuid('case_person_id').notNull().references(() => casePeople.id),
    consequence: text('consequence', { enum: CONSEQUENCES }).notNull(),
    /** For a suspension: its length in days. */
    suspensionDays: integer('suspension_days'),
    /** Conditions for return, expected behaviour changes, repair opportunities: a sealed JSON object. */
    termsSealed: text('terms_sealed'),
  },
  (t) => [unique('decision_consequences_person_uq').on(t.decisionId, t.casePersonId)],
);

/** A member's vote; voting again replaces it while the vote is open. The note is sealed. */
export const decisionVotes = pgTable(
  'decision_votes',
  {
    id: id(),
    decisionId: uuid('decision_id').notNull().references(() => decisions.id),
    memberId: uuid('member_id').notNull(),
    choice: text('choice', { enum: VOTE_CHOICES }).notNull(),
    noteSealed: text('note_sealed'),
    castAt: timestamp('cast_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('decision_votes_member_uq').on(t.decisionId, t.memberId)],
);

/** An affected party's feedback on an adopted resolution, before it is enacted. */
export const decisionConsultations = pgTable(
  'decision_consultations',
  {
    id: id(),
    decisionId: uuid('decision_id').notNull().references(() => decisions.id),
    party: text('party', { enum: CONSULTED_PARTIES }).notNull(),
    channel: text('channel', { enum: CONSULTATION_CHANNELS }).notNull(),
    feedbackSealed: text('feedback_sealed'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('decision_consultations_decision_idx').on(t.decisionId)],
);
