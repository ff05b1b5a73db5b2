// A member asks to withdraw a conflict they declared on a case (declared by mistake, or it no
// longer applies). They stay recused until the chair confirms (decideRecusalWithdrawal): stepping
// back in is never one person's decision. An exclusion by the chair cannot be withdrawn this way.
import { notFound } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { findCaseRow } from '../cases/case-access';
import { appendCaseEvent } from '../cases/case-events';
import { withTransaction, type ServiceContext } from '../context';
import { ownRecusalStanding } from './get-own-recusal';
import { parseInput } from '../parse-input';
import { requestWithdrawalInput, type RequestWithdrawalInput } from './schemas';

export async function requestRecusalWithdrawal(ctx: ServiceContext, raw: RequestWithdrawalInput): Promise<{ alreadyPending: boolean }> {
  const memberId = memberIdOf(ctx);
  authorize(ctx, 'declare:conflicts', { ownerMemberId: memberId });
  const { caseId } = parseInput(requestWithdrawalInput, raw, 'The request');
  return withTransaction(ctx, async (tx) => {
    const row = await findCaseRow(tx, caseId);
    if (!row) throw notFound();
    // Only the member's own declared conflict (not an exclusion) can be asked back.
    const { recusal, withdrawalRequested } = await ownRecusalStanding(tx, row.id, memberId);
    if (recusal !== 'declared') throw notFound();
    if (withdrawalRequested) return { alreadyPending: true };
    await appendCaseEvent(tx, row.id, { kind: 'recusal_withdrawal_requested', memberId });
    await audit(tx, { action: 'case.recusal_withdrawal_request', entity: 'case', entityRef: row.codeName, details: { member: memberId } });
    return { alreadyPending: false };
  });
}
