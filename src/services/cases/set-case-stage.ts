import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { openCase } from './case-access';
import { appendCaseEvent } from './case-events';
import { caseRefInput, stageInput } from './schemas';

// A case reaches "resolved" only through resolveCase, which records the outcome with it.
const input = caseRefInput.extend({ stage: stageInput.exclude(['resolved'], { message: 'resolve the case with its outcome instead' }) });

/** Moves the case along the workflow; resolving goes through resolveCase, which records the outcome. */
export async function setCaseStage(ctx: ServiceContext, raw: RawInput<typeof input>): Promise<void> {
  authorize(ctx, 'update:case');
  const { caseId, stage } = parseInput(input, raw, 'The stage');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'update:case');
    if (row.stage === stage) return;
    await appendCaseEvent(tx, row.id, { kind: 'stage_changed', stage });
    await audit(tx, { action: 'case.stage', entity: 'case', entityRef: row.codeName, details: { stage } });
  });
}
