// A person's history for an event or space, built by Candor from the register: for each case the
// person is a row of (and the member may read), its month, categories and the consequence — no
// case details, no code names, nothing finer than a month. It is then a draft like any other:
// run through the engine, reviewed, approved by a second member and sent.
import { and, eq } from 'drizzle-orm';
import { casePeople, cases } from '../../db/schema';
import { historySummaryText, type HistoryEntry } from '../../domain/outgoing-message';
import { CONSEQUENCE_LABELS } from '../../domain/outcomes';
import { notFound } from '../../errors';
import { authorize, memberIdOf } from '../authorize';
import { openCase } from '../cases/case-access';
import { caseAccess } from '../cases/case-resource';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { insertMessage } from './draft-message';
import { historySummaryInput } from './schemas';

export async function draftHistorySummary(ctx: ServiceContext, raw: RawInput<typeof historySummaryInput>): Promise<{ id: string }> {
  authorize(ctx, 'compose:message');
  const authorId = memberIdOf(ctx);
  const input = parseInput(historySummaryInput, raw, 'The summary');
  return withTransaction(ctx, async (tx) => {
    const { row: c } = await openCase(tx, input.caseId, 'compose:message');
    const [personRow] = await tx.db
      .select({ personId: casePeople.personId })
      .from(casePeople)
      .where(and(eq(casePeople.id, input.casePersonId), eq(casePeople.caseId, c.id)));
    if (!personRow?.personId) throw notFound();
    const rows = await tx.db
      .select({ caseId: cases.id, receivedOn: cases.receivedOn, categories: cases.categories, consequence: casePeople.consequence, status: cases.status })
      .from(casePeople)
      .innerJoin(cases, eq(cases.id, casePeople.caseId))
      .where(eq(casePeople.personId, personRow.personId));
    // Only cases this member may read: a recusal elsewhere is not bypassed by a summary.
    const access = await caseAccess(tx, 'read:case', rows.map((r) => r.caseId));
    const entries: HistoryEntry[] = rows
      .filter((r) => access.allowed.has(r.caseId))
      .map((r) => ({
        receivedOn: r.receivedOn,
        categories: r.categories,
        consequence: r.status === 'resolved' && r.consequence ? CONSEQUENCE_LABELS[r.consequence] : null,
      }));
    const body = historySummaryText(entries, { space: input.space, group: tx.config.organisation.workingGroupName });
    const id = await insertMessage(tx, {
      caseId: c.id,
      kind: 'history_summary',
      recipientKind: input.recipientKind,
      recipients: input.recipients,
      content: { body, undone: [], byHand: [] },
      authorId,
    });
    return { id };
  });
}
