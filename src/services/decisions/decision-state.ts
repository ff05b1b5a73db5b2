// What the decision verbs share, in the caller's transaction: the case's open decision, who may
// vote on it (the per-case rule: voting members the case does not recuse or exclude), the quorum
// rule applied to the stored votes, and recording the outcome as a case event.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { decisions, decisionVotes, members } from '../../db/schema';
import type { MemberActor } from '../../domain/access';
import { daysSince } from '../../domain/decisions';
import { can, type Resource } from '../../domain/permissions';
import { decideQuorum, type QuorumResult, type VoteChoice } from '../../domain/quorum';
import { invalidInput } from '../../errors';
import { asRole } from '../auth/load-actor';
import { audit } from '../audit/emit';
import type { CaseRow } from '../cases/case-access';
import { appendCaseEvent } from '../cases/case-events';
import { assertInTransaction, type ServiceContext } from '../context';

export type DecisionRow = typeof decisions.$inferSelect;

/** The case's latest decision still in progress (being voted on, or adopted and not enacted), if any. */
export async function openDecision(tx: ServiceContext, caseId: string): Promise<DecisionRow | null> {
  assertInTransaction(tx, 'openDecision');
  const [row] = await tx.db
    .select()
    .from(decisions)
    .where(and(eq(decisions.caseId, caseId), inArray(decisions.status, ['proposed', 'adopted'])))
    .orderBy(desc(decisions.proposedAt), desc(decisions.createdAt))
    .limit(1);
  return row ?? null;
}

/** The open decision, or a refusal that says what is missing. */
export async function requireDecision(tx: ServiceContext, caseId: string, state: 'proposed' | 'adopted'): Promise<DecisionRow> {
  const d = await openDecision(tx, caseId);
  if (d?.status === state) return d;
  if (state === 'proposed') {
    throw invalidInput(d ? 'the resolution is already adopted; the vote is closed' : 'no resolution is being voted on for this case; the chair proposes one first');
  }
  throw invalidInput(d ? 'the proposed resolution is still being voted on; it must be adopted first' : 'no adopted resolution waits for this step; propose one and let the members vote first');
}

/** Members who may vote on this case: active, voting role, conflicts declared, neither recused nor excluded. */
export async function eligibleVoters(tx: ServiceContext, resource: Resource): Promise<{ id: string; name: string }[]> {
  const rows = await tx.db
    .select({ id: members.id, name: members.displayName, role: members.role, identityKeyAccess: members.identityKeyAccess, conflictsDeclaredAt: members.conflictsDeclaredAt })
    .from(members)
    .where(eq(members.active, true))
    .orderBy(members.displayName);
  return rows
    .filter((m) => {
      const actor: MemberActor = { kind: 'member', id: m.id, displayName: m.name, role: asRole(m.role), identityKeyAccess: m.identityKeyAccess, conflictsDeclared: m.conflictsDeclaredAt !== null, spaceIds: [] };
      return can(actor, 'vote:decision', resource);
    })
    .map((m) => ({ id: m.id, name: m.name }));
}

export async function loadVotes(tx: ServiceContext, decisionId: string) {
  return tx.db.select().from(decisionVotes).where(eq(decisionVotes.decisionId, decisionId)).orderBy(decisionVotes.castAt);
}

/** The quorum rule (decision 025) on the stored votes, counting only members eligible now. */
export async function evaluateDecision(tx: ServiceContext, d: DecisionRow, resource: Resource): Promise<{ result: QuorumResult; eligible: { id: string; name: string }[] }> {
  const eligible = await eligibleVoters(tx, resource);
  const votes = new Map<string, VoteChoice>((await loadVotes(tx, d.id)).map((v) => [v.memberId, v.choice]));
  const result = decideQuorum({
    votes,
    eligible: eligible.map((m) => m.id),
    severity: d.severity,
    elapsed: daysSince(d.proposedAt, tx.now()),
    votingTime: tx.config.deadlines.votingDays,
  });
  return { result, eligible };
}

/**
 * Applies the rule to a decision being voted on and, when it has an outcome (adopted, rejected,
 * escalated to the board), records it on the decision and as a case event, audited. Returns the result.
 */
export async function settleDecision(tx: ServiceContext, c: CaseRow, d: DecisionRow, resource: Resource): Promise<QuorumResult> {
  const { result } = await evaluateDecision(tx, d, resource);
  if (result.outcome === 'pending') return result;
  const status = result.outcome === 'adopted' ? 'adopted' : result.outcome === 'rejected' ? 'rejected' : 'escalated';
  await tx.db
    .update(decisions)
    .set({ status, adoptedBy: result.outcome === 'adopted' ? result.by : null, decidedAt: tx.now() })
    .where(eq(decisions.id, d.id));
  await appendCaseEvent(
    tx,
    c.id,
    result.outcome === 'adopted'
      ? { kind: 'decision_adopted', decisionId: d.id, by: result.by }
      : result.outcome === 'rejected'
        ? { kind: 'decision_rejected', decisionId: d.id }
        : { kind: 'decision_escalated', decisionId: d.id },
  );
  const { agree, disagree, abstain, eligible } = result.tally;
  await audit(tx, { action: 'decision.decide', entity: 'case', entityRef: c.codeName, details: { outcome: status, agree, disagree, abstain, eligible } });
  return result;
}
