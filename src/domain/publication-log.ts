// The publication log's rules, shared by the server that appends to it and the standalone
// verifier that checks it (which must not need the database). Each entry's `signed` part is
// hashed and signed as canonical JSON; it names the previous entry's hash, so changing, removing
// or reordering an entry breaks every entry after it, and only the organisation's Ed25519 key can
// make a new one. The release's content hash is SHA-256 over the exact bytes served at its URL.
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export const LOG_GENESIS_HASH = '0'.repeat(64);
export const LOG_SCHEMA = 'candor.publication-log/1';

export type LoggedKind = 'stats' | 'annual';

/** What each entry's hash and signature cover. */
export interface SignedEntry {
  readonly seq: number;
  readonly prevHash: string;
  readonly kind: LoggedKind;
  readonly key: string;
  readonly version: number;
  readonly contentHash: string;
  /** The month of publication, YYYY-MM (public timestamps are periods, never dates). */
  readonly publishedAt: string;
}

export interface LogEntry {
  readonly signed: SignedEntry;
  readonly hash: string;
  /** Ed25519 over the canonical JSON of `signed`, base64. */
  readonly signature: string;
  /** Where the release's content is served, relative to the site (not signed: derived from kind, key, version). */
  readonly url: string;
}

export interface PublishedRef {
  readonly kind: LoggedKind;
  readonly key: string;
  readonly version: number;
  readonly url: string;
}

/** The document served at /publications/log. */
export interface PublicationLogDocument {
  readonly schema: typeof LOG_SCHEMA;
  readonly organisation: string;
  /** SPKI PEM of the signing key; null before the first release. */
  readonly publicKey: string | null;
  readonly keyFingerprint: string | null;
  /** Hash of the last entry (the head); remember it to detect a log rewritten from scratch. */
  readonly head: string | null;
  readonly entries: readonly LogEntry[];
  /** Every release version the site serves now; each must have an entry. */
  readonly releases: readonly PublishedRef[];
}

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

export function releasePath(ref: { kind: LoggedKind; key: string; version: number }): string {
  return `/publications/releases/${ref.kind}-${ref.key}-v${ref.version}.json`;
}

export function parseReleaseFile(file: string): { kind: LoggedKind; key: string; version: number } | null {
  const m = /^(stats|annual)-(\d{4}(?:-H[12])?)-v([1-9]\d{0,5})\.json$/.exec(file);
  if (!m) return null;
  return { kind: m[1] as LoggedKind, key: m[2]!, version: Number(m[3]) };
}

export const entryHash = (signed: SignedEntry): string => sha256Hex(canonicalJson(signed));

export function signEntry(signed: SignedEntry, privateKey: KeyObject): LogEntry {
  const signature = sign(null, Buffer.from(canonicalJson(signed)), privateKey).toString('base64');
  return { signed, hash: entryHash(signed), signature, url: releasePath(signed) };
}

/** SHA-256 of the DER public key, hex: a short name for readers to pin. */
export function keyFingerprint(publicKeyPem: string): string {
  return sha256Hex(createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' }));
}

export interface LogProblem {
  /** Position of the first bad entry in the log, or null when the problem is the log as a whole. */
  readonly index: number | null;
  readonly reason: string;
}

const SIGNED_KEYS = ['contentHash', 'key', 'kind', 'prevHash', 'publishedAt', 'seq', 'version'];

/** Checks the chain and signatures; the first problem found, in log order, or null. */
export function checkLogChain(entries: readonly LogEntry[], publicKeyPem: string): LogProblem | null {
  let key: KeyObject;
  try {
    key = createPublicKey(publicKeyPem);
  } catch {
    return { index: null, reason: 'the public key is not a valid PEM key' };
  }
  if (key.asymmetricKeyType !== 'ed25519') return { index: null, reason: 'the public key is not an Ed25519 key' };
  let prev = LOG_GENESIS_HASH;
  for (const [i, e] of entries.entries()) {
    const s = e.signed;
    if (!s || Object.keys(s).sort().join(',') !== SIGNED_KEYS.join(',')) return { index: i, reason: 'the entry does not have the fields of a log entry' };
    if (s.seq !== i + 1) return { index: i, reason: `expected sequence number ${i + 1} (an entry is missing or out of order)` };
    if (s.prevHash !== prev) return { index: i, reason: 'its previous hash does not match the entry before it' };
    if (entryHash(s) !== e.hash) return { index: i, reason: 'its hash does not match its content' };
    let good = false;
    try {
      good = verify(null, Buffer.from(canonicalJson(s)), key, Buffer.from(e.signature, 'base64'));
    } catch {
      good = false;
    }
    if (!good) return { index: i, reason: 'its signature does not verify with the public key' };
    prev = e.hash;
  }
  return null;
}
