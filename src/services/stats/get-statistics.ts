import { eq } from 'drizzle-orm';
import { casePeople, cases, people } from '../../db/schema';
import type { CaseStatus, ResolutionSource } from '../../domain/case-status';
import type { Consequence } from '../../domain/outcomes';
import { formatPeriod, localDate, type Period } from '../../domain/periods';
import { statusHolds } from '../../domain/person-status';
import { statisticsByPeriod, type PeriodFigures, type StatCase } from '../../domain/statistics';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';

/** The register reduced to what statistics need: no free text, no identities. */
export async function loadStatCases(ctx: ServiceContext): Promise<StatCase[]> {
  const today = localDate(ctx.now(), ctx.config.organisation.timeZone);
  const caseRows = await ctx.db
    .select({ id: cases.id, receivedOn: cases.receivedOn, status: cases.status, resolutionSource: cases.resolutionSource })
    .from(cases);
  const personRows = await ctx.db
    .select({
      caseId: casePeople.caseId,
      personCode: people.codeName,
      consequence: casePeople.consequence,
      rowFlagged: casePeople.flagged,
      personFlagged: people.flagged,
      flagExpiresOn: people.flagExpiresOn,
    })
    .from(casePeople)
    .leftJoin(people, eq(people.id, casePeople.personId))
    // The figures count the people reports are about; reporters and witnesses are not "named".
    .where(eq(casePeople.roleInCase, 'reported'));
  const byCase = new Map<string, StatCase['people'][number][]>();
  for (const r of personRows) {
    // "Flagged at the time of the figures": a person flag that has expired no longer counts.
    const personFlagNow = statusHolds(r.personFlagged === true, r.flagExpiresOn, today);
    const list = byCase.get(r.caseId) ?? [];
    list.push({ personCode: r.personCode, consequence: r.consequence as Consequence | null, flagged: r.rowFlagged || personFlagNow });
    byCase.set(r.caseId, list);
  }
  return caseRows.map((c) => ({
    receivedOn: c.receivedOn,
    status: c.status as CaseStatus,
    resolutionSource: c.resolutionSource as ResolutionSource,
    people: byCase.get(c.id) ?? [],
  }));
}

export async function getStatistics(ctx: ServiceContext, period?: Period): Promise<PeriodFigures[]> {
  authorize(ctx, 'read:aggregate');
  return withTransaction(ctx, async (tx) => {
    const figures = statisticsByPeriod(await loadStatCases(tx), period);
    await audit(tx, { action: 'stats.read', entity: 'register', details: { period: period ? formatPeriod(period) : 'all' } });
    return figures;
  });
}
