// The six-monthly statistics release of one half-year, before protection: the headline table
// under the configured headline policy, over atoms whose ids continue earlier releases.
import type { Config } from '../../config/schema';
import { formatPeriod, type Period } from '../../domain/periods';
import { publishTable, type Release } from '../../privacy/disclosure';
import { assignIds, halfAtoms, truthWithIds } from '../atoms';
import type { RegisterSnapshot } from '../register';
import { headlinePolicy, headlineSpec } from './headline';

export interface ReleaseCandidate {
  readonly release: Release;
  /** True values keyed by this release's atom ids. */
  readonly truth: Record<string, number>;
}

export const statsReleaseId = (period: string, version: number): string => `stats-${period}-v${version}`;

export function buildStatisticsRelease(args: {
  snapshot: RegisterSnapshot;
  half: Period;
  version: number;
  disclosure: Config['disclosure'];
  /** True values of every published release, oldest first. */
  publishedTruths: readonly Readonly<Record<string, number>>[];
}): ReleaseCandidate {
  const period = formatPeriod(args.half);
  const half = halfAtoms(args.snapshot, args.half);
  const ids = assignIds(half.truth, args.publishedTruths);
  const truth = truthWithIds(half.truth, ids);
  const spec = headlineSpec({ id: 'headline', title: `Statistics for ${period}`, column: period, atoms: half.atoms, ids });
  return {
    release: { id: statsReleaseId(period, args.version), title: `Statistics for ${period}`, tables: [publishTable(spec, headlinePolicy(args.disclosure), truth)] },
    truth,
  };
}
