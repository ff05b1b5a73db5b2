// The vocabulary of a proposed resolution (DOMAIN.md "Life of a report" 5–7, decision 034): what a
// proposal may say about the case as a whole, who is consulted on an adopted one and how, and
// where a proposal stands. The rule that adopts or rejects it is src/domain/quorum.ts.

export const DECISION_STATUSES = ['proposed', 'adopted', 'rejected', 'escalated', 'enacted'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = {
  proposed: 'Being voted on',
  adopted: 'Adopted; affected parties to be consulted',
  rejected: 'Rejected',
  escalated: 'Escalated to the board',
  enacted: 'Enacted',
};

/** Options for the case as a whole, beside the per-person consequences. */
export const CASE_OPTIONS = ['facilitated_communication', 'moderator_referral'] as const;
export type CaseOption = (typeof CASE_OPTIONS)[number];

export const CASE_OPTION_LABELS: Record<CaseOption, string> = {
  facilitated_communication: 'Facilitated communication between the parties',
  moderator_referral: 'Referral to the online moderators',
};

export const CONSULTED_PARTIES = ['reporter', 'reported', 'other'] as const;
export type ConsultedParty = (typeof CONSULTED_PARTIES)[number];

export const CONSULTED_PARTY_LABELS: Record<ConsultedParty, string> = {
  reporter: 'The reporter',
  reported: 'A reported person',
  other: 'Another affected party',
};

export const CONSULTATION_CHANNELS = ['email', 'portal', 'meeting', 'call', 'other'] as const;
export type ConsultationChannel = (typeof CONSULTATION_CHANNELS)[number];

export const CONSULTATION_CHANNEL_LABELS: Record<ConsultationChannel, string> = {
  email: 'E-mail',
  portal: 'Reporter portal',
  meeting: 'Meeting',
  call: 'Call',
  other: 'Other',
};

/** Whole days since voting opened, the unit of the configured voting time. */
export function daysSince(from: Date, now: Date): number {
  return Math.floor((now.getTime() - from.getTime()) / 86_400_000);
}
