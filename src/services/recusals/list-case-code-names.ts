import { eq } from 'drizzle-orm';
import { cases, recusals } from '../../db/schema';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';

/** Code names of every case, for declaring conflicts; nothing else about the cases. */
export async function listCaseCodeNames(ctx: ServiceContext): Promise<Array<{ id: string; codeName: string; recused: boolean }>> {
  authorize(ctx, 'list:case_codes');
  const memberId = memberIdOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const [all, mine] = await Promise.all([
      tx.db.select({ id: cases.id, codeName: cases.codeName }).from(cases).orderBy(cases.codeName),
      tx.db.select({ caseId: recusals.caseId }).from(recusals).where(eq(recusals.memberId, memberId)),
    ]);
    const recused = new Set(mine.map((m) => m.caseId));
    return all.map((c) => ({ ...c, recused: recused.has(c.id) }));
  });
}
