// The case's latest proposed resolution for its page: what it proposes (terms and notes unsealed
// for members who may read the case), where the vote stands and what is still needed, who has
// voted, and the affected parties' feedback. Audited as a read of confidential text.
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { casePeople, decisionConsequences, decisionConsultations, decisions, members, people } from '../../db/schema';
import { CASE_STAGE_LABELS, ROLE_IN_CASE_LABELS } from '../../domain/case-lifecycle';
import type { CaseOption, ConsultationChannel, ConsultedParty, DecisionStatus } from '../../domain/decisions';
import type { Consequence } from '../../domain/outcomes';
import { can } from '../../domain/permissions';
import type { QuorumResult, Severity, VoteChoice } from '../../domain/quorum';
import { unsealOrNull } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { evaluateDecision, loadVotes } from './decision-state';
import { caseDecisionInput, type CaseDecisionInput } from './schemas';

export interface DecisionView {
  id: string;
  status: DecisionStatus;
  severity: Severity;
  caseOptions: CaseOption[];
  summary: string | null;
  proposedAt: Date;
  proposedBy: string | null;
  adoptedBy: 'consensus' | 'two_thirds' | null;
  /** The last day of the voting time (organisation's dates are compared by instant). */
  votingEndsAt: Date;
  people: { casePersonId: string; consequence: Consequence; suspensionDays: number | null; conditions: string; expectedChanges: string; repair: string }[];
  votes: { memberName: string; choice: VoteChoice; note: string | null; castAt: Date; counted: boolean }[];
  /** Only while the vote is open: the rule's reading of the votes so far. */
  standing: QuorumResult | null;
  /** Eligible members who have not voted yet (while the vote is open). */
  waitingFor: string[];
  consultations: { party: ConsultedParty; channel: ConsultationChannel; feedback: string | null; recordedAt: Date }[];
}

export interface CaseDecision {
  caseId: string;
  codeName: string;
  /** The case's stage, as its label. */
  stage: string;
  /** The case's people rows, to propose a consequence for each. */
  casePeople: { id: string; label: string }[];
  /** What the reader may do here. */
  mayPropose: boolean;
  mayConsult: boolean;
  decision: DecisionView | null;
  /** Whether the reader may vote now (an open vote, and the per-case rule allows them). */
  mayVote: boolean;
  /** The reader's own vote on the open proposal, to show it back. */
  ownVote: VoteChoice | null;
}

export async function getCaseDecision(ctx: ServiceContext, raw: CaseDecisionInput): Promise<CaseDecision> {
  authorize(ctx, 'read:case');
  const input = parseInput(caseDecisionInput, raw, 'The case');
  return withTransaction(ctx, async (tx) => {
    const { row, resource } = await openCase(tx, input.caseId, 'read:case');
    const [d] = await tx.db.select().from(decisions).where(eq(decisions.caseId, row.id)).orderBy(desc(decisions.proposedAt), desc(decisions.createdAt)).limit(1);
    const personRows = await tx.db
      .select({ id: casePeople.id, role: casePeople.roleInCase, code: people.codeName })
      .from(casePeople)
      .leftJoin(people, eq(people.id, casePeople.personId))
      .where(eq(casePeople.caseId, row.id))
      .orderBy(asc(casePeople.position), asc(casePeople.createdAt));
    const base = {
      caseId: row.id,
      codeName: row.codeName,
      stage: CASE_STAGE_LABELS[row.stage],
      casePeople: personRows.map((r, i) => ({ id: r.id, label: `${ROLE_IN_CASE_LABELS[r.role]} ${r.code ?? `(row ${i + 1}, no person linked)`}` })),
      mayPropose: can(tx.actor, 'propose:decision', resource),
      mayConsult: can(tx.actor, 'update:case', resource),
    };
    if (!d) {
      await audit(tx, { action: 'decision.read', entity: 'case', entityRef: row.codeName, details: { status: null } });
      return { ...base, decision: null, mayVote: false, ownVote: null };
    }
    const master = tx.keys.master;
    const [items, votes, consultations] = await Promise.all([
      tx.db.select().from(decisionConsequences).where(eq(decisionConsequences.decisionId, d.id)),
      loadVotes(tx, d.id),
      tx.db.select().from(decisionConsultations).where(eq(decisionConsultations.decisionId, d.id)).orderBy(decisionConsultations.recordedAt),
    ]);
    const nameIds = [...new Set([...votes.map((v) => v.memberId), ...(d.proposedBy ? [d.proposedBy] : [])])];
    const names = new Map(
      nameIds.length === 0 ? [] : (await tx.db.select({ id: members.id, name: members.displayName }).from(members).where(inArray(members.id, nameIds))).map((m) => [m.id, m.name]),
    );
    const { result, eligible } = await evaluateDecision(tx, d, resource);
    const eligibleIds = new Set(eligible.map((m) => m.id));
    const open = d.status === 'proposed';
    const me = tx.actor.kind === 'member' ? tx.actor.id : null;
    await audit(tx, { action: 'decision.read', entity: 'case', entityRef: row.codeName, details: { status: d.status } });
    return {
      ...base,
      mayVote: open && can(tx.actor, 'vote:decision', resource),
      ownVote: votes.find((v) => v.memberId === me)?.choice ?? null,
      decision: {
        id: d.id,
        status: d.status,
        severity: d.severity,
        caseOptions: d.caseOptions,
        summary: unsealOrNull(master, { table: 'decisions', column: 'summary', row: d.id }, d.summarySealed),
        proposedAt: d.proposedAt,
        proposedBy: d.proposedBy ? (names.get(d.proposedBy) ?? null) : null,
        adoptedBy: d.adoptedBy,
        votingEndsAt: new Date(d.proposedAt.getTime() + tx.config.deadlines.votingDays * 86_400_000),
        people: items.map((i) => {
          const terms = JSON.parse(unsealOrNull(master, { table: 'decision_consequences', column: 'terms', row: i.id }, i.termsSealed) ?? '{}') as Record<string, string>;
          return { casePersonId: i.casePersonId, consequence: i.consequence, suspensionDays: i.suspensionDays, conditions: terms.conditions ?? '', expectedChanges: terms.expectedChanges ?? '', repair: terms.repair ?? '' };
        }),
        votes: votes.map((v) => ({
          memberName: names.get(v.memberId) ?? 'A former member',
          choice: v.choice,
          note: unsealOrNull(master, { table: 'decision_votes', column: 'note', row: v.id }, v.noteSealed),
          castAt: v.castAt,
          counted: eligibleIds.has(v.memberId),
        })),
        standing: open ? result : null,
        waitingFor: open ? eligible.filter((m) => !votes.some((v) => v.memberId === m.id)).map((m) => m.name) : [],
        consultations: consultations.map((c) => ({
          party: c.party,
          channel: c.channel,
          feedback: unsealOrNull(master, { table: 'decision_consultations', column: 'feedback', row: c.id }, c.feedbackSealed),
          recordedAt: c.recordedAt,
        })),
      },
    };
  });
}
