// The chair or vice-chair enacts the adopted resolution once the affected parties were consulted:
// each person's consequence (and a suspension's dates, from today) goes onto their row of the
// case, and the case reaches "Enacted". Resolving the case stays resolveCase's (with its outcome).
import { eq } from 'drizzle-orm';
import { casePeople, decisionConsequences, decisions } from '../../db/schema';
import { localDate } from '../../domain/periods';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { appendCaseEvent } from '../cases/case-events';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { requireDecision } from './decision-state';
import { caseDecisionInput, type CaseDecisionInput } from './schemas';

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export async function enactResolution(ctx: ServiceContext, raw: CaseDecisionInput): Promise<void> {
  authorize(ctx, 'propose:decision');
  const input = parseInput(caseDecisionInput, raw, 'The enactment');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, input.caseId, 'propose:decision');
    const d = await requireDecision(tx, row.id, 'adopted');
    // The event first: it refuses enacting before any affected party was consulted.
    await appendCaseEvent(tx, row.id, { kind: 'decision_enacted', decisionId: d.id });
    await tx.db.update(decisions).set({ status: 'enacted', enactedAt: tx.now(), enactedBy: tx.actor.kind === 'member' ? tx.actor.id : null }).where(eq(decisions.id, d.id));
    const today = localDate(tx.now(), tx.config.organisation.timeZone);
    const items = await tx.db.select().from(decisionConsequences).where(eq(decisionConsequences.decisionId, d.id));
    for (const item of items) {
      const suspended = item.suspensionDays !== null;
      await tx.db
        .update(casePeople)
        .set({
          consequence: item.consequence,
          suspensionFrom: suspended || item.consequence === 'ban' ? today : null,
          suspensionUntil: suspended ? addDays(today, item.suspensionDays!) : null,
        })
        .where(eq(casePeople.id, item.casePersonId));
      await appendCaseEvent(tx, row.id, { kind: 'person_updated', personRowId: item.casePersonId });
    }
    await audit(tx, { action: 'decision.enact', entity: 'case', entityRef: row.codeName, details: { people: items.length } });
  });
}
