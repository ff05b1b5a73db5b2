// Undoing an exclusion: the chair withdraws the mark that a member is named in a case (made by
// mistake, or the member turned out not to be a party). The member regains access at once, unless
// they had declared a conflict of their own before the exclusion: an exclusion replaces the
// declaration's kind but keeps its author and sealed details, and then the declaration stands
// (as "other", since its original kind was replaced).
import { and, eq } from 'drizzle-orm';
import { recusals } from '../../db/schema';
import { invalidInput } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { liftExclusionInput, type ExclusionInput } from './schemas';


export async function liftExclusion(ctx: ServiceContext, raw: ExclusionInput): Promise<{ stillRecused: boolean }> {
  authorize(ctx, 'exclude:case');
  const { caseId, memberId } = parseInput(liftExclusionInput, raw, 'The exclusion');
  return withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'exclude:case');
    const where = and(eq(recusals.caseId, row.id), eq(recusals.memberId, memberId), eq(recusals.reason, 'excluded'));
    const [existing] = await tx.db.select({ detailsSealed: recusals.detailsSealed, declaredBy: recusals.declaredBy }).from(recusals).where(where);
    if (!existing) throw invalidInput('That member is not excluded from the case', [{ field: 'memberId', message: 'choose an excluded member' }]);
    const declared = existing.declaredBy === memberId || existing.detailsSealed !== null;
    if (declared) await tx.db.update(recusals).set({ reason: 'other', declaredBy: memberId }).where(where);
    else await tx.db.delete(recusals).where(where);
    await audit(tx, { action: 'case.exclusion_lift', entity: 'case', entityRef: row.codeName, details: { member: memberId, stillRecused: declared } });
    return { stillRecused: declared };
  });
}
