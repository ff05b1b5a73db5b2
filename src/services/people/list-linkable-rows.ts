import { asc, desc, eq } from 'drizzle-orm';
import { casePeople, cases, people } from '../../db/schema';
import { can } from '../../domain/permissions';
import { authorize } from '../authorize';
import { loadCaseResource } from '../cases/case-resource';
import { withTransaction, type ServiceContext } from '../context';

/** Rows of cases the keyholder may change, newest cases first, labelled by code names only. */
export async function listLinkableRows(
  ctx: ServiceContext,
  excludePersonId: string,
): Promise<Array<{ id: string; caseCodeName: string; personCodeName: string | null; roleInCase: string }>> {
  authorize(ctx, 'update:identity', {});
  return withTransaction(ctx, async (tx) => {
    const rows = await tx.db
      .select({ id: casePeople.id, caseId: cases.id, caseCodeName: cases.codeName, personId: casePeople.personId, personCodeName: people.codeName, roleInCase: casePeople.roleInCase })
      .from(casePeople)
      .innerJoin(cases, eq(cases.id, casePeople.caseId))
      .leftJoin(people, eq(people.id, casePeople.personId))
      .orderBy(desc(cases.receivedOn), asc(casePeople.position))
      .limit(300);
    const allowed = new Map<string, boolean>();
    const out = [];
    for (const r of rows) {
      if (r.personId === excludePersonId) continue;
      if (!allowed.has(r.caseId)) allowed.set(r.caseId, can(tx.actor, 'update:case', await loadCaseResource(tx, r.caseId)));
      if (allowed.get(r.caseId)) out.push({ id: r.id, caseCodeName: r.caseCodeName, personCodeName: r.personCodeName, roleInCase: r.roleInCase });
    }
    return out;
  });
}
