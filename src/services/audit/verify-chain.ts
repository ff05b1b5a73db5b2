import { asc, gt } from 'drizzle-orm';
import { auditLog } from '../../db/schema';
import type { ServiceContext } from '../context';
import { entryHash, GENESIS_HASH } from './chain';
import { authorize } from '../authorize';

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBroken: { id: number; reason: string } | null;
}

const PAGE = 2000;

/** Walks the whole chain in id order; reports the first entry whose hash or link is wrong. */
export async function verifyAuditChain(ctx: ServiceContext): Promise<ChainReport> {
  authorize(ctx, 'read:audit');
  let prev = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await ctx.db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(PAGE);
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.prevHash !== prev) {
        return { ok: false, checked, firstBroken: { id: r.id, reason: 'does not link to the entry before it (an entry was removed or reordered)' } };
      }
      const expected = entryHash(prev, {
        at: r.at.toISOString(),
        actorId: r.actorId,
        actorLabel: r.actorLabel,
        action: r.action,
        entity: r.entity,
        entityRef: r.entityRef,
        details: r.details,
      });
      if (expected !== r.hash) {
        return { ok: false, checked, firstBroken: { id: r.id, reason: 'its content does not match its hash (the entry was altered)' } };
      }
      prev = r.hash;
      lastId = r.id;
      checked += 1;
    }
  }
  return { ok: true, checked, firstBroken: null };
}
