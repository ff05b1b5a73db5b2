// The working group's side of the reporter's path: the conversation on a case, proposals shared
// before a decision, the templates its messages start from, and what is due. (The board's
// requests for reconsideration are in src/services/board.)
import { and, asc, eq } from 'drizzle-orm';
import { cases, messageTemplates, reports } from '../../db/schema';
import { localDate } from '../../domain/periods';
import { can } from '../../domain/permissions';
import {
  DEFAULT_TEMPLATES,
  dueState,
  fillTemplate,
  TEMPLATE_KEYS,
  unknownPlaceholders,
  type DueState,
  type TemplateKey,
} from '../../domain/report-intake';
import { invalidInput, notFound } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { openCase } from '../cases/case-access';
import { appendCaseEvent } from '../cases/case-events';
import { caseAccess } from '../cases/case-resource';
import { notifyReporter } from './notify';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { caseOnlyInput, messageReporterInput, proposeResolutionInput, updateTemplateInput, type ReportDetails } from './schemas';
import { loadReportRow, loadThread, openReportDetails, type ThreadEntry } from './thread';

export interface ReporterThread {
  caseId: string;
  codeName: string;
  status: string;
  /** False for cases that did not come through the form: there is no reporter to write to. */
  hasPortal: boolean;
  contact: string | null;
  details: ReportDetails | null;
  acknowledgeBy: Date | null;
  respondBy: Date | null;
  thread: ThreadEntry[];
  /** Each template filled in for this case, ready to edit before sending. */
  templates: Record<TemplateKey, string>;
  canWrite: boolean;
}

async function templateBodies(ctx: ServiceContext): Promise<Record<TemplateKey, string>> {
  const rows = await ctx.db.select({ key: messageTemplates.key, body: messageTemplates.body }).from(messageTemplates);
  const out = { ...DEFAULT_TEMPLATES };
  for (const r of rows) if ((TEMPLATE_KEYS as readonly string[]).includes(r.key)) out[r.key as TemplateKey] = r.body;
  return out;
}

const longDate = (d: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone }).format(d);

export async function getReporterThread(ctx: ServiceContext, raw: { caseId: unknown }): Promise<ReporterThread> {
  authorize(ctx, 'read:case');
  const { caseId } = parseInput(caseOnlyInput, raw);
  return withTransaction(ctx, async (tx) => {
    const { row, resource } = await openCase(tx, caseId, 'read:case');
    const report = await loadReportRow(tx, row.id);
    const opened = report ? openReportDetails(tx, report) : { contact: null, details: null };
    const thread = await loadThread(tx, row.id);
    const org = tx.config.organisation;
    const received = new Date(`${row.receivedOn}T12:00:00Z`);
    const values = {
      working_group: org.workingGroupName,
      organisation: org.name,
      received_on: longDate(received, 'UTC'),
      respond_by: report ? longDate(report.respondBy, org.timeZone) : '',
    };
    const bodies = await templateBodies(tx);
    const templates = Object.fromEntries(TEMPLATE_KEYS.map((k) => [k, fillTemplate(bodies[k], values)])) as Record<TemplateKey, string>;
    await audit(tx, { action: 'report.thread_read', entity: 'case', entityRef: row.codeName });
    return {
      caseId: row.id,
      codeName: row.codeName,
      status: row.status,
      hasPortal: report !== null,
      ...opened,
      acknowledgeBy: report?.acknowledgeBy ?? null,
      respondBy: report?.respondBy ?? null,
      thread,
      templates,
      canWrite: report !== null && can(tx.actor, 'update:case', resource),
    };
  });
}

/** A message to the reporter; an acknowledgement also records that the reporter was acknowledged. */
export async function messageReporter(ctx: ServiceContext, raw: { caseId: unknown; purpose: unknown; body: unknown }): Promise<void> {
  authorize(ctx, 'update:case');
  const input = parseInput(messageReporterInput, raw, 'The message');
  if (input.purpose === 'information') throw invalidInput('Choose what the message is', [{ field: 'purpose', message: 'choose what the message is' }]);
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, input.caseId, 'update:case');
    const report = await loadReportRow(tx, row.id);
    if (!report) throw notFound();
    await appendCaseEvent(tx, row.id, { kind: 'reporter_message', direction: 'to_reporter', purpose: input.purpose }, input.body);
    if ((input.purpose === 'acknowledgement' || input.purpose === 'handled_locally') && row.acknowledgedOn === null) {
      await appendCaseEvent(tx, row.id, { kind: 'acknowledged', on: localDate(tx.now(), tx.config.organisation.timeZone) });
      await audit(tx, { action: 'case.acknowledge', entity: 'case', entityRef: row.codeName });
    }
    if (!report.firstRespondedAt) await tx.db.update(reports).set({ firstRespondedAt: tx.now() }).where(eq(reports.caseId, row.id));
    await audit(tx, { action: 'report.message', entity: 'case', entityRef: row.codeName, details: { purpose: input.purpose } });
    await notifyReporter(tx, row.id);
  });
}

