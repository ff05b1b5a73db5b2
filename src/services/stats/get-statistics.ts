import { formatPeriod, type Period } from '../../domain/periods';
import { statisticsByPeriod, type PeriodFigures } from '../../domain/statistics';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { loadStatCases } from './load-stat-cases';

export async function getStatistics(ctx: ServiceContext, period?: Period): Promise<PeriodFigures[]> {
  authorize(ctx, 'read:aggregate');
  return withTransaction(ctx, async (tx) => {
    const figures = statisticsByPeriod(await loadStatCases(tx), period);
    await audit(tx, { action: 'stats.read', entity: 'register', details: { period: period ? formatPeriod(period) : 'all' } });
    return figures;
  });
}
