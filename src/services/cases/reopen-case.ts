import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { openCase } from './case-access';
import { appendCaseEvent } from './case-events';
import { reopenInput, type ReopenInput } from './schemas';

/** Reopens a resolved case (new information, a reconsideration); the reason is sealed on the timeline. */
export async function reopenCase(ctx: ServiceContext, raw: ReopenInput): Promise<void> {
  authorize(ctx, 'update:case');
  const { caseId, ...input } = parseInput(reopenInput, raw, 'The reopening');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'update:case');
    await appendCaseEvent(tx, row.id, { kind: 'reopened' }, input.reason || null);
    await audit(tx, { action: 'case.reopen', entity: 'case', entityRef: row.codeName });
  });
}
