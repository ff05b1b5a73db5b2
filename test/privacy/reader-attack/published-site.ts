// What a reader downloads from a running public site: the publication log's list of every
// published release version, each version's record (the exact bytes the log signs), and the
// small-count rules as the site states them. Nothing internal is read.
import type { PublicRules, ReaderRelease } from '../../../src/privacy/disclosure/reader-model';
import { parseRelease } from './attacker';

export interface Fetcher {
  get(path: string): Promise<Response>;
}

async function text(site: Fetcher, path: string): Promise<string> {
  const res = await site.get(path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return res.text();
}

/** The rules a reader learns from the site: k from the JSON download, the headline rule from the methods text. */
export async function publicRulesOf(site: Fetcher): Promise<PublicRules> {
  const k = (JSON.parse(await text(site, '/statistics.json')) as { maskingThreshold: number }).maskingThreshold;
  const methods = (await text(site, '/statistics')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  const rounded = /rounded to the nearest (\d+)/.exec(methods);
  if (!rounded && !methods.includes('Every figure is shown exactly')) throw new Error('The statistics page states no headline rule');
  return { k, headline: rounded ? { kind: 'rounded', base: Number(rounded[1]) } : { kind: 'exact' } };
}

/** Every release version the publication log lists, as served. */
export async function publishedReleases(site: Fetcher): Promise<ReaderRelease[]> {
  const log = JSON.parse(await text(site, '/publications/log')) as { releases: { url: string }[] };
  const out: ReaderRelease[] = [];
  for (const r of log.releases) out.push(parseRelease(await text(site, new URL(r.url, 'http://site').pathname)));
  return out;
}
