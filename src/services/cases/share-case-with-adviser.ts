import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { caseShares, members } from '../../db/schema';
import { invalidInput } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { openCase } from './case-access';
import { caseRefInput } from './schemas';

const input = caseRefInput.extend({ memberId: z.uuid({ message: 'choose an adviser' }) });

/** Advisers see only the cases shared with them; the chair shares one case at a time. */
export async function shareCaseWithAdviser(ctx: ServiceContext, raw: RawInput<typeof input>): Promise<void> {
  authorize(ctx, 'share:case');
  const by = memberIdOf(ctx);
  const { caseId, memberId } = parseInput(input, raw, 'The share');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'share:case');
    const [adviser] = await tx.db
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.id, memberId), eq(members.role, 'adviser'), eq(members.active, true)));
    if (!adviser) throw invalidInput('Choose an active adviser', [{ field: 'memberId', message: 'choose an active adviser' }]);
    const inserted = await tx.db
      .insert(caseShares)
      .values({ caseId: row.id, memberId: adviser.id, sharedBy: by, createdAt: tx.now() })
      .onConflictDoNothing()
      .returning({ memberId: caseShares.memberId });
    if (inserted.length === 0) return;
    await audit(tx, { action: 'case.share', entity: 'case', entityRef: row.codeName, details: { member: adviser.id } });
  });
}
