// The publication log as the publishing service writes it: one signed entry per published
// version (corrections included), chained, hashing the record the site serves; the signing key
// made once, its private half sealed.
import { generateKeyPairSync } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, publicationKeys, publicationLog } from '../../../src/db/schema';
import { checkLogChain, sha256Hex } from '../../../src/domain/publication-log';
import type { ServiceContext } from '../../../src/services/context';
import { draftAnnualReport } from '../../../src/services/publications/draft-annual-report';
import { draftStatisticsRelease } from '../../../src/services/publications/draft-statistics-release';
import { readPublicationLog, readPublicKey, readReleaseRecord } from '../../../src/services/publications/publication-log';
import { publishApproved } from '../../helpers/public-text';
import { freshContext } from '../../helpers/db';
import { codeOf } from '../../helpers/errors';
import { buildCase, buildSmallRegister } from './factory';

const NOW = () => new Date('2026-03-01T12:00:00Z');

// One register for the file (building it is the slow part); the tests run in order, each
// publishing on top of what the one before published.
describe('publication log', () => {
  let ctx: ServiceContext;
  beforeAll(async () => {
    ctx = await freshContext({ now: NOW });
    await buildSmallRegister(ctx);
  });

  it('is empty, without a key, before anything is published', async () => {
    const log = await readPublicationLog(ctx, 'Org');
    expect(log).toMatchObject({ entries: [], releases: [], publicKey: null, head: null });
    expect(await codeOf(readPublicKey(ctx))).toBe('not_found');
  });

  it('appends a signed, chained entry for every release and correction, hashing the served record', async () => {
    await publishApproved(ctx, (await draftAnnualReport(ctx, { year: 2024 })).id);
    await publishApproved(ctx, (await draftStatisticsRelease(ctx, { period: '2025-H1' })).id);
    await buildCase(ctx, { receivedOn: '2025-05-01', consequences: ['ban'] });
    await publishApproved(ctx, (await draftStatisticsRelease(ctx, { period: '2025-H1' })).id, 'A report was recorded late.');

    const log = await readPublicationLog(ctx, 'Org');
    expect(log.entries.map((e) => [e.signed.seq, e.signed.kind, e.signed.key, e.signed.version, e.signed.publishedAt])).toEqual([
      [1, 'annual', '2024', 1, '2026-03'],
      [2, 'stats', '2025-H1', 1, '2026-03'],
      [3, 'stats', '2025-H1', 2, '2026-03'],
    ]);
    expect(log.head).toBe(log.entries[2]!.hash);
    expect(log.releases).toHaveLength(3);
    expect(await readPublicKey(ctx)).toBe(log.publicKey);
    expect(checkLogChain(log.entries, log.publicKey!)).toBeNull();
    for (const e of log.entries) {
      const record = await readReleaseRecord(ctx, e.url.split('/').pop()!);
      expect(sha256Hex(record)).toBe(e.signed.contentHash);
      expect(record).not.toContain('truth');
    }
    expect(await readReleaseRecord(ctx, 'stats-2025-H1-v2.json')).toContain('A report was recorded late.');

    // One key, made on first use; only its public half is in the clear.
    const keys = await ctx.db.select().from(publicationKeys);
    expect(keys).toHaveLength(1);
    expect(keys[0]!.privateKeySealed).not.toContain('PRIVATE KEY');
    const made = await ctx.db.select().from(auditLog).where(eq(auditLog.action, 'publication.signing_key_create'));
    expect(made).toHaveLength(1);
  });

  it('a changed entry, a removed entry or another key breaks the chain at that entry', async () => {
    const { entries, publicKey } = await readPublicationLog(ctx, 'Org');
    const edited = entries.map((e, i) => (i === 1 ? { ...e, signed: { ...e.signed, contentHash: sha256Hex('other') } } : e));
    expect(checkLogChain(edited, publicKey!)).toMatchObject({ index: 1, reason: expect.stringMatching(/hash does not match/) });
    expect(checkLogChain([entries[0]!, entries[2]!], publicKey!)).toMatchObject({ index: 1, reason: expect.stringMatching(/sequence number 2/) });

    // A forger with database access but not the master key can rebuild hashes, not signatures.
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(checkLogChain(entries, other)).toMatchObject({ index: 0, reason: expect.stringMatching(/signature/) });
  });

  it('logs releases published before the log existed, in publishing order, with the next release', async () => {
    await ctx.db.delete(publicationLog); // as on an installation that published before this version
    await publishApproved(ctx, (await draftStatisticsRelease(ctx, { period: '2024-H2' })).id);
    const log = await readPublicationLog(ctx, 'Org');
    // Everything was published in the same instant here, so the order falls back to key and version.
    expect(log.entries.map((e) => `${e.signed.key} v${e.signed.version}`)).toEqual(['2024 v1', '2024-H2 v1', '2025-H1 v1', '2025-H1 v2']);
    expect(checkLogChain(log.entries, log.publicKey!)).toBeNull();
  });
});
