import { describe, expect, it } from 'vitest';
import { decideQuorum, type QuorumResult, type Severity, type VoteChoice } from './quorum';

type Ballot = VoteChoice | null; // null: has not voted
const BALLOTS: readonly Ballot[] = ['agree', 'disagree', 'abstain', null];
const SEVERITIES: readonly Severity[] = ['ordinary', 'severe'];

// The rule as DOMAIN.md states it, written a second way (counting member by member), so the
// exhaustive runs compare two readings instead of one function with itself.
function oracle(eligibleBallots: readonly Ballot[], severity: Severity, timeUp: boolean): QuorumResult['outcome'] {
  const n = eligibleBallots.length;
  if (n < 2) return 'escalate';
  const count = (b: Ballot) => eligibleBallots.filter((x) => x === b).length;
  const minimum = severity === 'ordinary' ? 2 : Math.max(2, Math.floor(n / 2) + 1);
  // two thirds of the members without a conflict: 3 × agree ≥ 2 × n
  const passes = (agree: number, noneDisagree: boolean, allVoted: boolean) =>
    agree >= minimum && ((allVoted && noneDisagree) || 3 * agree >= 2 * n);
  if (passes(count('agree'), count('disagree') === 0, count(null) === 0)) return 'adopted';
  if (timeUp) return 'escalate';
  // Could the members yet to vote still adopt it? Try every way they could vote.
  const open = count(null);
  for (let a = 0; a <= open; a++) {
    for (let d = 0; a + d <= open; d++) {
      if (passes(count('agree') + a, count('disagree') + d === 0, true)) return 'pending';
    }
  }
  return 'rejected';
}

function* assignments(n: number): Generator<Ballot[]> {
  if (n === 0) {
    yield [];
    return;
  }
  for (const rest of assignments(n - 1)) for (const b of BALLOTS) yield [...rest, b];
}

/** Every multiset of ballots of size n (the rule is symmetric in the members). */
function* counts(n: number): Generator<Ballot[]> {
  for (let a = 0; a <= n; a++)
    for (let d = 0; a + d <= n; d++)
      for (let ab = 0; a + d + ab <= n; ab++) {
        const open = n - a - d - ab;
        yield [...Array<Ballot>(a).fill('agree'), ...Array<Ballot>(d).fill('disagree'), ...Array<Ballot>(ab).fill('abstain'), ...Array<Ballot>(open).fill(null)];
      }
}

function run(eligibleBallots: readonly Ballot[], conflicted: readonly Ballot[], severity: Severity, timeUp: boolean) {
  const votes = new Map<string, VoteChoice>();
  const eligible: string[] = [];
  eligibleBallots.forEach((b, i) => {
    eligible.push(`m${i}`);
    if (b) votes.set(`m${i}`, b);
  });
  // Recused or excluded members may have voted before they stepped back; their votes never count.
  conflicted.forEach((b, i) => {
    if (b) votes.set(`r${i}`, b);
  });
  return decideQuorum({ votes, eligible, severity, elapsed: timeUp ? 7 : 3, votingTime: 7 });
}

