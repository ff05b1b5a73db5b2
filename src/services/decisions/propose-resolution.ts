// The chair or vice-chair proposes a case's resolution (DOMAIN.md "Life of a report" 5): per person
// a consequence of the enforcement ladder with its terms, and case-level options. The terms and
// the summary are sealed; the case event drives the stage to "Resolution proposed".
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { casePeople, decisionConsequences, decisions } from '../../db/schema';
import { seal, sealOrNull } from '../../privacy/envelope';
import { invalidInput } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { appendCaseEvent } from '../cases/case-events';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { settleDecision } from './decision-state';
import { proposeResolutionInput, type ProposeResolutionInput } from './schemas';

export async function proposeResolution(ctx: ServiceContext, raw: ProposeResolutionInput): Promise<{ id: string }> {
  authorize(ctx, 'propose:decision');
  const input = parseInput(proposeResolutionInput, raw, 'The proposed resolution');
  return withTransaction(ctx, async (tx) => {
    const { row, resource } = await openCase(tx, input.caseId, 'propose:decision');
    const rows = await tx.db.select({ id: casePeople.id }).from(casePeople).where(eq(casePeople.caseId, row.id));
    const known = new Set(rows.map((r) => r.id));
    const issues = input.people.flatMap((p, i) => (known.has(p.casePersonId) ? [] : [{ field: `people.${i}.casePersonId`, message: 'choose a person named in this case' }]));
    if (issues.length > 0) throw invalidInput('The proposed resolution has problems', issues);
    const id = randomUUID(); // made here so the sealed texts can be bound to their rows
    // The event first: it refuses a proposal out of order (unacknowledged, resolved, one already open).
    await appendCaseEvent(tx, row.id, { kind: 'decision_proposed', decisionId: id, severity: input.severity });
    await tx.db.insert(decisions).values({
      id,
      caseId: row.id,
      severity: input.severity,
      caseOptions: input.caseOptions,
      summarySealed: sealOrNull(tx.keys.master, { table: 'decisions', column: 'summary', row: id }, input.summary),
      proposedBy: tx.actor.kind === 'member' ? tx.actor.id : null,
      proposedAt: tx.now(),
    });
    for (const p of input.people) {
      const itemId = randomUUID();
      const terms = { conditions: p.conditions ?? '', expectedChanges: p.expectedChanges ?? '', repair: p.repair ?? '' };
      await tx.db.insert(decisionConsequences).values({
        id: itemId,
        decisionId: id,
        casePersonId: p.casePersonId,
        consequence: p.consequence,
        suspensionDays: p.suspensionDays ?? null,
        termsSealed: Object.values(terms).some(Boolean) ? seal(tx.keys.master, { table: 'decision_consequences', column: 'terms', row: itemId }, JSON.stringify(terms)) : null,
      });
    }
    await audit(tx, {
      action: 'decision.propose',
      entity: 'case',
      entityRef: row.codeName,
      details: { severity: input.severity, people: input.people.length, caseOptions: input.caseOptions.join(',') || null },
    });
    // Fewer than two members can vote: nobody can adopt it, the board decides at once.
    const [d] = await tx.db.select().from(decisions).where(eq(decisions.id, id));
    await settleDecision(tx, row, d!, resource);
    return { id };
  });
}
