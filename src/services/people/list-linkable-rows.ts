import { asc, desc, eq } from 'drizzle-orm';
import { casePeople, cases, people } from '../../db/schema';
import { authorize } from '../authorize';
import { caseAccess } from '../cases/case-resource';
import { withTransaction, type ServiceContext } from '../context';

/** Rows of cases the keyholder may change, newest cases first, labelled by code names only. */
export async function listLinkableRows(
  ctx: ServiceContext,
  excludePersonId: string,
): Promise<Array<{ id: string; caseCodeName: string; personCodeName: string | null; roleInCase: string }>> {
  authorize(ctx, 'update:identity', {});
  return withTransaction(ctx, async (tx) => {
    const access = await caseAccess(tx, 'update:case');
    const rows = await tx.db
      .select({ id: casePeople.id, personId: casePeople.personId, caseCodeName: cases.codeName, personCodeName: people.codeName, roleInCase: casePeople.roleInCase })
      .from(casePeople)
      .innerJoin(cases, eq(cases.id, casePeople.caseId))
      .leftJoin(people, eq(people.id, casePeople.personId))
      .where(access.allows(casePeople.caseId))
      .orderBy(desc(cases.receivedOn), asc(casePeople.position))
      .limit(300);
    return rows
      .filter((r) => r.personId !== excludePersonId)
      .map((r) => ({ id: r.id, caseCodeName: r.caseCodeName, personCodeName: r.personCodeName, roleInCase: r.roleInCase }));
  });
}
