// A party asked the board to reconsider a case's decision. Recorded by someone who may change
// the case; what they asked (free text) is sealed and never leaves the record.
import { randomUUID } from 'node:crypto';
import { reconsiderations } from '../../db/schema';
import { seal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { recordReconsiderationInput, type RecordReconsiderationInput } from './schemas';

export async function recordReconsideration(ctx: ServiceContext, raw: RecordReconsiderationInput): Promise<{ id: string }> {
  authorize(ctx, 'update:case');
  const input = parseInput(recordReconsiderationInput, raw, 'The request for reconsideration');
  return withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, input.caseId, 'update:case');
    const id = randomUUID(); // made here so the details can be sealed to their row
    await tx.db
      .insert(reconsiderations)
      .values({
        id,
        caseId: row.id,
        requestedOn: input.requestedOn,
        requestedBy: input.requestedBy,
        detailsSealed: input.details ? seal(tx.keys.master, { table: 'reconsiderations', column: 'details', row: id }, input.details) : null,
        recordedBy: tx.actor.kind === 'member' ? tx.actor.id : null,
      });
    await audit(tx, { action: 'reconsideration.record', entity: 'case', entityRef: row.codeName, details: { requestedBy: input.requestedBy } });
    return { id };
  });
}
