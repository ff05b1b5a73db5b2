// A member asks to withdraw a conflict they declared on a case (declared by mistake, or it no
// longer applies). They stay recused until the chair confirms (decideRecusalWithdrawal): stepping
// back in is never one person's decision. An exclusion by the chair cannot be withdrawn this way.
import { and, eq, ne } from 'drizzle-orm';
import { pendingRecusalWithdrawals } from '../../domain/case-lifecycle';
import { recusals } from '../../db/schema';
import { notFound } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { findCaseRow } from '../cases/case-access';
import { appendCaseEvent, loadCaseEvents } from '../cases/case-events';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { requestWithdrawalInput } from './schemas';

export async function requestRecusalWithdrawal(ctx: ServiceContext, caseId: string, raw: { confirm?: unknown }): Promise<{ alreadyPending: boolean }> {
  const memberId = memberIdOf(ctx);
  authorize(ctx, 'declare:conflicts', { ownerMemberId: memberId });
  parseInput(requestWithdrawalInput, raw, 'The request');
  return withTransaction(ctx, async (tx) => {
    const row = await findCaseRow(tx, caseId);
    if (!row) throw notFound();
    // Only the member's own declared conflict (not an exclusion) can be asked back.
    const [own] = await tx.db
      .select({ reason: recusals.reason })
      .from(recusals)
      .where(and(eq(recusals.caseId, row.id), eq(recusals.memberId, memberId), ne(recusals.reason, 'excluded')));
    if (!own) throw notFound();
    if (pendingRecusalWithdrawals(await loadCaseEvents(tx, row.id)).has(memberId)) return { alreadyPending: true };
    await appendCaseEvent(tx, row.id, { kind: 'recusal_withdrawal_requested', memberId });
    await audit(tx, { action: 'case.recusal_withdrawal_request', entity: 'case', entityRef: row.codeName, details: { member: memberId } });
    return { alreadyPending: false };
  });
}
