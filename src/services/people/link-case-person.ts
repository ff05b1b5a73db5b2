// A keyholder links a case's people row to a person of the identity key (the same person named
// again under another code name, or a row recorded before the identity was known).
import { eq } from 'drizzle-orm';
import { casePeople, people } from '../../db/schema';
import { invalidInput, notFound } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { appendCaseEvent } from '../cases/case-events';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { maySeePerson } from './people-access';
import { linkCasePersonInput } from './schemas';

export async function linkCasePerson(ctx: ServiceContext, raw: { personId?: unknown; casePersonId?: unknown }): Promise<void> {
  authorize(ctx, 'update:identity', {});
  const input = parseInput(linkCasePersonInput, raw, 'The link');
  await withTransaction(ctx, async (tx) => {
    const [p] = await tx.db.select({ id: people.id, codeName: people.codeName }).from(people).where(eq(people.id, input.personId));
    // A person the keyholder may not see cannot be linked either: the link would show them.
    if (!p || !(await maySeePerson(tx, p.id))) throw notFound();
    const [row] = await tx.db.select().from(casePeople).where(eq(casePeople.id, input.casePersonId));
    if (!row) throw invalidInput('No such people row', [{ field: 'casePersonId', message: 'choose a people row' }]);
    // Linking changes the case record, so the keyholder must also be allowed to change that case.
    const { row: c } = await openCase(tx, row.caseId, 'update:case');
    if (row.personId === p.id) return;
    await tx.db.update(casePeople).set({ personId: p.id }).where(eq(casePeople.id, row.id));
    await appendCaseEvent(tx, c.id, { kind: 'person_updated', personRowId: row.id }, null, { person: p.codeName });
    await audit(tx, { action: 'case_person.link', entity: 'case', entityRef: c.codeName, details: { person: p.codeName } });
  });
}

