// The public publication log: appending signed entries when releases are published, and the
// public reads of the log, the signing key and each release's canonical record.
// The signing key is generated on first use; its private half is sealed with the master key
// (docs/decisions/011-publication-log.md).
import { generateKeyPairSync, createPrivateKey, randomUUID } from 'node:crypto';
import { asc, desc } from 'drizzle-orm';
import { publicationKeys, publicationLog } from '../../db/schema';
import {
  keyFingerprint,
  LOG_GENESIS_HASH,
  LOG_SCHEMA,
  parseReleaseFile,
  releasePath,
  sha256Hex,
  signEntry,
  type LogEntry,
  type LoggedKind,
  type PublicationLogDocument,
  type SignedEntry,
} from '../../domain/publication-log';
import { notFound } from '../../errors';
import { seal, unseal } from '../../privacy/envelope';
import { publicView } from '../../reports/model';
import { releaseRecord } from '../../reports/render/release-record';
import { audit } from '../audit/emit';
import { assertInTransaction, type ServiceContext } from '../context';
import { loadPublished, loadPublishedPublic, lockPublications, type PublishedPublicRow } from './store';
import { authorize } from '../authorize';

const privateKeyBinding = (row: string) => ({ table: 'publication_keys', column: 'private_key', row });

export const releaseKey = (r: { kind: string; key: string; version: number }) => `${r.kind}:${r.key}:v${r.version}`;

/** The bytes served at the release's log URL and hashed into its entry. */
export const releaseRecordOf = (row: Pick<PublishedPublicRow, 'kind' | 'key' | 'version' | 'note' | 'content'>): string => releaseRecord(publicView(row));

async function loadPublicKey(ctx: ServiceContext): Promise<string | null> {
  const [row] = await ctx.db.select({ publicKey: publicationKeys.publicKey }).from(publicationKeys).orderBy(asc(publicationKeys.createdAt)).limit(1);
  return row?.publicKey ?? null;
}

async function signingKey(tx: ServiceContext) {
  const [row] = await tx.db.select().from(publicationKeys).orderBy(asc(publicationKeys.createdAt)).limit(1);
  if (row) return createPrivateKey(unseal(tx.keys.master, privateKeyBinding(row.id), row.privateKeySealed));
  const pair = generateKeyPairSync('ed25519');
  const publicKey = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const id = randomUUID(); // made here so the private key can be sealed to its row
  await tx.db.insert(publicationKeys).values({ id, publicKey, privateKeySealed: seal(tx.keys.master, privateKeyBinding(id), privatePem) });
  await audit(tx, { action: 'publication.signing_key_create', entity: 'publication_key', details: { fingerprint: keyFingerprint(publicKey) } });
  return pair.privateKey;
}

/**
 * Appends an entry for every published release version the log does not hold yet, in the order
 * they were published (the one just published, and any published before the log existed).
 * Runs in the publishing transaction, under the publications lock.
 */
export async function appendPublishedToLog(tx: ServiceContext): Promise<void> {
  assertInTransaction(tx, 'appendPublishedToLog');
  await lockPublications(tx);
  const logged = await tx.db.select().from(publicationLog).orderBy(desc(publicationLog.seq));
  const have = new Set(logged.map(releaseKey));
  // Publishing order; releases published in the same instant (a backfill) by key and version.
  const missing = (await loadPublished(tx))
    .filter((r) => !have.has(releaseKey(r)))
    .sort((a, b) => (a.publishedAt?.getTime() ?? 0) - (b.publishedAt?.getTime() ?? 0) || a.key.localeCompare(b.key) || a.version - b.version);
  if (missing.length === 0) return;
  const key = await signingKey(tx);
  let prevHash = logged[0]?.hash ?? LOG_GENESIS_HASH;
  let seq = logged[0]?.seq ?? 0;
  for (const row of missing) {
    seq += 1;
    const signed: SignedEntry = {
      seq,
      prevHash,
      kind: row.kind,
      key: row.key,
      version: row.version,
      contentHash: sha256Hex(releaseRecordOf(row)),
      publishedAt: (row.publishedAt ?? tx.now()).toISOString().slice(0, 7),
    };
    const entry = signEntry(signed, key);
    await tx.db.insert(publicationLog).values({ ...signed, hash: entry.hash, signature: entry.signature });
    prevHash = entry.hash;
  }
}

function toEntry(r: typeof publicationLog.$inferSelect): LogEntry {
  const signed: SignedEntry = {
    seq: r.seq,
    prevHash: r.prevHash,
    kind: r.kind as LoggedKind,
    key: r.key,
    version: r.version,
    contentHash: r.contentHash,
    publishedAt: r.publishedAt,
  };
  return { signed, hash: r.hash, signature: r.signature, url: releasePath(signed) };
}

/** The whole log as published at /publications/log (public: it holds no confidential data). */
export async function readPublicationLog(ctx: ServiceContext, organisation: string): Promise<PublicationLogDocument> {
  authorize(ctx, 'read:published');
  // One after another: a transaction's single connection runs one query at a time.
  const rows = await ctx.db.select().from(publicationLog).orderBy(asc(publicationLog.seq));
  const publicKey = await loadPublicKey(ctx);
  const published = await loadPublishedPublic(ctx);
  const entries = rows.map(toEntry);
  return {
    schema: LOG_SCHEMA,
    organisation,
    publicKey,
    keyFingerprint: publicKey ? keyFingerprint(publicKey) : null,
    head: entries.at(-1)?.hash ?? null,
    entries,
    releases: published.map((r) => ({ kind: r.kind, key: r.key, version: r.version, url: releasePath(r) })),
  };
}

export async function readPublicKey(ctx: ServiceContext): Promise<string> {
  authorize(ctx, 'read:published');
  const key = await loadPublicKey(ctx);
  if (!key) throw notFound('Nothing has been published yet, so there is no signing key');
  return key;
}

/** The canonical record of a published release version, by its file name ("stats-2025-H1-v1.json"). */
export async function readReleaseRecord(ctx: ServiceContext, file: string): Promise<string> {
  authorize(ctx, 'read:published');
  const ref = parseReleaseFile(file);
  if (!ref) throw notFound('No such release');
  const row = (await loadPublishedPublic(ctx)).find((r) => r.kind === ref.kind && r.key === ref.key && r.version === ref.version);
  if (!row) throw notFound('No such release');
  return releaseRecordOf(row);
}

/** Sequence number of each logged release version, by "kind:key:vN" (for release pages' links). */
export async function logSequenceByRelease(ctx: ServiceContext): Promise<Map<string, number>> {
  authorize(ctx, 'read:published');
  const rows = await ctx.db.select({ seq: publicationLog.seq, kind: publicationLog.kind, key: publicationLog.key, version: publicationLog.version }).from(publicationLog);
  return new Map(rows.map((r) => [releaseKey(r), r.seq]));
}
