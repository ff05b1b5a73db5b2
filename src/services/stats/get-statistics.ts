import { z } from 'zod';
import { formatPeriod, parsePeriod } from '../../domain/periods';
import { statisticsByPeriod, type PeriodFigures } from '../../domain/statistics';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { loadStatCases } from './load-stat-cases';

const statisticsInput = z.object({
  /** A half-year (2025-H1) or a year (2025); every period when absent. */
  period: z
    .string()
    .optional()
    .transform((s, c) => {
      if (s === undefined || s.trim() === '') return undefined;
      const p = parsePeriod(s);
      if (!p) c.addIssue({ code: 'custom', message: 'must look like 2025-H1, 2025-H2 or 2025' });
      return p ?? z.NEVER;
    }),
});
export type StatisticsInput = RawInput<typeof statisticsInput>;

export async function getStatistics(ctx: ServiceContext, raw: StatisticsInput = {}): Promise<PeriodFigures[]> {
  authorize(ctx, 'read:aggregate');
  const { period } = parseInput(statisticsInput, raw, 'The period');
  return withTransaction(ctx, async (tx) => {
    const figures = statisticsByPeriod(await loadStatCases(tx), period);
    await audit(tx, { action: 'stats.read', entity: 'register', details: { period: period ? formatPeriod(period) : 'all' } });
    return figures;
  });
}
