// Report count and highest consequence of people in the identity key, from their case rows in the
// cases the actor may see (a case they are recused from neither counts nor raises the consequence).
import { and, inArray } from 'drizzle-orm';
import { casePeople } from '../../db/schema';
import { highestConsequence, parseConsequence, type Consequence } from '../../domain/outcomes';
import type { ServiceContext } from '../context';
import type { PeopleAccess } from './people-access';

export interface PersonSummary {
  reportCount: number;
  highestConsequence: Consequence | null;
}

export async function summarisePeople(ctx: ServiceContext, personIds: string[], access: PeopleAccess): Promise<Map<string, PersonSummary>> {
  const out = new Map<string, PersonSummary>();
  if (personIds.length === 0) return out;
  const rows = await ctx.db
    .select({ personId: casePeople.personId, caseId: casePeople.caseId, consequence: casePeople.consequence })
    .from(casePeople)
    .where(and(inArray(casePeople.personId, personIds), access.allowsCase(casePeople.caseId)));
  const cases = new Map<string, Set<string>>();
  const consequences = new Map<string, Consequence[]>();
  for (const r of rows) {
    if (!r.personId) continue;
    cases.set(r.personId, (cases.get(r.personId) ?? new Set()).add(r.caseId));
    const c = r.consequence ? parseConsequence(r.consequence) : null;
    if (c) consequences.set(r.personId, [...(consequences.get(r.personId) ?? []), c]);
  }
  for (const id of personIds) {
    out.set(id, { reportCount: cases.get(id)?.size ?? 0, highestConsequence: highestConsequence(consequences.get(id) ?? []) });
  }
  return out;
}
