// The register reduced to what reports need (src/reports/register.ts): dates, outcome fields,
// channels, categories and space groups. No free text, no identities, no code names leave here
// (person code names are replaced by a marker: figures only need to know a person was named).
import { eq, isNotNull } from 'drizzle-orm';
import { casePeople, cases, caseSpaces, members, people, reconsiderations, spaces, unilateralActions } from '../../db/schema';
import { urgentReviewClass, type ReconsiderationResult } from '../../domain/case-reviews';
import type { Channel } from '../../domain/case-lifecycle';
import type { CaseStatus, ResolutionSource } from '../../domain/case-status';
import type { Consequence } from '../../domain/outcomes';
import { localDate } from '../../domain/periods';
import { statusHolds } from '../../domain/person-status';
import type { StatPerson } from '../../domain/statistics';
import type { MembershipYear, RegisterSnapshot, ReportDocumentVersion, ReportSpace } from '../../reports/register';
import type { ServiceContext } from '../context';
import { listDocumentVersions } from '../documents';

export async function loadRegisterSnapshot(ctx: ServiceContext): Promise<RegisterSnapshot> {
  const today = localDate(ctx.now(), ctx.config.organisation.timeZone);
  const spaceRows = await ctx.db
    .select({ id: spaces.id, name: spaces.name, kind: spaces.kind, groupName: spaces.groupName, publishesOwnReport: spaces.publishesOwnReport })
    .from(spaces);
  const spaceById = new Map<string, ReportSpace>(
    spaceRows.map((s) => [s.id, { name: s.name, kind: s.kind as ReportSpace['kind'], groupName: s.groupName, publishesOwnReport: s.publishesOwnReport }]),
  );
  const caseRows = await ctx.db
    .select({
      id: cases.id,
      receivedOn: cases.receivedOn,
      status: cases.status,
      resolutionSource: cases.resolutionSource,
      channel: cases.channel,
      categories: cases.categories,
      acknowledgedOn: cases.acknowledgedOn,
      resolvedOn: cases.resolvedOn,
    })
    .from(cases);
  const links = await ctx.db.select().from(caseSpaces);
  const spacesOf = new Map<string, ReportSpace[]>();
  for (const l of links) {
    const s = spaceById.get(l.spaceId);
    if (s) spacesOf.set(l.caseId, [...(spacesOf.get(l.caseId) ?? []), s]);
  }
  const personRows = await ctx.db
    .select({
      caseId: casePeople.caseId,
      named: isNotNull(people.codeName),
      consequence: casePeople.consequence,
      rowFlagged: casePeople.flagged,
      personFlagged: people.flagged,
      flagExpiresOn: people.flagExpiresOn,
    })
    .from(casePeople)
    .leftJoin(people, eq(people.id, casePeople.personId))
    // Figures count the people reports are about; reporters and witnesses are not "named".
    .where(eq(casePeople.roleInCase, 'reported'));
  const peopleOf = new Map<string, StatPerson[]>();
  for (const r of personRows) {
    // "Flagged at the time of the figures": an expired person flag no longer counts.
    const flagNow = statusHolds(r.personFlagged === true, r.flagExpiresOn, today);
    const p: StatPerson = { personCode: r.named ? 'named' : null, consequence: r.consequence as Consequence | null, flagged: r.rowFlagged || flagNow };
    peopleOf.set(r.caseId, [...(peopleOf.get(r.caseId) ?? []), p]);
  }
  const requestRows = await ctx.db.select({ requestedOn: reconsiderations.requestedOn, result: reconsiderations.result }).from(reconsiderations);
  const actionRows = await ctx.db.select({ takenAt: unilateralActions.takenAt, reviewedAt: unilateralActions.reviewedAt }).from(unilateralActions);
  return {
    reconsiderations: requestRows.map((r) => ({ requestedOn: r.requestedOn, result: r.result as ReconsiderationResult })),
    urgentActions: actionRows.map((a) => ({ takenOn: localDate(a.takenAt, ctx.config.organisation.timeZone), review: urgentReviewClass(a.takenAt, a.reviewedAt) })),
    spaces: [...spaceById.values()],
    categories: ctx.config.violationCategories,
    cases: caseRows.map((c) => ({
      receivedOn: c.receivedOn,
      status: c.status as CaseStatus,
      resolutionSource: c.resolutionSource as ResolutionSource,
      channel: c.channel as Channel,
      categories: c.categories,
      spaces: spacesOf.get(c.id) ?? [],
      acknowledgedOn: c.acknowledgedOn,
      resolvedOn: c.resolvedOn,
      people: peopleOf.get(c.id) ?? [],
    })),
  };
}

const VOTING = ['member', 'chair', 'vice_chair'];

/** Counts of members who joined and left in a year, and voting members at its end. */
export async function loadMembershipYear(ctx: ServiceContext, year: number): Promise<MembershipYear> {
  const start = new Date(`${year}-01-01T00:00:00Z`);
  const end = new Date(`${year + 1}-01-01T00:00:00Z`);
  const rows = await ctx.db
    .select({ role: members.role, createdAt: members.createdAt, offboardedAt: members.offboardedAt })
    .from(members);
  const voting = rows.filter((r) => VOTING.includes(r.role));
  return {
    joined: voting.filter((r) => r.createdAt >= start && r.createdAt < end).length,
    left: voting.filter((r) => r.offboardedAt !== null && r.offboardedAt >= start && r.offboardedAt < end).length,
    votingAtEnd: voting.filter((r) => r.createdAt < end && (r.offboardedAt === null || r.offboardedAt >= end)).length,
  };
}

/** Every document version of the public changelog (approved public text only). */
export async function loadDocumentVersions(ctx: ServiceContext): Promise<ReportDocumentVersion[]> {
  return (await listDocumentVersions(ctx)).map(({ title, version, publishedOn, summary }) => ({ title, version, publishedOn, summary }));
}
