import { localDate } from '../../domain/periods';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { openCase } from './case-access';
import { appendCaseEvent } from './case-events';
import { acknowledgeInput, type AcknowledgeInput } from './schemas';

/** Records that the reporter was acknowledged (today in the organisation's time zone by default). */
export async function acknowledgeCase(ctx: ServiceContext, raw: AcknowledgeInput): Promise<void> {
  authorize(ctx, 'update:case');
  const { caseId, ...input } = parseInput(acknowledgeInput, raw, 'The acknowledgement');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'update:case');
    const on = input.on ?? localDate(tx.now(), tx.config.organisation.timeZone);
    await appendCaseEvent(tx, row.id, { kind: 'acknowledged', on });
    await audit(tx, { action: 'case.acknowledge', entity: 'case', entityRef: row.codeName });
  });
}
