// The chair confirms or refuses a member's request to withdraw a conflict they declared. On
// confirmation the recusal ends and the case opens for the member again. A chair recused from the
// case cannot decide (openCase checks exclude:case on the case, recusal included).
import { and, eq, ne } from 'drizzle-orm';
import { pendingRecusalWithdrawals } from '../../domain/case-lifecycle';
import { recusals } from '../../db/schema';
import { invalidInput } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { appendCaseEvent, loadCaseEvents } from '../cases/case-events';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { decideWithdrawalInput, type DecideWithdrawalInput } from './schemas';

export async function decideRecusalWithdrawal(ctx: ServiceContext, raw: DecideWithdrawalInput): Promise<void> {
  authorize(ctx, 'exclude:case');
  const { caseId, memberId, decision } = parseInput(decideWithdrawalInput, raw, 'The decision');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'exclude:case');
    if (!pendingRecusalWithdrawals(await loadCaseEvents(tx, row.id)).has(memberId)) {
      throw invalidInput('That member has not asked to withdraw a conflict on this case', [{ field: 'memberId', message: 'choose a member who asked to withdraw a conflict' }]);
    }
    if (decision === 'confirmed') {
      await tx.db.delete(recusals).where(and(eq(recusals.caseId, row.id), eq(recusals.memberId, memberId), ne(recusals.reason, 'excluded')));
    }
    await appendCaseEvent(tx, row.id, { kind: 'recusal_withdrawal_decided', memberId, decision });
    await audit(tx, { action: 'case.recusal_withdrawal_decide', entity: 'case', entityRef: row.codeName, details: { member: memberId, decision } });
  });
}
