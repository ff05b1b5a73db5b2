// Prepares the six-monthly statistics release of an ended half-year as a draft for the chair.
import { z } from 'zod';
import { formatPeriod, isPeriodOver, localDate, parsePeriod, type Period } from '../../domain/periods';
import { invalidInput } from '../../errors';
import type { StatsContent } from '../../reports/model';
import { buildStatisticsRelease } from '../../reports/statistics/build-release';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { loadRegisterSnapshot } from './load-register';
import { prepareDraft, type DraftResult } from './prepare-draft';
import { lockPublications } from './store';

export const halfYearInput = z
  .string()
  .trim()
  .regex(/^\d{4}-H[12]$/i, 'must be a half-year like 2025-H1');

const statisticsDraftInput = z.object({ period: halfYearInput });
export type StatisticsDraftInput = RawInput<typeof statisticsDraftInput>;

export function endedHalfYear(ctx: ServiceContext, raw: string): Period {
  const period = parsePeriod(parseInput(halfYearInput, raw, 'The period'))!;
  const today = localDate(ctx.now(), ctx.config.organisation.timeZone);
  if (!isPeriodOver(period, today)) {
    throw invalidInput(`${formatPeriod(period)} has not ended yet`, [{ field: 'period', message: 'statistics are published after the half-year ends' }]);
  }
  return period;
}

export async function draftStatisticsRelease(ctx: ServiceContext, raw: StatisticsDraftInput): Promise<DraftResult> {
  authorize(ctx, 'publish:release');
  const half = endedHalfYear(ctx, parseInput(statisticsDraftInput, raw, 'The period').period);
  const period = formatPeriod(half);
  return withTransaction(ctx, async (tx) => {
    await lockPublications(tx);
    const snapshot = await loadRegisterSnapshot(tx);
    return prepareDraft(tx, {
      kind: 'stats',
      key: period,
      candidate: (version, publishedTruths) =>
        buildStatisticsRelease({ snapshot, half, version, disclosure: tx.config.disclosure, publishedTruths }),
      content: ({ candidate, protection, corrections }): StatsContent => ({
        schema: 'candor.stats/1',
        period,
        release: candidate.release,
        truth: candidate.truth,
        protection,
        corrections,
      }),
    });
  });
}
