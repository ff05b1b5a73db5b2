// A member declares conflicts of interest against the list of all case code names. Each
// conflict becomes a recusal (details sealed); the declaration itself is recorded, and from then
// on can() lets cases open for the member, except those they are recused from.
import { and, eq, inArray } from 'drizzle-orm';
import { cases, members, recusals } from '../../db/schema';
import { CandorError } from '../../errors';
import { sealOrNull } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { declareConflictsSchema, type DeclareConflictsInput } from './schemas';

export async function declareConflicts(ctx: ServiceContext, raw: DeclareConflictsInput): Promise<{ recusals: number }> {
  const memberId = memberIdOf(ctx);
  authorize(ctx, 'declare:conflicts', { ownerMemberId: memberId });
  const data = parseInput(declareConflictsSchema, raw);
  const issues = data.conflicts.flatMap((c, i) =>
    c.reason === 'other' && c.details === '' ? [{ field: `conflicts.${i}.details`, message: 'Say briefly what the conflict is' }] : [],
  );
  if (issues.length > 0) throw new CandorError('invalid_input', 'Some fields need attention', issues);
  return withTransaction(ctx, async (tx) => {
    const ids = data.conflicts.map((c) => c.caseId);
    const known = ids.length > 0 ? await tx.db.select({ id: cases.id, codeName: cases.codeName }).from(cases).where(inArray(cases.id, ids)) : [];
    // A case the member is excluded from is, to them, one that does not exist.
    const excluded = ids.length > 0 ? await tx.db.select({ caseId: recusals.caseId }).from(recusals).where(and(eq(recusals.memberId, memberId), eq(recusals.reason, 'excluded'), inArray(recusals.caseId, ids))) : [];
    const hidden = new Set(excluded.map((e) => e.caseId));
    const codeName = new Map(known.filter((k) => !hidden.has(k.id)).map((k) => [k.id, k.codeName]));
    for (const c of data.conflicts) {
      if (!codeName.has(c.caseId)) throw new CandorError('invalid_input', 'A case in the list no longer exists; reload the page');
      await tx.db
        .insert(recusals)
        .values({
          caseId: c.caseId,
          memberId,
          reason: c.reason,
          detailsSealed: sealOrNull(tx.keys.master, { table: 'recusals', column: 'details', row: `${c.caseId}:${memberId}` }, c.details),
          declaredBy: memberId,
          createdAt: tx.now(),
        })
        .onConflictDoNothing();
      // As declareRecusal: the kind of conflict is the member's own business and the chair's, not the trail's.
      await audit(tx, { action: 'case.recuse', entity: 'case', entityRef: codeName.get(c.caseId)! });
    }
    await tx.db.update(members).set({ conflictsDeclaredAt: tx.now() }).where(eq(members.id, memberId));
    await audit(tx, { action: 'member.conflicts_declared', entity: 'member', entityRef: memberId, details: { conflicts: data.conflicts.length } });
    return { recusals: data.conflicts.length };
  });
}
