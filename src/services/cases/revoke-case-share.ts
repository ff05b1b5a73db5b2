// Undoing a share: the chair takes a case back from an adviser it was shared with by mistake or
// whose help is no longer needed. The adviser loses access at once (can() reads the shares).
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { caseShares } from '../../db/schema';
import { invalidInput } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { openCase } from './case-access';
import { caseRefInput } from './schemas';

const input = caseRefInput.extend({ memberId: z.uuid({ message: 'choose an adviser the case is shared with' }) });

export async function revokeCaseShare(ctx: ServiceContext, raw: RawInput<typeof input>): Promise<void> {
  authorize(ctx, 'share:case');
  const { caseId, memberId } = parseInput(input, raw, 'The share');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'share:case');
    const gone = await tx.db
      .delete(caseShares)
      .where(and(eq(caseShares.caseId, row.id), eq(caseShares.memberId, memberId)))
      .returning({ memberId: caseShares.memberId });
    if (gone.length === 0) {
      throw invalidInput('The case is not shared with that adviser', [{ field: 'memberId', message: 'choose an adviser the case is shared with' }]);
    }
    await audit(tx, { action: 'case.unshare', entity: 'case', entityRef: row.codeName, details: { member: memberId } });
  });
}
