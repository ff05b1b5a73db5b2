// The conversation between the working group and the reporter: the case events that carry it,
// with their sealed bodies opened. Callers have already checked who may read it.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { caseEvents, reports } from '../../db/schema';
import type { ProposalAnswer, ReporterMessagePurpose } from '../../domain/case-lifecycle';
import { unseal, unsealOrNull } from '../../privacy/envelope';
import type { ServiceContext } from '../context';
import type { ReportDetails } from './schemas';

export type ThreadEntry =
  | { kind: 'to_reporter'; at: Date; purpose: ReporterMessagePurpose; body: string }
  | { kind: 'from_reporter'; at: Date; purpose: ReporterMessagePurpose; body: string }
  | { kind: 'proposal'; at: Date; body: string }
  | { kind: 'answer'; at: Date; answer: ProposalAnswer; body: string };

export const THREAD_KINDS = ['reporter_message', 'resolution_proposed', 'proposal_answered'] as const;

export async function loadThread(ctx: ServiceContext, caseId: string): Promise<ThreadEntry[]> {
  const rows = await ctx.db
    .select({ id: caseEvents.id, at: caseEvents.at, kind: caseEvents.kind, data: caseEvents.data, body: caseEvents.bodySealed })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), inArray(caseEvents.kind, [...THREAD_KINDS])))
    .orderBy(asc(caseEvents.id));
  return rows.map((r) => {
    const body = r.body ? unseal(ctx.keys.master, { table: 'case_events', column: 'body', row: String(r.id) }, r.body) : '';
    const d = r.data as Record<string, string>;
    if (r.kind === 'resolution_proposed') return { kind: 'proposal', at: r.at, body };
    if (r.kind === 'proposal_answered') return { kind: 'answer', at: r.at, answer: d.answer as ProposalAnswer, body };
    return { kind: d.direction === 'from_reporter' ? 'from_reporter' : 'to_reporter', at: r.at, purpose: d.purpose as ReporterMessagePurpose, body };
  });
}

export type ReportRow = typeof reports.$inferSelect;

export async function loadReportRow(ctx: ServiceContext, caseId: string): Promise<ReportRow | null> {
  const [row] = await ctx.db.select().from(reports).where(eq(reports.caseId, caseId));
  return row ?? null;
}

export function openReportDetails(ctx: ServiceContext, row: ReportRow): { contact: string | null; details: ReportDetails | null } {
  const binding = (column: string) => ({ table: 'reports', column, row: row.caseId });
  const details = unsealOrNull(ctx.keys.master, binding('details'), row.detailsSealed);
  return { contact: unsealOrNull(ctx.keys.master, binding('contact'), row.contactSealed), details: details ? (JSON.parse(details) as ReportDetails) : null };
}
