// Anchoring: the server appends the chain's head to the anchor file while entries are added (a
// job, every minute when the head moved), and `candor audit verify` does after a full check. An
// anchor only ever extends a sound chain: the entries since the last anchor are checked first.
import { Cron } from 'croner';
import { asc, desc, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import { auditAnchors, auditLog, auditVerifications } from '../../db/schema';
import { CandorError } from '../../errors';
import { authorize } from '../authorize';
import type { ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { appendAnchor, lastAnchor } from './anchor-file';
import { GENESIS_HASH } from './chain';
import { auditHead, ChainWalk, entryFault, firstKeyedId } from './verify-chain';

export const anchorAuditHeadSchema = z.object({ anchorFile: z.string().min(1) });

export interface AnchorOutcome {
  entryId: number;
  hash: string;
  /** False when the head had not moved since the last anchor. */
  written: boolean;
}

export async function anchorAuditHead(ctx: ServiceContext, input: z.input<typeof anchorAuditHeadSchema>): Promise<AnchorOutcome | null> {
  authorize(ctx, 'read:audit');
  const { anchorFile } = parseInput(anchorAuditHeadSchema, input);
  const head = await auditHead(ctx);
  if (!head) return null;
  // The file is the authority (the table only mirrors it for the board's page).
  const last = lastAnchor(anchorFile, ctx.keys.epochs);
  if (last && last.entryId === head.id && last.hash === head.hash) return { entryId: head.id, hash: head.hash, written: false };

  // Where keyed entries begin, as first anchored: the database's own answer could have been moved.
  const keyedFrom = last?.keyedFrom ?? (await firstKeyedId(ctx));
  let prev = GENESIS_HASH;
  let after = 0;
  const walk = new ChainWalk();
  if (last) {
    const anchored = await ctx.db.select({ hash: auditLog.hash, keyId: auditLog.keyId }).from(auditLog).where(eq(auditLog.id, last.entryId));
    // The anchored entry gone or changed: never anchor over that (a shorter chain after a removed
    // tail would otherwise look sound); `candor audit verify` names the fault.
    if (anchored[0]?.hash !== last.hash) {
      throw new CandorError('integrity_failed', `not anchoring the audit log: entry ${last.entryId} no longer matches its anchor; run candor audit verify`);
    }
    prev = last.hash;
    after = last.entryId;
    walk.keyId = anchored[0].keyId;
  }
  for (;;) {
    const rows = await ctx.db.select().from(auditLog).where(gt(auditLog.id, after)).orderBy(asc(auditLog.id)).limit(2000);
    if (rows.length === 0) break;
    for (const r of rows) {
      const fault = entryFault(ctx.keys.epochs, prev, r, keyedFrom, walk);
      if (fault) throw new CandorError('integrity_failed', `not anchoring the audit log: entry ${r.id} ${fault}; run candor audit verify`);
      prev = r.hash;
      after = r.id;
    }
  }
  // The rows read may run past `head` (entries written meanwhile): anchor what was checked.
  const at = ctx.now();
  appendAnchor(anchorFile, ctx.keys.epochs[0]!, { at: at.toISOString(), entryId: after, hash: prev, keyedFrom });
  await ctx.db.insert(auditAnchors).values({ at, entryId: after, hash: prev });
  return { entryId: after, hash: prev, written: true };
}

export interface AuditIntegrityStatus {
  lastAnchor: { at: Date; entryId: number } | null;
  lastVerified: { at: Date; checked: number; anchorsChecked: number } | null;
  /** A verification failed after the last one that passed. */
  lastFailure: { at: Date; firstBadId: number | null } | null;
}

/** What the board's audit page shows: the last anchor and the last verification. */
export async function auditIntegrityStatus(ctx: ServiceContext): Promise<AuditIntegrityStatus> {
  authorize(ctx, 'read:audit');
  const anchor = (await ctx.db.select().from(auditAnchors).orderBy(desc(auditAnchors.id)).limit(1))[0];
  const recent = await ctx.db.select().from(auditVerifications).orderBy(desc(auditVerifications.id)).limit(50);
  const passed = recent.find((v) => v.ok);
  const failed = recent.find((v) => !v.ok);
  return {
    lastAnchor: anchor ? { at: anchor.at, entryId: anchor.entryId } : null,
    lastVerified: passed ? { at: passed.at, checked: passed.checked, anchorsChecked: passed.anchorsChecked } : null,
    lastFailure: failed && (!passed || failed.id > passed.id) ? { at: failed.at, firstBadId: failed.firstBadId } : null,
  };
}

export const AUDIT_ANCHOR_SCHEDULE = '* * * * *'; // every minute; writes only when the head moved

/** Anchors the head on a schedule in the running server until stopped; overlapping runs are skipped. */
export function scheduleAuditAnchoring(ctx: ServiceContext, opts: { anchorFile: string; pattern?: string; onError?: (e: unknown) => void }): { stop(): void } {
  const job = new Cron(opts.pattern ?? AUDIT_ANCHOR_SCHEDULE, { protect: true, unref: true, name: 'anchor-audit' }, async () => {
    try {
      await anchorAuditHead(ctx, { anchorFile: opts.anchorFile });
    } catch (e) {
      opts.onError?.(e);
    }
  });
  return { stop: () => job.stop() };
}
