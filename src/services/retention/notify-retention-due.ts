// The daily retention job's work: tell the chairs (a content-free "something needs your attention"
// pointing at /wg/retention) when items became due that they have not been told about. Each item
// is announced once; nothing is destroyed here.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { members, retentionNotices } from '../../db/schema';
import { retentionDue } from '../../domain/retention';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { queueMail } from '../mail';
import { parseInput, type RawInput } from '../parse-input';
import { loadRetentionCases, retentionSettings, retentionToday } from './load-retention-cases';
import { listRetentionDueSchema } from './schemas';

export const RETENTION_PAGE = '/wg/retention';

export async function notifyRetentionDue(ctx: ServiceContext, raw: RawInput<typeof listRetentionDueSchema> = {}): Promise<{ due: number; announced: number }> {
  authorize(ctx, 'run:system');
  parseInput(listRetentionDueSchema, raw);
  return withTransaction(ctx, async (tx) => {
    const due = retentionDue(await loadRetentionCases(tx), retentionSettings(tx.config), retentionToday(tx));
    const told = await tx.db.select({ caseId: retentionNotices.caseId, kind: retentionNotices.kind }).from(retentionNotices);
    const toldKeys = new Set(told.map((t) => `${t.caseId}|${t.kind}`));
    const fresh = due.filter((d) => !toldKeys.has(`${d.caseId}|${d.kind}`));
    if (fresh.length === 0) return { due: due.length, announced: 0 };
    await tx.db.insert(retentionNotices).values(fresh.map((d) => ({ caseId: d.caseId, kind: d.kind, at: tx.now() })));
    const chairs = await tx.db
      .select({ email: members.email })
      .from(members)
      .where(and(eq(members.active, true), isNull(members.offboardedAt), inArray(members.role, ['chair', 'vice_chair'])));
    for (const c of chairs) await queueMail(tx, { to: c.email, template: 'member_attention', link: RETENTION_PAGE });
    await audit(tx, { action: 'retention.notify', entity: 'register', details: { due: due.length, announced: fresh.length, chairs: chairs.length } });
    return { due: due.length, announced: fresh.length };
  });
}
