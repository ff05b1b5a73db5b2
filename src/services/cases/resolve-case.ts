import { eq } from 'drizzle-orm';
import { cases } from '../../db/schema';
import { seal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { openCase } from './case-access';
import { appendCaseEvent } from './case-events';
import { resolveInput, type ResolveInput } from './schemas';

/**
 * Resolves a case with a summary of the actions taken, the outcome (both sealed), who resolved it
 * and when to review it. The timeline keeps the text too, so a later reopening loses nothing.
 */
export async function resolveCase(ctx: ServiceContext, raw: ResolveInput): Promise<void> {
  authorize(ctx, 'update:case');
  const { caseId, ...input } = parseInput(resolveInput, raw, 'The resolution');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'update:case');
    const body = `Summary of actions:\n${input.summary}\n\nOutcome:\n${input.outcome}`;
    await appendCaseEvent(
      tx,
      row.id,
      { kind: 'resolved', resolvedOn: input.resolvedOn, resolutionSource: input.resolutionSource, reviewOn: input.reviewOn },
      body,
    );
    await tx.db
      .update(cases)
      .set({ resolutionSealed: seal(tx.keys.master, { table: 'cases', column: 'resolution', row: row.id }, JSON.stringify({ summary: input.summary, outcome: input.outcome })) })
      .where(eq(cases.id, row.id));
    await audit(tx, {
      action: 'case.resolve',
      entity: 'case',
      entityRef: row.codeName,
      details: { source: input.resolutionSource, review: input.reviewOn !== null },
    });
  });
}
