// A member's own standing on one case, by its id: whether they declared a conflict, were
// excluded, or asked to withdraw their declaration. Only code names and the member's own facts;
// the member need not be able to open the case. To a member excluded from it (a party to the case)
// the case does not exist: they get the same "not found" as for an unknown id.
import { and, eq } from 'drizzle-orm';
import { pendingRecusalWithdrawals } from '../../domain/case-lifecycle';
import { recusals } from '../../db/schema';
import { notFound } from '../../errors';
import { authorize, memberIdOf } from '../authorize';
import { findCaseRow } from '../cases/case-access';
import { loadCaseEvents } from '../cases/case-events';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { ownRecusalInput, type OwnRecusalInput } from './schemas';

export interface OwnRecusal {
  caseId: string;
  codeName: string;
  recusal: 'declared' | null;
  withdrawalRequested: boolean;
}

/** A member's recusal on one case and whether they asked to withdraw it (only a declared
 * conflict can be asked back, so the case events are read for that one only). */
export async function ownRecusalStanding(
  tx: ServiceContext,
  caseRowId: string,
  memberId: string,
): Promise<{ recusal: 'declared' | 'excluded' | null; withdrawalRequested: boolean }> {
  const [own] = await tx.db
    .select({ reason: recusals.reason })
    .from(recusals)
    .where(and(eq(recusals.caseId, caseRowId), eq(recusals.memberId, memberId)));
  const recusal = own ? (own.reason === 'excluded' ? 'excluded' : 'declared') : null;
  const withdrawalRequested = recusal === 'declared' && pendingRecusalWithdrawals(await loadCaseEvents(tx, caseRowId)).has(memberId);
  return { recusal, withdrawalRequested };
}

export async function getOwnRecusal(ctx: ServiceContext, raw: OwnRecusalInput): Promise<OwnRecusal> {
  authorize(ctx, 'list:case_codes');
  const memberId = memberIdOf(ctx);
  authorize(ctx, 'declare:conflicts', { ownerMemberId: memberId });
  const { caseId } = parseInput(ownRecusalInput, raw);
  return withTransaction(ctx, async (tx) => {
    const row = await findCaseRow(tx, caseId);
    if (!row) throw notFound();
    const { recusal, withdrawalRequested } = await ownRecusalStanding(tx, row.id, memberId);
    if (recusal === 'excluded') throw notFound();
    return { caseId: row.id, codeName: row.codeName, recusal, withdrawalRequested };
  });
}
