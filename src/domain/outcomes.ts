// The consequence taxonomy and the enforcement ladder (DOMAIN.md, "Outcomes").

export const CONSEQUENCES = [
  'not_violation',
  'out_of_scope',
  'no_action',
  'warning',
  'first_suspension',
  'second_suspension',
  'ban',
  'other',
] as const;
export type Consequence = (typeof CONSEQUENCES)[number];

export const CONSEQUENCE_LABELS: Record<Consequence, string> = {
  not_violation: 'Not a violation',
  out_of_scope: 'Out of scope',
  no_action: 'No action taken',
  warning: 'Warning',
  first_suspension: 'First Suspension',
  second_suspension: 'Second Suspension',
  ban: 'Ban',
  other: 'Other',
};

const ACTIONS: ReadonlySet<Consequence> = new Set([
  'warning',
  'first_suspension',
  'second_suspension',
  'ban',
  'other',
]);

/** An action is a consequence that asks something of the reported person. */
export function isAction(c: Consequence): boolean {
  return ACTIONS.has(c);
}

// Severity orders consequences for "highest consequence" in the identity key. "Other" is an
// action of unknown weight: it ranks above a warning (something was done) but below suspensions.
const SEVERITY: Record<Consequence, number> = {
  not_violation: 0,
  out_of_scope: 0,
  no_action: 1,
  warning: 2,
  other: 3,
  first_suspension: 4,
  second_suspension: 5,
  ban: 6,
};

export function highestConsequence(cs: readonly Consequence[]): Consequence | null {
  let best: Consequence | null = null;
  for (const c of cs) if (best === null || SEVERITY[c] > SEVERITY[best]) best = c;
  return best;
}

/** The enforcement ladder; levels may be skipped, so this is an ordering, not a sequence rule. */
export const LADDER = [
  { level: 1, consequence: 'warning', label: 'Warning', description: 'A private, written warning.' },
  {
    level: 2,
    consequence: 'first_suspension',
    label: 'Temporary suspension, short-term',
    description: 'Usually 30 to 90 days; the person must ask to be readmitted.',
  },
  {
    level: 3,
    consequence: 'second_suspension',
    label: 'Temporary suspension, extended',
    description: 'More than 90 days, with conditions for return.',
  },
  { level: 4, consequence: 'ban', label: 'Permanent ban', description: 'No return.' },
] as const satisfies ReadonlyArray<{ level: number; consequence: Consequence; label: string; description: string }>;

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

const CONSEQUENCE_ALIASES: Record<string, Consequence> = {
  'not a violation': 'not_violation',
  'not violation': 'not_violation',
  'out of scope': 'out_of_scope',
  'no action taken': 'no_action',
  'no action': 'no_action',
  warning: 'warning',
  'first suspension': 'first_suspension',
  'second suspension': 'second_suspension',
  ban: 'ban',
  other: 'other',
};

/** Parses a consequence as written in the tracking sheet or config (case-insensitive). */
export function parseConsequence(s: string): Consequence | null {
  const key = normalise(s);
  if ((CONSEQUENCES as readonly string[]).includes(key)) return key as Consequence;
  return CONSEQUENCE_ALIASES[key] ?? null;
}
