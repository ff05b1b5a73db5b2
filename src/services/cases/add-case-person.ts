import { count, eq } from 'drizzle-orm';
import { casePeople } from '../../db/schema';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { openCase } from './case-access';
import { appendCaseEvent } from './case-events';
import { resolvePersonCode } from './case-person-code';
import { casePersonFormInput, type CasePersonFormInput } from './schemas';

/** Adds one people row to a case: person code name, role, consequence, suspension, flag. */
export async function addCasePerson(
  ctx: ServiceContext,
  raw: CasePersonFormInput,
): Promise<{ id: string; personCodeName: string }> {
  authorize(ctx, 'update:case');
  const { caseId, personCodeName, ...input } = parseInput(casePersonFormInput, raw, 'The person row');
  return withTransaction(ctx, async (tx) => {
    const { row: c } = await openCase(tx, caseId, 'update:case');
    const person = await resolvePersonCode(tx, personCodeName || undefined);
    const [{ n }] = (await tx.db.select({ n: count() }).from(casePeople).where(eq(casePeople.caseId, c.id))) as [{ n: number }];
    const [row] = await tx.db
      .insert(casePeople)
      .values({ caseId: c.id, personId: person.id, ...input, position: n })
      .returning({ id: casePeople.id });
    await appendCaseEvent(tx, c.id, { kind: 'person_added', personRowId: row!.id }, null, { person: person.codeName });
    await audit(tx, { action: 'case_person.add', entity: 'case', entityRef: c.codeName, details: { person: person.codeName } });
    return { id: row!.id, personCodeName: person.codeName };
  });
}
