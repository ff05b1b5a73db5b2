// `candor audit verify`: walks the whole chain and checks it against the anchor file. Detects an
// altered entry, a removed or reordered one (the link to the entry before breaks), a chain
// rewritten without the key (keyed hashes do not check, or entries turned unkeyed), a removed
// tail and a rewritten head (the anchors written earlier no longer match).
import { asc, desc, eq, gt, min } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, auditVerifications } from '../../db/schema';
import { authorize } from '../authorize';
import type { KeyEpoch, ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { readAnchors, type Anchor } from './anchor-file';
import { GENESIS_HASH, keyedEntryHash, legacyEntryHash } from './chain';

export interface ChainReport {
  ok: boolean;
  checked: number;
  anchorsChecked: number;
  head: { id: number; hash: string } | null;
  /** The first bad entry (null id: the anchor file itself is at fault) and why. */
  firstBroken: { id: number | null; reason: string } | null;
}

type AuditRow = typeof auditLog.$inferSelect;

const PAGE = 2000;

/**
 * Which chain key the walk is under (decision 031): entries name the master key whose chain key made
 * their hash; the chain moves to a newer key at a rotation and never goes back to one it left.
 */
export class ChainWalk {
  keyId: string | null = null;
  readonly left = new Set<string>();
}

/** The chain key `r` is checked with, or why it cannot be. */
function chainKeyOf(epochs: readonly KeyEpoch[], r: AuditRow, walk: ChainWalk, check: (key: Buffer) => boolean): Buffer | string {
  if (r.keyId === null) {
    // Written before entries named their key: all under one key, which some key held still opens.
    if (walk.keyId !== null) return 'names no chain key where the entries before it name theirs (the chain was rewritten)';
    return epochs.find((e) => check(e.audit))?.audit ?? 'its content does not match its keyed hash (the entry was altered, or its hash recomputed without the key)';
  }
  if (r.keyId !== walk.keyId) {
    if (walk.left.has(r.keyId)) return 'goes back to a chain key that a key rotation had replaced (the chain was rewritten with a retired key)';
    if (walk.keyId !== null) walk.left.add(walk.keyId);
    walk.keyId = r.keyId;
  }
  const epoch = epochs.find((e) => e.id === r.keyId);
  return epoch ? epoch.audit : `is keyed under master key ${r.keyId}, whose chain key this instance does not hold (keep retired keys in the key file, decision 031)`;
}

/** Why `r` does not follow `prev` in a sound chain, or null. */
export function entryFault(epochs: readonly KeyEpoch[], prev: string, r: AuditRow, keyedFrom: number | null, walk: ChainWalk): string | null {
  if (r.prevHash !== prev) return 'does not link to the entry before it (an entry was removed or reordered)';
  if (!r.keyed && keyedFrom !== null && r.id >= keyedFrom) {
    return 'is unkeyed where the chain is keyed (the chain was rewritten without the key)';
  }
  const entry = {
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorLabel: r.actorLabel,
    action: r.action,
    entity: r.entity,
    entityRef: r.entityRef,
    details: r.details,
  };
  let expected: string;
  if (r.keyed) {
    const key = chainKeyOf(epochs, r, walk, (k) => keyedEntryHash(k, prev, entry) === r.hash);
    if (typeof key === 'string') return key;
    expected = keyedEntryHash(key, prev, entry);
  } else {
    expected = legacyEntryHash(prev, entry);
  }
  if (expected !== r.hash) {
    return r.keyed
      ? 'its content does not match its keyed hash (the entry was altered, or its hash recomputed without the key)'
      : 'its content does not match its hash (the entry was altered)';
  }
  return null;
}

/** The first keyed entry, where unkeyed legacy entries must end. */
export async function firstKeyedId(ctx: ServiceContext): Promise<number | null> {
  const rows = await ctx.db.select({ id: min(auditLog.id) }).from(auditLog).where(eq(auditLog.keyed, true));
  return rows[0]?.id ?? null;
}

export async function auditHead(ctx: ServiceContext): Promise<{ id: number; hash: string } | null> {
  const rows = await ctx.db.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return rows[0] ?? null;
}

export const verifyAuditChainSchema = z.object({
  /** The anchor file to check the chain against; without it only the chain itself is checked. */
  anchorFile: z.string().min(1).optional(),
  /** Keep the outcome for the board's audit page. */
  record: z.boolean().default(false),
});

export async function verifyAuditChain(ctx: ServiceContext, input: z.input<typeof verifyAuditChainSchema> = {}): Promise<ChainReport> {
  authorize(ctx, 'read:audit');
  const { anchorFile, record } = parseInput(verifyAuditChainSchema, input);
  const report = await walk(ctx, anchorFile);
  if (record) {
    await ctx.db.insert(auditVerifications).values({
      at: ctx.now(),
      ok: report.ok,
      checked: report.checked,
      anchorsChecked: report.anchorsChecked,
      firstBadId: report.firstBroken?.id ?? null,
      reason: report.firstBroken?.reason ?? null,
    });
  }
  return report;
}

async function walk(ctx: ServiceContext, anchorFile: string | undefined): Promise<ChainReport> {
  const read = anchorFile ? readAnchors(anchorFile, ctx.keys.epochs) : { ok: true as const, anchors: [] as Anchor[] };
  const head = await auditHead(ctx);
  const fail = (checked: number, anchorsChecked: number, id: number | null, reason: string): ChainReport => ({
    ok: false,
    checked,
    anchorsChecked,
    head,
    firstBroken: { id, reason },
  });
  if (!read.ok) return fail(0, 0, null, `line ${read.line} of the anchor file ${read.reason}`);
  const anchors = read.anchors;
  // Entries from the first keyed one on must be keyed; the anchors remember where that was, so
  // turning the whole chain back into unkeyed hashes does not pass either.
  const anchoredKeyedFrom = anchors.reduce<number | null>((k, a) => (a.keyedFrom === null ? k : k === null ? a.keyedFrom : Math.min(k, a.keyedFrom)), null);
  const dbKeyedFrom = await firstKeyedId(ctx);
  const keyedFrom = anchoredKeyedFrom === null ? dbKeyedFrom : dbKeyedFrom === null ? anchoredKeyedFrom : Math.min(anchoredKeyedFrom, dbKeyedFrom);

  let prev = GENESIS_HASH;
  const chain = new ChainWalk();
  let lastId = 0;
  let checked = 0;
  let k = 0; // next anchor to meet
  for (;;) {
    const rows = await ctx.db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(PAGE);
    if (rows.length === 0) break;
    for (const r of rows) {
      const skipped = anchors[k];
      if (skipped && skipped.entryId < r.id) {
        return fail(checked, k, skipped.entryId, `is missing: the anchor written at ${skipped.at} records it (an entry was removed)`);
      }
      const fault = entryFault(ctx.keys.epochs, prev, r, keyedFrom, chain);
      if (fault) return fail(checked, k, r.id, fault);
      while (anchors[k] && anchors[k]!.entryId === r.id) {
        if (anchors[k]!.hash !== r.hash) {
          return fail(checked, k, r.id, `differs from the anchor written at ${anchors[k]!.at} (the chain was rewritten)`);
        }
        k += 1;
      }
      prev = r.hash;
      lastId = r.id;
      checked += 1;
    }
  }
  const beyond = anchors[k];
  if (beyond) {
    return fail(
      checked,
      k,
      lastId + 1,
      `is missing: the log ends at entry ${lastId} but the anchor written at ${beyond.at} records entry ${beyond.entryId} (the entries after ${lastId} were removed)`,
    );
  }
  return { ok: true, checked, anchorsChecked: anchors.length, head, firstBroken: null };
}
