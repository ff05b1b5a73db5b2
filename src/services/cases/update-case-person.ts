import { and, eq } from 'drizzle-orm';
import { casePeople } from '../../db/schema';
import { notFound } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { isUuid, openCase } from './case-access';
import { appendCaseEvent } from './case-events';
import { resolvePersonCode } from './case-person-code';
import { casePersonRowInput, type CasePersonRowInput } from './schemas';

/** Changes a people row. A blank person code name keeps the row's person. */
export async function updateCasePerson(ctx: ServiceContext, raw: CasePersonRowInput): Promise<void> {
  authorize(ctx, 'update:case');
  const { caseId, rowId, personCodeName, ...input } = parseInput(casePersonRowInput, raw, 'The person row');
  await withTransaction(ctx, async (tx) => {
    const { row: c } = await openCase(tx, caseId, 'update:case');
    if (!isUuid(rowId)) throw notFound();
    const [existing] = await tx.db.select().from(casePeople).where(and(eq(casePeople.id, rowId), eq(casePeople.caseId, c.id)));
    if (!existing) throw notFound();
    const person = personCodeName ? await resolvePersonCode(tx, personCodeName) : null;
    await tx.db
      .update(casePeople)
      .set({ ...input, ...(person ? { personId: person.id } : {}) })
      .where(eq(casePeople.id, existing.id));
    await appendCaseEvent(tx, c.id, { kind: 'person_updated', personRowId: existing.id });
    await audit(tx, { action: 'case_person.update', entity: 'case', entityRef: c.codeName });
  });
}
