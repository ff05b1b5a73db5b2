// Records how the board answered a request for reconsideration (or that it was withdrawn).
import { and, eq } from 'drizzle-orm';
import { reconsiderations } from '../../db/schema';
import { reconsiderationProblem } from '../../domain/case-reviews';
import { invalidInput, notFound } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { decideReconsiderationInput, type DecideReconsiderationInput } from './schemas';

export async function decideReconsideration(ctx: ServiceContext, raw: DecideReconsiderationInput): Promise<void> {
  authorize(ctx, 'update:case');
  const input = parseInput(decideReconsiderationInput, raw, 'The decision');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, input.caseId, 'update:case');
    const [request] = await tx.db
      .select()
      .from(reconsiderations)
      .where(and(eq(reconsiderations.id, input.id), eq(reconsiderations.caseId, row.id)));
    if (!request) throw notFound();
    const problem = reconsiderationProblem({ requestedOn: request.requestedOn, result: input.result, decidedOn: input.decidedOn });
    if (problem) throw invalidInput('The decision has 1 problem(s)', [problem]);
    await tx.db.update(reconsiderations).set({ result: input.result, decidedOn: input.decidedOn }).where(eq(reconsiderations.id, request.id));
    await audit(tx, { action: 'reconsideration.decide', entity: 'case', entityRef: row.codeName, details: { result: input.result, was: request.result } });
  });
}
