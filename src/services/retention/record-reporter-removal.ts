import { sql } from 'drizzle-orm';
import { cases, reporterRemovalRequests } from '../../db/schema';
import { notFound } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { retentionToday } from './load-retention-cases';
import { recordReporterRemovalSchema } from './schemas';

/** Records that a case's reporter asked for their identity to be removed once the case is resolved. */
export async function recordReporterRemoval(ctx: ServiceContext, raw: RawInput<typeof recordReporterRemovalSchema>): Promise<{ codeName: string }> {
  authorize(ctx, 'update:case');
  const input = parseInput(recordReporterRemovalSchema, raw, 'The request');
  return withTransaction(ctx, async (tx) => {
    const [found] = await tx.db.select({ id: cases.id }).from(cases).where(sql`lower(${cases.codeName}) = lower(${input.caseCode})`);
    if (!found) throw notFound('No case has that code name');
    const { row } = await openCase(tx, found.id, 'update:case');
    await tx.db
      .insert(reporterRemovalRequests)
      .values({ caseId: row.id, requestedOn: retentionToday(tx), recordedBy: tx.actor.kind === 'member' ? tx.actor.id : null })
      .onConflictDoNothing();
    await audit(tx, { action: 'retention.reporter_request', entity: 'case', entityRef: row.codeName });
    return { codeName: row.codeName };
  });
}

