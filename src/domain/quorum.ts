// The working group's decision rule (DOMAIN.md "Life of a report" 5), as one pure function.
// Reading (docs/decisions/025-decisions-and-quorum.md):
// - Only eligible members count: voting members of the working group who are neither recused nor
//   excluded from the case. Anybody else's vote is ignored, and they are not in the denominator.
// - Every resolution needs a minimum of agreeing votes: two for an ordinary decision; for a severe
//   or legal one a majority of the eligible members (and never fewer than two).
// - On top of that minimum, the resolution is reached by consensus (every eligible member has
//   voted and nobody disagreed; abstaining is standing aside, not blocking), otherwise by two
//   thirds of the eligible members agreeing (of the members, not of the votes cast, so an
//   abstention or a missing vote weighs like a "no" on this path).
// - A proposal that can no longer reach either is rejected (the chair may propose another); when
//   the configured voting time has passed without an adopted resolution, the board decides.
//   Fewer than two eligible members can never adopt anything: that goes to the board at once.

export const VOTE_CHOICES = ['agree', 'disagree', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export const SEVERITIES = ['ordinary', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface QuorumInput {
  /** Each member's vote, by member id; votes of members who are not eligible are ignored. */
  votes: ReadonlyMap<string, VoteChoice> | Readonly<Record<string, VoteChoice>>;
  /** Voting members without a conflict: not recused, not excluded. */
  eligible: ReadonlySet<string> | readonly string[];
  severity: Severity;
  /** Time since voting opened, and the time the organisation allows for it (same unit). */
  elapsed: number;
  votingTime: number;
}

export interface Tally {
  eligible: number;
  agree: number;
  disagree: number;
  abstain: number;
  /** Eligible members who have not voted yet. */
  outstanding: number;
  /** Agreeing votes every resolution needs (two, or a majority when severe). */
  minimum: number;
  /** Agreeing votes that adopt without consensus: two thirds of the eligible members, at least the minimum. */
  twoThirds: number;
}

export type QuorumResult =
  | { outcome: 'adopted'; by: 'consensus' | 'two_thirds'; tally: Tally }
  | { outcome: 'rejected'; tally: Tally; reason: string }
  | { outcome: 'escalate'; tally: Tally; reason: string }
  | {
      outcome: 'pending';
      tally: Tally;
      /** More agreeing votes that adopt whatever the others do (two thirds); null when two thirds is out of reach. */
      agreeNeeded: number | null;
      /** When consensus is still possible: agreeing votes it still needs, the rest voting without disagreeing. */
      consensusAgreeNeeded: number | null;
      needed: string;
    };

const votes = (n: number) => `${n} more agreeing vote${n === 1 ? '' : 's'}`;

export function minimumAgreeing(severity: Severity, eligible: number): number {
  return severity === 'severe' ? Math.max(2, Math.floor(eligible / 2) + 1) : 2;
}

export function tallyVotes(input: Pick<QuorumInput, 'votes' | 'eligible' | 'severity'>): Tally {
  const eligible = new Set(input.eligible);
  const entries: [string, VoteChoice][] = input.votes instanceof Map ? [...input.votes] : Object.entries(input.votes);
  let agree = 0;
  let disagree = 0;
  let abstain = 0;
  for (const [member, choice] of entries) {
    if (!eligible.has(member)) continue;
    if (choice === 'agree') agree++;
    else if (choice === 'disagree') disagree++;
    else abstain++;
  }
  const n = eligible.size;
  const minimum = minimumAgreeing(input.severity, n);
  return { eligible: n, agree, disagree, abstain, outstanding: n - agree - disagree - abstain, minimum, twoThirds: Math.max(minimum, Math.ceil((2 * n) / 3)) };
}

export function decideQuorum(input: QuorumInput): QuorumResult {
  const tally = tallyVotes(input);
  const { eligible, agree, disagree, outstanding, minimum, twoThirds } = tally;
  if (eligible < 2) return { outcome: 'escalate', tally, reason: 'fewer than two members without a conflict can vote; the board decides' };
  const consensus = outstanding === 0 && disagree === 0 && agree >= minimum;
  if (consensus) return { outcome: 'adopted', by: 'consensus', tally };
  if (agree >= twoThirds) return { outcome: 'adopted', by: 'two_thirds', tally };
  if (input.elapsed >= input.votingTime) return { outcome: 'escalate', tally, reason: 'the voting time passed without consensus or two thirds; the board decides' };
  const twoThirdsReachable = agree + outstanding >= twoThirds;
  const consensusReachable = disagree === 0 && agree + outstanding >= minimum;
  if (!twoThirdsReachable && !consensusReachable) {
    return { outcome: 'rejected', tally, reason: 'neither consensus nor two thirds can be reached with the votes still to come' };
  }
  const agreeNeeded = twoThirds - agree;
  const consensusAgreeNeeded = consensusReachable ? Math.max(0, minimum - agree) : null;
  let needed = twoThirdsReachable ? votes(agreeNeeded) : '';
  if (consensusAgreeNeeded !== null && (!twoThirdsReachable || consensusAgreeNeeded < agreeNeeded)) {
    const rest = `no disagreement from the ${outstanding} member${outstanding === 1 ? '' : 's'} yet to vote`;
    const path = consensusAgreeNeeded > 0 ? `${votes(consensusAgreeNeeded)} and ${rest}` : rest;
    needed = needed ? `${needed}, or ${path}` : path;
  }
  return { outcome: 'pending', tally, agreeNeeded: twoThirdsReachable ? agreeNeeded : null, consensusAgreeNeeded, needed };
}
