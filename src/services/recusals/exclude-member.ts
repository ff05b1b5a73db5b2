// The chair marks a member named in a case (reported, reporting, a witness) as excluded. Unlike a
// declared conflict this is decided for them, and it also bars board members from ever getting a
// records-access grant on the case.
import { and, eq } from 'drizzle-orm';
import { members, recusals } from '../../db/schema';
import { invalidInput } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { exclusionInput, type ExclusionInput } from './schemas';


export async function excludeMember(ctx: ServiceContext, raw: ExclusionInput): Promise<void> {
  authorize(ctx, 'exclude:case');
  const chairId = memberIdOf(ctx);
  const { caseId, memberId } = parseInput(exclusionInput, raw, 'The exclusion');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'exclude:case');
    const [m] = await tx.db.select({ id: members.id }).from(members).where(eq(members.id, memberId));
    if (!m) throw invalidInput('No such member', [{ field: 'memberId', message: 'choose a member' }]);
    if (m.id === chairId) throw invalidInput('Declare your own conflict instead', [{ field: 'memberId', message: 'declare your own conflict instead' }]);
    const [existing] = await tx.db
      .select({ reason: recusals.reason })
      .from(recusals)
      .where(and(eq(recusals.caseId, row.id), eq(recusals.memberId, m.id)));
    if (existing?.reason === 'excluded') return;
    await tx.db
      .insert(recusals)
      .values({ caseId: row.id, memberId: m.id, reason: 'excluded', declaredBy: chairId, createdAt: tx.now() })
      // A conflict the member declared first keeps its author (and sealed details), so that
      // withdrawing the exclusion later (liftExclusion) leaves their own declaration standing.
      .onConflictDoUpdate({ target: [recusals.caseId, recusals.memberId], set: { reason: 'excluded' } });
    await audit(tx, { action: 'case.exclude', entity: 'case', entityRef: row.codeName, details: { member: m.id } });
  });
}
