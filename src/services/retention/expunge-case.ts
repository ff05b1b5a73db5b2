import { expungements } from '../../db/schema';
import { isDue } from '../../domain/retention';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { destroyCaseContent, removeReporterIdentity, type Destroyed } from './destroy';
import { loadRetentionCases, retentionSettings, retentionToday } from './load-retention-cases';
import { expungeCaseSchema } from './schemas';

/**
 * A chair confirms one due item: its confidential content is destroyed in this transaction, and
 * the audit trail records that it happened (which case, which rule, how many values), not what
 * was destroyed. The rules are asked again here, so a page left open cannot expunge a case that
 * stopped being due (a new report about the same person, a reopening).
 */
export async function expungeCase(ctx: ServiceContext, raw: RawInput<typeof expungeCaseSchema>): Promise<{ codeName: string; destroyed: Destroyed }> {
  authorize(ctx, 'expunge:case');
  const input = parseInput(expungeCaseSchema, raw, 'The confirmation');
  return withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, input.caseId, 'expunge:case');
    const item = isDue(await loadRetentionCases(tx), retentionSettings(tx.config), retentionToday(tx), row.id, input.kind);
    if (!item) throw new CandorError('conflict', 'This record is no longer due for expungement; the list has been refreshed');
    await tx.db.insert(expungements).values({ caseId: row.id, kind: input.kind, dueOn: item.dueOn, confirmedBy: tx.actor.kind === 'member' ? tx.actor.id : null, at: tx.now() });
    const destroyed = input.kind === 'minor_record' ? await destroyCaseContent(tx, row.id) : await removeReporterIdentity(tx, row.id);
    await audit(tx, { action: 'retention.expunge', entity: 'case', entityRef: row.codeName, details: { rule: input.kind, dueOn: item.dueOn, ...destroyed } });
    return { codeName: row.codeName, destroyed };
  });
}
