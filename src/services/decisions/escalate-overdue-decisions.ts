// The voting time without a vote or a count: a scheduled job (src/jobs/decision-escalation.ts)
// applies the quorum rule to every proposal whose voting time has passed, so one nobody touches
// still goes to the board. Each outcome is recorded and audited like any other (settleDecision).
import { and, eq, lte } from 'drizzle-orm';
import { cases, decisions } from '../../db/schema';
import { authorize } from '../authorize';
import { loadCaseResource } from '../cases/case-resource';
import { withTransaction, type ServiceContext } from '../context';
import { settleDecision } from './decision-state';

export async function escalateOverdueDecisions(ctx: ServiceContext): Promise<{ settled: number }> {
  authorize(ctx, 'run:system');
  return withTransaction(ctx, async (tx) => {
    const cutoff = new Date(tx.now().getTime() - tx.config.deadlines.votingDays * 86_400_000);
    const due = await tx.db
      .select({ decision: decisions, caseRow: cases })
      .from(decisions)
      .innerJoin(cases, eq(cases.id, decisions.caseId))
      .where(and(eq(decisions.status, 'proposed'), lte(decisions.proposedAt, cutoff)));
    let settled = 0;
    for (const { decision, caseRow } of due) {
      const result = await settleDecision(tx, caseRow, decision, await loadCaseResource(tx, caseRow.id));
      if (result.outcome !== 'pending') settled += 1;
    }
    return { settled };
  });
}
