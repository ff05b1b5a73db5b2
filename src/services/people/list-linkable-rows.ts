import { and, asc, desc, eq, isNull, ne, or } from 'drizzle-orm';
import { casePeople, cases, people } from '../../db/schema';
import type { RoleInCase } from '../../domain/case-lifecycle';
import { authorize } from '../authorize';
import { caseAccess } from '../cases/case-resource';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { personRefInput, type PersonRefInput } from './schemas';

/**
 * Rows of cases the keyholder may change, newest cases first, labelled by code names only: one
 * query for the access rule of every case (caseAccess, batched) and one for the rows.
 */
export async function listLinkableRows(
  ctx: ServiceContext,
  raw: PersonRefInput,
): Promise<Array<{ id: string; caseCodeName: string; personCodeName: string | null; roleInCase: RoleInCase }>> {
  authorize(ctx, 'update:identity', {});
  // The person being linked: their own rows are not offered.
  const { personId: excludePersonId } = parseInput(personRefInput, raw);
  return withTransaction(ctx, async (tx) => {
    const access = await caseAccess(tx, 'update:case');
    return tx.db
      .select({ id: casePeople.id, caseCodeName: cases.codeName, personCodeName: people.codeName, roleInCase: casePeople.roleInCase })
      .from(casePeople)
      .innerJoin(cases, eq(cases.id, casePeople.caseId))
      .leftJoin(people, eq(people.id, casePeople.personId))
      // The person's own rows are left out in the query, so the limit counts only rows offered.
      .where(and(access.allows(casePeople.caseId), or(isNull(casePeople.personId), ne(casePeople.personId, excludePersonId))))
      .orderBy(desc(cases.receivedOn), asc(casePeople.position))
      .limit(300);
  });
}
