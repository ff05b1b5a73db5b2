// What a member declares conflicts against: the code name of every case, and nothing else about
// the cases (no status, dates or people), plus the member's own earlier declarations. A case the
// member is excluded from (named in) is left out: to them it does not exist.
import { asc, eq } from 'drizzle-orm';
import { cases, recusals } from '../../db/schema';
import { authorize, memberIdOf } from '../authorize';
import type { ServiceContext } from '../context';

export interface CaseCodeNames {
  cases: { id: string; codeName: string; declared: string | null }[];
}

export async function listCaseCodeNames(ctx: ServiceContext): Promise<CaseCodeNames> {
  authorize(ctx, 'list:case_codes');
  const memberId = memberIdOf(ctx);
  const [all, mine] = await Promise.all([
    ctx.db.select({ id: cases.id, codeName: cases.codeName }).from(cases).orderBy(asc(cases.codeName)),
    ctx.db.select({ caseId: recusals.caseId, reason: recusals.reason }).from(recusals).where(eq(recusals.memberId, memberId)),
  ]);
  const reasons = new Map(mine.map((r) => [r.caseId, r.reason]));
  return { cases: all.filter((c) => reasons.get(c.id) !== 'excluded').map((c) => ({ ...c, declared: reasons.get(c.id) ?? null })) };
}
