// A member declares a conflict on a case and is recused from it at once. They need not be able
// to open the case: new members declare against the bare list of code names before any case opens.
// A member excluded from the case is answered as for a case that does not exist.
import { ne } from 'drizzle-orm';
import { recusals } from '../../db/schema';
import { notFound } from '../../errors';
import { sealOrNull } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { findCaseRow } from '../cases/case-access';
import { parseInput } from '../parse-input';
import { ownRecusalStanding } from './get-own-recusal';
import { declareRecusalInput, type DeclareRecusalInput } from './schemas';

export async function declareRecusal(ctx: ServiceContext, raw: DeclareRecusalInput): Promise<void> {
  const memberId = memberIdOf(ctx);
  authorize(ctx, 'declare:conflicts', { ownerMemberId: memberId });
  const input = parseInput(declareRecusalInput, raw, 'The recusal');
  await withTransaction(ctx, async (tx) => {
    const row = await findCaseRow(tx, input.caseId);
    if (!row || (await ownRecusalStanding(tx, row.id, memberId)).recusal === 'excluded') throw notFound();
    const details = sealOrNull(tx.keys.master, { table: 'recusals', column: 'details', row: `${row.id}:${memberId}` }, input.details);
    // An exclusion by the chair is stronger than a declared conflict and is kept as it is (also
    // when one is made between the check above and this write).
    await tx.db
      .insert(recusals)
      .values({ caseId: row.id, memberId, reason: input.reason, detailsSealed: details, declaredBy: memberId, createdAt: tx.now() })
      .onConflictDoUpdate({
        target: [recusals.caseId, recusals.memberId],
        set: { reason: input.reason, detailsSealed: details },
        setWhere: ne(recusals.reason, 'excluded'),
      });
    await audit(tx, { action: 'case.recuse', entity: 'case', entityRef: row.codeName });
  });
}

