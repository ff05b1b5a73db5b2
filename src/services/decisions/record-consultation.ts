// After adoption and before enactment, the affected parties are consulted on the resolution
// (DOMAIN.md "Life of a report" 6); their feedback is recorded on the case, sealed.
import { randomUUID } from 'node:crypto';
import { decisionConsultations } from '../../db/schema';
import { sealOrNull } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { appendCaseEvent } from '../cases/case-events';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { requireDecision } from './decision-state';
import { recordConsultationInput, type RecordConsultationInput } from './schemas';

export async function recordConsultation(ctx: ServiceContext, raw: RecordConsultationInput): Promise<{ id: string }> {
  authorize(ctx, 'update:case');
  const input = parseInput(recordConsultationInput, raw, 'The consultation');
  return withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, input.caseId, 'update:case');
    const d = await requireDecision(tx, row.id, 'adopted');
    const id = randomUUID();
    await appendCaseEvent(tx, row.id, { kind: 'party_consulted', decisionId: d.id, party: input.party, channel: input.channel });
    await tx.db.insert(decisionConsultations).values({
      id,
      decisionId: d.id,
      party: input.party,
      channel: input.channel,
      feedbackSealed: sealOrNull(tx.keys.master, { table: 'decision_consultations', column: 'feedback', row: id }, input.feedback),
      recordedBy: tx.actor.kind === 'member' ? tx.actor.id : null,
      recordedAt: tx.now(),
    });
    await audit(tx, { action: 'decision.consult', entity: 'case', entityRef: row.codeName, details: { party: input.party, channel: input.channel } });
    return { id };
  });
}
