// The per-case rule applied to the identity key: a person is shown only through cases the actor
// may see. Someone named only in cases the actor is recused or excluded from is, for that actor,
// not in the key at all; someone named in no case yet (added by hand) belongs to no case and shows.
import { inArray, isNotNull, notInArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { casePeople } from '../../db/schema';
import type { Permission } from '../../domain/permissions';
import { caseAccess, type CaseAccess } from '../cases/case-resource';
import type { ServiceContext } from '../context';

export interface PeopleAccess {
  /** Ids of people the actor may not see (every case naming them is refused). */
  hidden: Set<string>;
  /** Cases the actor may see through this person. */
  casesOf(personId: string): Set<string>;
  /** A SQL condition on a column holding a case id: true only for cases the actor may see. */
  allowsCase(column: AnyPgColumn): SQL;
  /** A SQL condition on a column holding a person id: false for hidden people. */
  allowsPerson(column: AnyPgColumn): SQL;
}

/** `cases`: the actor's access to every case for `permission`, when the caller has it already. */
export async function peopleAccess(
  ctx: ServiceContext,
  permission: Permission = 'read:case',
  personIds?: readonly string[],
  cases?: CaseAccess,
): Promise<PeopleAccess> {
  const links = await ctx.db
    .select({ personId: casePeople.personId, caseId: casePeople.caseId })
    .from(casePeople)
    .where(personIds ? inArray(casePeople.personId, [...personIds]) : isNotNull(casePeople.personId));
  // For the whole key, the rule for every case (no id list to send); otherwise for the cases named.
  const access = cases ?? (await caseAccess(ctx, permission, personIds ? [...new Set(links.map((l) => l.caseId))] : undefined));
  const seen = new Map<string, Set<string>>();
  const linked = new Set<string>();
  for (const l of links) {
    if (!l.personId) continue;
    linked.add(l.personId);
    if (access.allowed.has(l.caseId)) seen.set(l.personId, (seen.get(l.personId) ?? new Set()).add(l.caseId));
  }
  const hidden = new Set([...linked].filter((p) => !seen.has(p)));
  return {
    hidden,
    casesOf: (personId) => seen.get(personId) ?? new Set(),
    allowsCase: (column) => access.allows(column),
    allowsPerson: (column) => (hidden.size === 0 ? sql`true` : notInArray(column, [...hidden])),
  };
}

/** For the verbs that act on one person: false when the actor may not see them (answer 404). */
export async function maySeePerson(ctx: ServiceContext, personId: string): Promise<boolean> {
  return !(await peopleAccess(ctx, 'read:case', [personId])).hidden.has(personId);
}
