import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { anchorAuditHead, auditIntegrityStatus } from '../../src/services/audit/anchor-head';
import { ANCHOR_FILE_NAME } from '../../src/services/audit/anchor-file';
import { GENESIS_HASH, keyedEntryHash, legacyEntryHash, type ChainEntry } from '../../src/services/audit/chain';
import { audit } from '../../src/services/audit/emit';
import { verifyAuditChain } from '../../src/services/audit/verify-chain';
import { makeKeys, withTransaction, type ServiceContext } from '../../src/services/context';
import { freshContext, testMasterKey } from '../helpers/db';
import { auditEntries } from '../helpers/audit';

type Row = typeof auditLog.$inferSelect;

function content(r: Row): ChainEntry {
  return { at: r.at.toISOString(), actorId: r.actorId, actorLabel: r.actorLabel, action: r.action, entity: r.entity, entityRef: r.entityRef, details: r.details };
}

describe('audit chain', () => {
  let ctx: ServiceContext;
  let dir: string;
  let anchorFile: string;
  beforeEach(async () => {
    ctx = await freshContext();
    dir = mkdtempSync(path.join(tmpdir(), 'candor-anchor-'));
    anchorFile = path.join(dir, ANCHOR_FILE_NAME);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function write(n: number, from = 0) {
    for (let i = from; i < from + n; i++) {
      await withTransaction(ctx, (tx) => audit(tx, { action: 'case.read', entity: 'case', entityRef: `case ${i}`, details: { i } }));
    }
  }
  const ids = async () => (await auditEntries(ctx)).map((r) => r.id);
  const verify = () => verifyAuditChain(ctx, { anchorFile });

  /** What someone holding the database but not the key can do: rewrite rows from `fromIndex` on with plain SHA-256. */
  async function rewriteWithoutKey(fromIndex: number, opts: { markKeyed: boolean }) {
    const rows = await auditEntries(ctx);
    let prev = fromIndex === 0 ? GENESIS_HASH : rows[fromIndex - 1]!.hash;
    for (const r of rows.slice(fromIndex)) {
      const entry = { ...content(r), entityRef: `rewritten ${r.id}` };
      const hash = legacyEntryHash(prev, entry);
      await ctx.db.update(auditLog).set({ entityRef: entry.entityRef, prevHash: prev, hash, keyed: opts.markKeyed }).where(eq(auditLog.id, r.id));
      prev = hash;
    }
  }

  it('verifies an untouched keyed chain, against its anchors', async () => {
    await write(3);
    expect(await anchorAuditHead(ctx, { anchorFile })).toMatchObject({ written: true });
    await write(2, 3);
    const report = await verify();
    expect(report).toMatchObject({ ok: true, checked: 5, anchorsChecked: 1, firstBroken: null });
    expect((await auditEntries(ctx)).every((r) => r.keyed)).toBe(true);
  });

  it('keeps the anchor file to its owner and writes a new line only when the head moved', async () => {
    await write(2);
    await anchorAuditHead(ctx, { anchorFile });
    expect(await anchorAuditHead(ctx, { anchorFile })).toMatchObject({ written: false });
    await write(1, 2);
    await anchorAuditHead(ctx, { anchorFile });
    expect(statSync(anchorFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(anchorFile, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('names the first altered entry', async () => {
    await write(5);
    const all = await ids();
    await ctx.db.update(auditLog).set({ entityRef: 'tampered' }).where(eq(auditLog.id, all[2]!));
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstBroken?.id).toBe(all[2]);
    expect(report.firstBroken?.reason).toMatch(/altered/);
  });

  it('names the entry after a deleted middle one', async () => {
    await write(4);
    const all = await ids();
    await ctx.db.execute(sql`delete from audit_log where id = ${all[1]!}`);
    const report = await verify();
    expect(report.firstBroken?.id).toBe(all[2]);
    expect(report.firstBroken?.reason).toMatch(/removed or reordered/);
  });

  it('names a deleted middle entry that was anchored as missing, even when the rest was re-linked', async () => {
    await write(3);
    await anchorAuditHead(ctx, { anchorFile });
    await write(2, 3);
    const all = await ids();
    // Delete the anchored entry and relink the next one to the entry before it (without the key).
    await ctx.db.execute(sql`delete from audit_log where id = ${all[2]!}`);
    await rewriteWithoutKey(2, { markKeyed: true });
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstBroken?.id).toBe(all[2]);
    expect(report.firstBroken?.reason).toMatch(/missing.*anchor/);
  });

  it('detects a truncated tail against the anchor, naming where the log now ends', async () => {
    await write(5);
    await anchorAuditHead(ctx, { anchorFile });
    const all = await ids();
    await ctx.db.execute(sql`delete from audit_log where id >= ${all[3]!}`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.checked).toBe(3);
    expect(report.firstBroken?.id).toBe(all[2]! + 1);
    expect(report.firstBroken?.reason).toContain(`records entry ${all[4]}`);
    // The server does not anchor the shorter chain over it, even after new entries.
    await write(1, 5);
    await expect(anchorAuditHead(ctx, { anchorFile })).rejects.toMatchObject({ code: 'integrity_failed', message: expect.stringMatching(/no longer matches its anchor/) });
  });

  it('detects a chain rewritten from a point with recomputed (unkeyed) hashes', async () => {
    await write(5);
    const all = await ids();
    await rewriteWithoutKey(2, { markKeyed: true });
    const report = await verify();
    expect(report.firstBroken).toEqual({ id: all[2], reason: expect.stringMatching(/recomputed without the key/) });
  });

  it('detects a rewrite that marks the rewritten entries as legacy (unkeyed) ones', async () => {
    await write(5);
    const all = await ids();
    await rewriteWithoutKey(2, { markKeyed: false });
    const report = await verify();
    expect(report.firstBroken).toEqual({ id: all[2], reason: expect.stringMatching(/unkeyed where the chain is keyed/) });
  });

  it('detects a whole chain turned into legacy entries, through the anchors', async () => {
    await write(4);
    await anchorAuditHead(ctx, { anchorFile });
    const all = await ids();
    await rewriteWithoutKey(0, { markKeyed: false });
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstBroken?.id).toBe(all[0]);
    // Without the anchor file the rewrite would pass: that is what the anchor is for.
    expect((await verifyAuditChain(ctx)).ok).toBe(true);
  });

  it('detects a chain recomputed under another key', async () => {
    await write(4);
    const other = makeKeys(testMasterKey()).audit;
    const rows = await auditEntries(ctx);
    let prev = GENESIS_HASH;
    for (const r of rows) {
      const hash = keyedEntryHash(other, prev, { ...content(r), entityRef: 'rewritten' });
      await ctx.db.update(auditLog).set({ entityRef: 'rewritten', prevHash: prev, hash }).where(eq(auditLog.id, r.id));
      prev = hash;
    }
    expect((await verify()).firstBroken?.id).toBe(rows[0]!.id);
  });

  it('detects reordered entries', async () => {
    await write(4);
    const rows = await auditEntries(ctx);
    // Swap the second and third entries, each keeping its own hashes.
    const [b, c] = [rows[1]!, rows[2]!];
    const swap = (from: Row, to: Row) =>
      ctx.db.update(auditLog).set({ at: from.at, action: from.action, entity: from.entity, entityRef: from.entityRef, details: from.details, prevHash: from.prevHash, hash: from.hash }).where(eq(auditLog.id, to.id));
    await swap(c, b);
    await swap(b, c);
    const report = await verify();
    expect(report.firstBroken?.id).toBe(b.id);
    expect(report.firstBroken?.reason).toMatch(/reordered/);
  });

  it('reports an edited anchor file by its line', async () => {
    await write(2);
    await anchorAuditHead(ctx, { anchorFile });
    const line = JSON.parse(readFileSync(anchorFile, 'utf8').trim()) as { entryId: number };
    writeFileSync(anchorFile, `${JSON.stringify({ ...line, entryId: line.entryId + 5 })}\n`);
    const report = await verify();
    expect(report).toMatchObject({ ok: false, firstBroken: { id: null, reason: expect.stringMatching(/^line 1 .*MAC/) } });
  });

  it('accepts a legacy (unkeyed) prefix, which the first keyed entry then pins down', async () => {
    // Entries written before the chain was keyed.
    let prev = GENESIS_HASH;
    for (let i = 0; i < 3; i++) {
      const entry: ChainEntry = { at: new Date(2025, 0, i + 1).toISOString(), actorId: null, actorLabel: 'legacy', action: 'case.read', entity: 'case', entityRef: `old ${i}`, details: {} };
      const hash = legacyEntryHash(prev, entry);
      await ctx.db.insert(auditLog).values({ ...entry, at: new Date(entry.at), prevHash: prev, hash, keyed: false });
      prev = hash;
    }
    await write(2);
    expect(await verify()).toMatchObject({ ok: true, checked: 5 });
    await anchorAuditHead(ctx, { anchorFile });
    // Rewriting the legacy prefix breaks the link of the first keyed entry.
    const rows = await auditEntries(ctx);
    await rewriteWithoutKey(0, { markKeyed: false });
    await ctx.db.update(auditLog).set({ prevHash: rows[2]!.hash }).where(eq(auditLog.id, rows[3]!.id)); // put the first keyed entry's link back
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstBroken?.id).toBe(rows[3]!.id);
  });

  it('refuses to anchor a chain that does not check, and records verifications for the board', async () => {
    await write(3);
    await anchorAuditHead(ctx, { anchorFile });
    expect(await verifyAuditChain(ctx, { anchorFile, record: true })).toMatchObject({ ok: true });
    await write(2, 3);
    const all = await ids();
    await ctx.db.update(auditLog).set({ entityRef: 'tampered' }).where(eq(auditLog.id, all[4]!));
    await expect(anchorAuditHead(ctx, { anchorFile })).rejects.toMatchObject({ code: 'integrity_failed' });
    await verifyAuditChain(ctx, { anchorFile, record: true });
    const status = await auditIntegrityStatus(ctx);
    expect(status.lastAnchor?.entryId).toBe(all[2]);
    expect(status.lastVerified).toMatchObject({ checked: 3, anchorsChecked: 1 });
    expect(status.lastFailure?.firstBadId).toBe(all[4]);
  });

  it('refuses to write outside a transaction', async () => {
    await expect(audit(ctx, { action: 'case.read', entity: 'case' })).rejects.toThrow(/transaction/);
  });

  it('rolls the entry back with the transaction that failed', async () => {
    await expect(
      withTransaction(ctx, async (tx) => {
        await audit(tx, { action: 'case.update', entity: 'case' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await ctx.db.select().from(auditLog)).toHaveLength(0);
  });

  it('chains the entries of concurrent transactions into one sound chain, each transaction’s in the order recorded', async () => {
    // On PostgreSQL these run on separate connections at once; the lock is taken only at the commit.
    await Promise.all(
      Array.from({ length: 8 }, (_, t) =>
        withTransaction(ctx, async (tx) => {
          for (let i = 0; i < 3; i++) {
            await audit(tx, { action: 'case.read', entity: 'case', entityRef: `t${t} e${i}` });
            await tx.db.execute(sql`select 1`); // other work between the entries
          }
        }),
      ),
    );
    const rows = await auditEntries(ctx);
    expect(rows).toHaveLength(24);
    for (let t = 0; t < 8; t++) {
      const mine = rows.filter((r) => r.entityRef?.startsWith(`t${t} `));
      expect(mine.map((r) => r.entityRef)).toEqual([`t${t} e0`, `t${t} e1`, `t${t} e2`]);
      // A transaction's entries are written together, one after another in the chain.
      expect(mine[2]!.id - mine[0]!.id).toBe(2);
    }
    expect(await verify()).toMatchObject({ ok: true });
  });
});
