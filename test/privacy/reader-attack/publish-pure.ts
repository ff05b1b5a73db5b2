// Publishing without a database: the same release building (src/reports), protection
// (protectCandidate, as every draft) and public rendering (publicView → the release record the
// site serves) as the publishing service, for random registers in property tests. Each release
// is published in order when its protection passes, and becomes history for the next.
import type { Config } from '../../../src/config/schema';
import { halvesOf } from '../../../src/domain/periods';
import type { Release } from '../../../src/privacy/disclosure';
import type { ReaderRelease } from '../../../src/privacy/disclosure/reader-model';
import { buildAnnualRelease, keepChannelTableOnlyIfLinked, mayWithholdAnnualTable, withheldNote } from '../../../src/reports/annual/build-annual';
import { AUTHORED_SECTIONS, publicView, type AnnualContent, type PublicationContent, type StatsContent } from '../../../src/reports/model';
import { protectCandidate } from '../../../src/reports/protect-candidate';
import type { RegisterSnapshot } from '../../../src/reports/register';
import { releaseRecord } from '../../../src/reports/render/release-record';
import { buildStatisticsRelease } from '../../../src/reports/statistics/build-release';
import { parseRelease } from './attacker';

export interface PublishedWorld {
  /** Every published release as the site serves it, parsed as a reader would. */
  readonly served: ReaderRelease[];
  /** The releases as stored (for comparing formats with what was audited). */
  readonly stored: { kind: 'stats' | 'annual'; key: string; content: PublicationContent }[];
  /** Releases protection refused (left as drafts). */
  readonly refused: string[];
  /** Annual tables left out because no protection made them safe ("2025: <title>"). */
  readonly withheld: string[];
}

export async function publishAll(snapshot: RegisterSnapshot, disclosure: Config['disclosure'], years: readonly number[]): Promise<PublishedWorld> {
  const history: Release[] = [];
  const truths: Record<string, number>[] = [];
  const stored: PublishedWorld['stored'] = [];
  const refused: string[] = [];
  const withheld: string[] = [];
  const publish = (kind: 'stats' | 'annual', key: string, content: PublicationContent): void => {
    history.push(content.release);
    truths.push({ ...content.truth });
    stored.push({ kind, key, content });
  };
  for (const year of years) {
    for (const half of halvesOf(year)) {
      const key = `${year}-H${half.kind === 'half' ? half.half : ''}`;
      const candidate = buildStatisticsRelease({ snapshot, half, version: 1, disclosure, publishedTruths: truths });
      const p = await protectCandidate({ history, candidate: candidate.release, truth: candidate.truth });
      if (!p.passes) {
        refused.push(key);
        continue;
      }
      const content: StatsContent = { schema: 'candor.stats/1', period: key, release: p.release, truth: candidate.truth, protection: { passes: true, problems: [], changes: p.changes }, corrections: [] };
      publish('stats', key, content);
    }
  }
  for (const year of years) {
    const candidate = buildAnnualRelease({ snapshot, year, version: 1, disclosure, publishedTruths: truths });
    const p = await protectCandidate({ history, candidate: candidate.release, truth: candidate.truth, mayWithhold: mayWithholdAnnualTable });
    withheld.push(...p.withheld.map((w) => `${year}: ${w.title}`));
    if (!p.passes) {
      refused.push(String(year));
      continue;
    }
    const linked = keepChannelTableOnlyIfLinked(p.release);
    const content: AnnualContent = {
      schema: 'candor.annual/1',
      year,
      release: linked.release,
      truth: candidate.truth,
      protection: { passes: true, problems: [], changes: p.changes },
      corrections: [],
      notes: [...candidate.notes, ...p.withheld.map((w) => withheldNote(w.title))],
      facts: [],
      trend: [],
      authored: Object.fromEntries(AUTHORED_SECTIONS.map((s) => [s, ''])) as AnnualContent['authored'],
    };
    publish('annual', String(year), content);
  }
  const served = stored.map((s) => parseRelease(releaseRecord(publicView({ kind: s.kind, key: s.key, version: 1, note: null, content: s.content }))));
  return { served, stored, refused, withheld };
}
