// Conflicts of interest (DOMAIN.md, "Conflicts of interest"): why a member steps back from a case.
// One vocabulary for declaring conflicts over many cases and recusing from one.

export const CONFLICT_REASONS = ['involved', 'relationship', 'employer', 'private_information', 'other'] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

export const CONFLICT_REASON_LABELS: Record<ConflictReason, string> = {
  involved: 'I am involved in the matter',
  relationship: 'I have a personal relationship with a party',
  employer: 'I share an employer with a party',
  private_information: 'I hold private information that could bias me',
  other: 'Another conflict of interest',
};

/** What a recusal row records: a declared conflict, or the chair's exclusion of a named member. */
export const RECUSAL_KINDS = [...CONFLICT_REASONS, 'excluded'] as const;
