// The chair counts the votes now: the same rule as after each vote, and the one place the voting
// time is enforced when nobody votes any more (past it, the board decides).
import type { QuorumResult } from '../../domain/quorum';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { requireDecision, settleDecision } from './decision-state';
import { caseDecisionInput, type CaseDecisionInput } from './schemas';

export async function tallyDecision(ctx: ServiceContext, raw: CaseDecisionInput): Promise<QuorumResult> {
  authorize(ctx, 'propose:decision');
  const input = parseInput(caseDecisionInput, raw, 'The count');
  return withTransaction(ctx, async (tx) => {
    const { row, resource } = await openCase(tx, input.caseId, 'propose:decision');
    const d = await requireDecision(tx, row.id, 'proposed');
    return settleDecision(tx, row, d, resource);
  });
}