/** Shares what the working group proposes to decide; the reporter's answer is recorded, not binding. */
export async function proposeResolution(ctx: ServiceContext, raw: { caseId: unknown; body: unknown }): Promise<void> {
  authorize(ctx, 'update:case');
  const input = parseInput(proposeResolutionInput, raw, 'The proposal');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, input.caseId, 'update:case');
    if (!(await loadReportRow(tx, row.id))) throw notFound();
    if (row.status !== 'ongoing') throw invalidInput('The case is resolved', [{ field: 'proposal', message: 'the case is already resolved' }]);
    await appendCaseEvent(tx, row.id, { kind: 'resolution_proposed' }, input.body);
    await audit(tx, { action: 'report.propose', entity: 'case', entityRef: row.codeName });
    await notifyReporter(tx, row.id);
  });
}

export interface TemplateView {
  key: TemplateKey;
  body: string;
  edited: boolean;
}

export async function listMessageTemplates(ctx: ServiceContext): Promise<TemplateView[]> {
  authorize(ctx, 'manage:templates');
  const rows = await ctx.db.select({ key: messageTemplates.key }).from(messageTemplates);
  const bodies = await templateBodies(ctx);
  return TEMPLATE_KEYS.map((key) => ({ key, body: bodies[key], edited: rows.some((r) => r.key === key) }));
}

export async function updateMessageTemplate(ctx: ServiceContext, raw: { key: unknown; body: unknown }): Promise<void> {
  authorize(ctx, 'manage:templates');
  const input = parseInput(updateTemplateInput, raw, 'The template');
  const unknown = unknownPlaceholders(input.body);
  if (unknown.length > 0) throw invalidInput('Unknown placeholder', [{ field: `body-${input.key}`, message: `Candor does not know {${unknown[0]}}` }]);
  const by = memberIdOf(ctx);
  await withTransaction(ctx, async (tx) => {
    await tx.db
      .insert(messageTemplates)
      .values({ key: input.key, body: input.body, updatedBy: by, updatedAt: tx.now() })
      .onConflictDoUpdate({ target: messageTemplates.key, set: { body: input.body, updatedBy: by, updatedAt: tx.now() } });
    await audit(tx, { action: 'template.update', entity: 'template', entityRef: input.key });
  });
}

export interface DueReport {
  caseId: string;
  codeName: string;
  acknowledge: { by: Date; state: DueState };
  respond: { by: Date; state: DueState };
}

/** Open web-form reports the member may see, with what the working group owes each reporter. */
export async function listDueReports(ctx: ServiceContext): Promise<DueReport[]> {
  authorize(ctx, 'list:case');
  return withTransaction(ctx, async (tx) => {
    const access = await caseAccess(tx, 'read:case');
    const rows = await tx.db
      .select({ caseId: cases.id, codeName: cases.codeName, acknowledgedOn: cases.acknowledgedOn, acknowledgeBy: reports.acknowledgeBy, respondBy: reports.respondBy, firstRespondedAt: reports.firstRespondedAt })
      .from(reports)
      .innerJoin(cases, eq(cases.id, reports.caseId))
      .where(and(eq(cases.status, 'ongoing'), access.allows(cases.id)))
      .orderBy(asc(reports.acknowledgeBy));
    const now = tx.now();
    const out = rows
      .map((r) => ({
        caseId: r.caseId,
        codeName: r.codeName,
        acknowledge: { by: r.acknowledgeBy, state: dueState(r.acknowledgeBy, r.acknowledgedOn ? r.acknowledgeBy : null, now) },
        respond: { by: r.respondBy, state: dueState(r.respondBy, r.firstRespondedAt, now) },
      }))
      .filter((r) => r.acknowledge.state !== 'done' || r.respond.state !== 'done');
    await audit(tx, { action: 'report.due_list', entity: 'case', details: { count: out.length } });
    return out;
  });
}