describe('quorum rule', () => {
  it('quorum: every vote combination of 3–9 members with 0–3 recused or excluded, ordinary and severe, before and after the voting time', () => {
    let checked = 0;
    for (let size = 3; size <= 9; size++) {
      for (let conflicted = 0; conflicted <= 3; conflicted++) {
        const n = size - conflicted;
        for (const ballots of counts(n)) {
          // the conflicted members voted all one way (or not at all): it must not matter
          for (const theirs of BALLOTS) {
            const conflictedBallots = Array<Ballot>(conflicted).fill(theirs);
            for (const severity of SEVERITIES) {
              for (const timeUp of [false, true]) {
                const got = run(ballots, conflictedBallots, severity, timeUp);
                expect(got.outcome, `${size} members, ${conflicted} conflicted, ${ballots.join(',')} ${severity} timeUp=${timeUp}`).toBe(oracle(ballots, severity, timeUp));
                expect(got.tally.eligible).toBe(n);
                checked++;
              }
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('quorum: every single assignment of ballots to members (up to 6 eligible) gives the same result as its counts', () => {
    for (let n = 3; n <= 6; n++) {
      for (const ballots of assignments(n)) {
        for (const severity of SEVERITIES) {
          const got = run(ballots, [], severity, false);
          expect(got.outcome).toBe(oracle(ballots, severity, false));
          const sorted = [...ballots].sort((a, b) => BALLOTS.indexOf(a) - BALLOTS.indexOf(b));
          expect(run(sorted, [], severity, false)).toEqual(got);
        }
      }
    }
  });

  it('quorum: an ordinary decision needs at least two agreeing members, reached by consensus', () => {
    // five members: two agree, three abstain, nobody disagrees — consensus with two agreeing
    expect(run(['agree', 'agree', 'abstain', 'abstain', 'abstain'], [], 'ordinary', false)).toMatchObject({ outcome: 'adopted', by: 'consensus' });
    // one agreeing member is never enough, even when everybody else abstains
    expect(run(['agree', 'abstain', 'abstain'], [], 'ordinary', false).outcome).toBe('rejected');
  });

  it('quorum: a severe or legal decision needs a majority of the members without a conflict', () => {
    // the same two agreeing of five is not a majority
    expect(run(['agree', 'agree', 'abstain', 'abstain', 'abstain'], [], 'severe', false).outcome).toBe('rejected');
    expect(run(['agree', 'agree', 'agree', 'abstain', 'abstain'], [], 'severe', false)).toMatchObject({ outcome: 'adopted', by: 'consensus' });
    // a majority with a disagreement is not consensus, and 3 of 5 is not two thirds
    expect(run(['agree', 'agree', 'agree', 'disagree', 'abstain'], [], 'severe', false).outcome).toBe('rejected');
  });

  it('quorum: without consensus two thirds of the members without a conflict adopt', () => {
    expect(run(['agree', 'agree', 'disagree'], [], 'ordinary', false)).toMatchObject({ outcome: 'adopted', by: 'two_thirds' });
    expect(run(['agree', 'agree', 'agree', 'agree', 'disagree', 'disagree'], [], 'ordinary', false)).toMatchObject({ outcome: 'adopted', by: 'two_thirds' });
    expect(run(['agree', 'agree', 'agree', 'disagree', 'disagree', 'disagree'], [], 'ordinary', false).outcome).toBe('rejected');
    // two thirds of the members, not of the votes cast: 2 of 4 cast is not enough while 2 are missing
    expect(run(['agree', 'agree', 'disagree', null, null, null], [], 'ordinary', false)).toMatchObject({ outcome: 'pending', agreeNeeded: 2, consensusAgreeNeeded: null, needed: '2 more agreeing votes' });
  });

  it('quorum: recused and excluded members count neither for nor against', () => {
    // four members, one recused who voted against: the other three agree → consensus of three
    expect(run(['agree', 'agree', 'agree'], ['disagree'], 'severe', false)).toMatchObject({ outcome: 'adopted', by: 'consensus' });
    // six members, three conflicted: two agreeing of the three eligible is two thirds
    expect(run(['agree', 'agree', 'disagree'], ['agree', 'agree', 'agree'], 'ordinary', false)).toMatchObject({ outcome: 'adopted', tally: { eligible: 3, agree: 2 } });
  });

  it('quorum: says what is still needed while the vote is open', () => {
    expect(run(['agree', null, null], [], 'ordinary', false)).toMatchObject({ outcome: 'pending', agreeNeeded: 1, needed: '1 more agreeing vote' });
    expect(run(['agree', 'abstain', null, null, null], [], 'ordinary', false)).toMatchObject({
      outcome: 'pending',
      agreeNeeded: 3,
      consensusAgreeNeeded: 1,
      needed: '3 more agreeing votes, or 1 more agreeing vote and no disagreement from the 3 members yet to vote',
    });
    expect(run(['agree', 'agree', 'abstain', 'abstain', null], [], 'ordinary', false)).toMatchObject({
      outcome: 'pending',
      agreeNeeded: null, // 2 + 1 cannot make two thirds of five
      needed: 'no disagreement from the 1 member yet to vote',
    });
  });

  it('quorum: escalates to the board when the voting time passes without a result, or when fewer than two can vote', () => {
    expect(run(['agree', null, null], [], 'ordinary', true).outcome).toBe('escalate');
    expect(run(['agree', 'disagree', 'disagree'], [], 'ordinary', true).outcome).toBe('escalate');
    // adopted before the time ran out stays adopted
    expect(run(['agree', 'agree', null], [], 'ordinary', true).outcome).toBe('adopted');
    // three members, two recused: nobody can adopt anything
    expect(run(['agree'], ['agree', 'agree'], 'ordinary', false).outcome).toBe('escalate');
    expect(run([], ['agree', 'agree', 'agree'], 'severe', false).outcome).toBe('escalate');
  });
});
