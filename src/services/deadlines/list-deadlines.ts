// The due and overdue overview: what the working group owes, and by when (src/domain/deadlines.ts),
// for the cases this actor may see. The same per-case rule every verb asks (caseAccess) filters the
// items, so a recused or excluded member never sees that a case has anything due.
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { casePeople, cases, people, reports, unilateralActions } from '../../db/schema';
import { instantOf } from '../../domain/case-reviews';
import { addDays, deadlineItems, type DeadlineCase, type DeadlineItem } from '../../domain/deadlines';
import { localDate } from '../../domain/periods';
import { can } from '../../domain/permissions';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { caseAccess } from '../cases/case-resource';
import { withTransaction, type ServiceContext } from '../context';
import { peopleAccess } from '../people/people-access';

export interface DeadlineView extends DeadlineItem {
  /** The case's code name, or the person's code name for a ban in the identity key. */
  codeName: string;
  /** Where to act on it: a plain path of this app. */
  href: string;
}

/** Every item for the actor, unaudited; listDeadlines checks access and audits the read. */
async function collectDeadlines(tx: ServiceContext): Promise<DeadlineView[]> {
  const tz = tx.config.organisation.timeZone;
  const now = tx.now();
  const today = localDate(now, tz);
  const s = tx.config.deadlines;
  const access = await caseAccess(tx, 'read:case');
  const caseRows = await tx.db
    .select({
      id: cases.id,
      codeName: cases.codeName,
      status: cases.status,
      receivedOn: cases.receivedOn,
      acknowledgedOn: cases.acknowledgedOn,
      reviewOn: cases.reviewOn,
      reportAt: reports.createdAt,
      hasReport: reports.caseId,
      firstRespondedAt: reports.firstRespondedAt,
    })
    .from(cases)
    .leftJoin(reports, eq(reports.caseId, cases.id))
    .where(access.allows(cases.id));
  const dated: DeadlineCase[] = caseRows.map((c) => ({
    id: c.id,
    status: c.status,
    // A form report knows its moment; a report recorded by hand only its day, and is given the
    // benefit of the doubt: received at the end of that day.
    receivedAt: c.reportAt ?? instantOf(`${addDays(c.receivedOn, 1)}T00:00`, tz),
    acknowledgedOn: c.acknowledgedOn,
    hasReporter: c.hasReport !== null,
    firstRespondedAt: c.firstRespondedAt,
    reviewOn: c.reviewOn,
  }));
  const visible = caseRows.map((c) => c.id);
  const codeOf = new Map(caseRows.map((c) => [c.id, c.codeName]));
  const [urgent, suspended] =
    visible.length === 0
      ? [[], []]
      : await Promise.all([
          tx.db
            .select({ id: unilateralActions.id, caseId: unilateralActions.caseId, takenAt: unilateralActions.takenAt, reviewedAt: unilateralActions.reviewedAt })
            .from(unilateralActions)
            .where(and(isNull(unilateralActions.reviewedAt), inArray(unilateralActions.caseId, visible))),
          tx.db
            .select({ id: casePeople.id, caseId: casePeople.caseId, until: casePeople.suspensionUntil })
            .from(casePeople)
            .where(and(isNotNull(casePeople.suspensionUntil), inArray(casePeople.caseId, visible))),
        ]);
  // Bans live in the identity key, which only keyholders may read; and, as on every people page, a
  // person named only in cases the actor may not see is not in the key for them.
  const banned = can(tx.actor, 'read:identity')
    ? await tx.db
        .select({ id: people.id, codeName: people.codeName, expiresOn: people.banExpiresOn })
        .from(people)
        .where(and(eq(people.banned, true), isNotNull(people.banExpiresOn)))
    : [];
  const hiddenPeople = banned.length === 0 ? new Set<string>() : (await peopleAccess(tx, 'read:case', banned.map((b) => b.id))).hidden;
  const bans = banned.filter((b) => !hiddenPeople.has(b.id));
  const personCode = new Map(bans.map((b) => [b.id, b.codeName]));
  const items = deadlineItems(
    {
      cases: dated,
      urgentActions: urgent,
      suspensions: suspended.flatMap((p) => (p.until ? [{ id: p.id, caseId: p.caseId, until: p.until }] : [])),
      bans: bans.flatMap((b) => (b.expiresOn ? [{ id: b.id, expiresOn: b.expiresOn }] : [])),
    },
    now,
    today,
    s,
  );
  return items.map((i) => ({
    ...i,
    codeName: i.caseId ? (codeOf.get(i.caseId) ?? '') : (personCode.get(i.refId ?? '') ?? ''),
    href: i.caseId ? (i.kind === 'urgent_review' ? `/wg/cases/${i.caseId}/reviews` : `/wg/cases/${i.caseId}`) : `/wg/people/${i.refId}`,
  }));
}

/** The due and overdue overview for the signed-in member (the chair sees every case they are not recused from). */
export async function listDeadlines(ctx: ServiceContext): Promise<DeadlineView[]> {
  authorize(ctx, 'list:case');
  return withTransaction(ctx, async (tx) => {
    const items = await collectDeadlines(tx);
    await audit(tx, { action: 'deadline.list', entity: 'case', details: { count: items.length, overdue: items.filter((i) => i.state === 'overdue').length } });
    return items;
  });
}
