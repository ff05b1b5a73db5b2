// The register reduced to what reports need (src/reports/register.ts): dates, outcome fields,
// channels, categories and space groups. The cases come from the same loader as the internal
// statistics (services/stats/load-stat-cases.ts). No free text, no identities, no code names.
import { caseSpaces, members, reconsiderations, spaces, unilateralActions } from '../../db/schema';
import { urgentReviewClass } from '../../domain/case-reviews';
import { localDate } from '../../domain/periods';
import type { MembershipYear, RegisterSnapshot, ReportDocumentVersion, ReportSpace } from '../../reports/register';
import type { ServiceContext } from '../context';
import { listDocumentVersions } from '../documents';
import { loadStatCases } from '../stats/load-stat-cases';

export async function loadRegisterSnapshot(ctx: ServiceContext): Promise<RegisterSnapshot> {
  const spaceRows = await ctx.db
    .select({ id: spaces.id, name: spaces.name, kind: spaces.kind, groupName: spaces.groupName, publishesOwnReport: spaces.publishesOwnReport })
    .from(spaces);
  const spaceById = new Map<string, ReportSpace>(
    spaceRows.map((s) => [s.id, { name: s.name, kind: s.kind, groupName: s.groupName, publishesOwnReport: s.publishesOwnReport }]),
  );
  const statCases = await loadStatCases(ctx);
  const links = await ctx.db.select().from(caseSpaces);
  const spacesOf = new Map<string, ReportSpace[]>();
  for (const l of links) {
    const s = spaceById.get(l.spaceId);
    if (s) spacesOf.set(l.caseId, [...(spacesOf.get(l.caseId) ?? []), s]);
  }
  const requestRows = await ctx.db.select({ requestedOn: reconsiderations.requestedOn, result: reconsiderations.result }).from(reconsiderations);
  const actionRows = await ctx.db.select({ takenAt: unilateralActions.takenAt, reviewedAt: unilateralActions.reviewedAt }).from(unilateralActions);
  return {
    reconsiderations: requestRows.map((r) => ({ requestedOn: r.requestedOn, result: r.result })),
    urgentActions: actionRows.map((a) => ({ takenOn: localDate(a.takenAt, ctx.config.organisation.timeZone), review: urgentReviewClass(a.takenAt, a.reviewedAt) })),
    spaces: [...spaceById.values()],
    categories: ctx.config.violationCategories,
    cases: statCases.map(({ id, ...c }) => ({ ...c, spaces: spacesOf.get(id) ?? [] })),
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
