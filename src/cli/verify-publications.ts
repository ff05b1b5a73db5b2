// `candor verify-publications URL [--expect-head HASH]`: what any reader can run against any
// Candor site. Fetches the publication log, the public key and every logged release; checks the
// chain, the signatures and that each release is still served with the content the log hashed.
// Needs no database, configuration or key of ours: it imports only the log's pure rules.
import type { Command } from 'commander';
import { CandorError } from '../errors';
import { checkLogChain, LOG_SCHEMA, releasePath, sha256Hex, type LogEntry, type PublicationLogDocument } from '../domain/publication-log';

export interface VerifyResult {
  readonly entries: number;
  readonly head: string | null;
  readonly keyFingerprint: string | null;
}

type Fetch = typeof fetch;

async function get(fetchFn: Fetch, url: string): Promise<{ status: number; body: Buffer }> {
  try {
    const res = await fetchFn(url, { redirect: 'follow', headers: { accept: 'application/json, application/x-pem-file, */*' } });
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : e instanceof Error ? e.message : String(e);
    throw new CandorError('not_found', `cannot fetch ${url}: ${cause}`);
  }
}

const broken = (message: string) => new CandorError('integrity_failed', message);
const describe = (e: LogEntry) => `entry ${e.signed?.seq} (${e.signed?.kind} ${e.signed?.key} version ${e.signed?.version})`;

function siteBase(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CandorError('invalid_input', `URL must be the site's address, like https://coc.example.org, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CandorError('invalid_input', 'URL must start with https:// or http://');
  // Accept the site, or the log's own address, as the reader may have copied either.
  return `${url.origin}${url.pathname.replace(/\/publications(\/log)?\/?$/, '').replace(/\/$/, '')}`;
}

export async function verifyPublications(rawUrl: string, opts: { expectHead?: string; fetch?: Fetch } = {}): Promise<VerifyResult> {
  const base = siteBase(rawUrl);
  const fetchFn = opts.fetch ?? fetch;
  const logRes = await get(fetchFn, `${base}/publications/log`);
  if (logRes.status !== 200) throw broken(`the publication log is not served (HTTP ${logRes.status} at ${base}/publications/log)`);
  let log: PublicationLogDocument;
  try {
    log = JSON.parse(logRes.body.toString('utf8')) as PublicationLogDocument;
  } catch {
    throw broken('the publication log is not valid JSON');
  }
  if (log?.schema !== LOG_SCHEMA || !Array.isArray(log.entries) || !Array.isArray(log.releases)) throw broken(`the publication log is not a ${LOG_SCHEMA} document`);

  if (log.entries.length > 0) {
    const keyRes = await get(fetchFn, `${base}/publications/public-key`);
    if (keyRes.status !== 200) throw broken(`the public key is not served (HTTP ${keyRes.status})`);
    const pem = keyRes.body.toString('utf8');
    if (pem.trim() !== (log.publicKey ?? '').trim()) throw broken('the public key served differs from the one in the log');
    const problem = checkLogChain(log.entries, pem);
    if (problem) throw broken(problem.index === null ? problem.reason : `${describe(log.entries[problem.index]!)}: ${problem.reason}`);
  }
  for (const e of log.entries) {
    // The address is derived from what was signed, never taken from the unsigned `url`.
    const url = `${base}${releasePath(e.signed)}`;
    const res = await get(fetchFn, url);
    if (res.status !== 200) throw broken(`${describe(e)}: the release is no longer served (HTTP ${res.status} at ${url})`);
    if (sha256Hex(res.body) !== e.signed.contentHash) throw broken(`${describe(e)}: the release served now differs from what was published (SHA-256 mismatch at ${url})`);
  }
  const logged = new Set(log.entries.map((e) => `${e.signed.kind}:${e.signed.key}:${e.signed.version}`));
  for (const r of log.releases) {
    if (!logged.has(`${r.kind}:${r.key}:${r.version}`)) throw broken(`${r.kind} ${r.key} version ${r.version} is published but has no entry in the log`);
  }
  const head = log.entries.at(-1)?.hash ?? null;
  if (opts.expectHead !== undefined) {
    const want = opts.expectHead.trim().toLowerCase();
    if (!log.entries.some((e) => e.hash === want)) {
      throw broken(`the log no longer contains the entry ${want} you expected: it was rewritten or cut short`);
    }
  }
  return { entries: log.entries.length, head, keyFingerprint: log.keyFingerprint };
}

export function registerVerifyPublications(program: Command): void {
  program
    .command('verify-publications')
    .description("Check a Candor site's publication log: chain, signatures, and every release still as published")
    .argument('<url>', "the site's address, e.g. https://coc.example.org")
    .option('--expect-head <hash>', 'a head hash noted earlier; fails if the log no longer contains it')
    .action(async (url: string, opts: { expectHead?: string }) => {
      const r = await verifyPublications(url, opts.expectHead === undefined ? {} : { expectHead: opts.expectHead });
      process.stdout.write(
        r.entries === 0
          ? 'publication log is empty: nothing has been published yet\n'
          : `publication log intact: ${r.entries} entries, chain and signatures valid, every release as published\nhead ${r.head}\nkey fingerprint ${r.keyFingerprint}\n`,
      );
    });
}
