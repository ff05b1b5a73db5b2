// The register as the retention rules see it (src/domain/retention.ts): statuses, dates, who is
// linked to whom and with what consequence. No free text is read here.
import { eq, isNotNull } from 'drizzle-orm';
import { casePeople, cases, expungements, people, reconsiderations, reporterRemovalRequests, reports } from '../../db/schema';
import { localDate } from '../../domain/periods';
import { statusHolds } from '../../domain/person-status';
import type { RetentionCase, RetentionKind, RetentionPerson, RetentionSettings } from '../../domain/retention';
import type { Config } from '../../config/schema';
import type { ServiceContext } from '../context';

export function retentionSettings(config: Config): RetentionSettings {
  return {
    minorRecords: { afterMonths: config.retention.minorRecords.afterMonths, consequences: config.retention.minorRecords.consequences },
    reporterIdentity: { afterDays: config.retention.reporterIdentity.afterDays },
  };
}

export function retentionToday(ctx: ServiceContext): string {
  return localDate(ctx.now(), ctx.config.organisation.timeZone);
}

export async function loadRetentionCases(ctx: ServiceContext): Promise<RetentionCase[]> {
  const today = retentionToday(ctx);
  const [caseRows, personRows, pending, asked, done, contacts] = await Promise.all([
    ctx.db.select({ id: cases.id, codeName: cases.codeName, status: cases.status, resolvedOn: cases.resolvedOn }).from(cases),
    ctx.db
      .select({
        caseId: casePeople.caseId,
        personId: casePeople.personId,
        role: casePeople.roleInCase,
        consequence: casePeople.consequence,
        rowFlagged: casePeople.flagged,
        flagged: people.flagged,
        flagExpiresOn: people.flagExpiresOn,
        banned: people.banned,
        banExpiresOn: people.banExpiresOn,
      })
      .from(casePeople)
      .leftJoin(people, eq(people.id, casePeople.personId)),
    ctx.db.select({ caseId: reconsiderations.caseId }).from(reconsiderations).where(eq(reconsiderations.result, 'pending')),
    ctx.db.select({ caseId: reporterRemovalRequests.caseId }).from(reporterRemovalRequests),
    ctx.db.select({ caseId: expungements.caseId, kind: expungements.kind }).from(expungements),
    ctx.db.select({ caseId: reports.caseId }).from(reports).where(isNotNull(reports.contactSealed)),
  ]);
  const peopleOf = new Map<string, RetentionPerson[]>();
  const reporterLinked = new Set<string>();
  for (const r of personRows) {
    const list = peopleOf.get(r.caseId) ?? [];
    list.push({
      personId: r.personId,
      role: r.role,
      consequence: r.consequence,
      statusHolds: r.rowFlagged || statusHolds(r.flagged === true, r.flagExpiresOn, today) || statusHolds(r.banned === true, r.banExpiresOn, today),
    });
    peopleOf.set(r.caseId, list);
    if (r.role === 'reporter' && r.personId !== null) reporterLinked.add(r.caseId);
  }
  const pendingSet = new Set(pending.map((p) => p.caseId));
  const askedSet = new Set(asked.map((a) => a.caseId));
  const contactSet = new Set(contacts.map((c) => c.caseId));
  const doneOf = new Map<string, RetentionKind[]>();
  for (const d of done) doneOf.set(d.caseId, [...(doneOf.get(d.caseId) ?? []), d.kind]);
  return caseRows.map((c) => ({
    ...c,
    people: peopleOf.get(c.id) ?? [],
    reconsiderationPending: pendingSet.has(c.id),
    reporterAskedRemoval: askedSet.has(c.id),
    holdsReporterIdentity: reporterLinked.has(c.id) || contactSet.has(c.id),
    expunged: doneOf.get(c.id) ?? [],
  }));
}
