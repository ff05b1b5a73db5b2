// The board decides a request for reconsideration, or an escalation the working group could not
// decide (any row of `reconsiderations`, whoever asked). Only board members not involved in the
// case may: openCase applies the per-case rule, so a board member named in the case or recused
// from it is answered as if the request did not exist. The outcome goes on the request (where the
// annual report counts it) and on the case's timeline; what was reviewed and why are sealed.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { boardDecisions, reconsiderations } from '../../db/schema';
import { reconsiderationProblem } from '../../domain/case-reviews';
import { localDate } from '../../domain/periods';
import { CandorError, invalidInput, notFound } from '../../errors';
import { seal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { isUuid, openCase } from '../cases/case-access';
import { appendCaseEvent } from '../cases/case-events';
import { withTransaction, type ServiceContext } from '../context';
import { notifyReporter } from '../intake/notify';
import { parseInput } from '../parse-input';
import { notifyRoles } from './notify';
import { decideReconsiderationInput, type DecideReconsiderationInput } from './schemas';

export async function decideReconsideration(ctx: ServiceContext, raw: DecideReconsiderationInput): Promise<void> {
  authorize(ctx, 'decide:reconsideration');
  const input = parseInput(decideReconsiderationInput, raw, 'The decision');
  await withTransaction(ctx, async (tx) => {
    if (!isUuid(input.id)) throw notFound();
    const [request] = await tx.db.select().from(reconsiderations).where(eq(reconsiderations.id, input.id)).for('update');
    if (!request) throw notFound();
    const { row } = await openCase(tx, request.caseId, 'decide:reconsideration');
    if (request.result !== 'pending') throw new CandorError('conflict', 'The board has already decided this request');
    const problem = reconsiderationProblem({ requestedOn: request.requestedOn, result: input.result, decidedOn: input.decidedOn });
    if (problem) throw invalidInput('The decision has 1 problem(s)', [problem]);
    if (input.decidedOn > localDate(tx.now(), tx.config.organisation.timeZone)) {
      throw invalidInput('The decision has 1 problem(s)', [{ field: 'decidedOn', message: 'must not be in the future' }]);
    }
    const id = randomUUID(); // made here so the texts can be sealed to their row
    const sealTo = (column: string, text: string) => seal(tx.keys.master, { table: 'board_decisions', column, row: id }, text);
    await tx.db.update(reconsiderations).set({ result: input.result, decidedOn: input.decidedOn }).where(eq(reconsiderations.id, request.id));
    await tx.db.insert(boardDecisions).values({
      id,
      reconsiderationId: request.id,
      decidedBy: tx.actor.kind === 'member' ? tx.actor.id : null,
      decidedOn: input.decidedOn,
      reviewSealed: input.review ? sealTo('review', input.review) : null,
      reasonsSealed: sealTo('reasons', input.reasons),
    });
    await appendCaseEvent(tx, row.id, { kind: 'board_decided', result: input.result });
    await audit(tx, { action: 'reconsideration.decide', entity: 'case', entityRef: row.codeName, details: { result: input.result, requestedBy: request.requestedBy, by: 'board' } });
    // The working group enacts what the board decided; a reporter who asked hears there is news.
    await notifyRoles(tx, ['chair', 'vice_chair'], `/wg/cases/${row.id}/reviews`, row.id);
    if (request.requestedBy === 'reporter') await notifyReporter(tx, row.id);
  });
}
