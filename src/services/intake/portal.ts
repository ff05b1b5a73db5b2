// The reporter's portal: what a reporter holding a receipt code may do with their own report.
// Every verb acts as a reporter actor bound to one case, and opens that case with the same
// openCase() the register uses, so the per-case rule is asked in one place.
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { reconsiderations } from '../../db/schema';
import { deriveCaseState } from '../../domain/case-lifecycle';
import { localDate } from '../../domain/periods';
import { normaliseReceiptCode, openProposal, proposalAnswered, reporterStatus, type ReporterStatus } from '../../domain/report-intake';
import { CandorError, invalidInput, notFound } from '../../errors';
import { seal } from '../../privacy/envelope';
import { checkUpload, storeAttachment } from '../attachments/add-attachment';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { appendCaseEvent, loadCaseEvents } from '../cases/case-events';
import { notifyMembers } from './notify';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { findReportByReceipt, receiptHash } from './receipt';
import { answerProposalInput, MAX_REPORT_FILE_BYTES, openReportInput, reporterReconsiderationInput, reporterReplyInput, type ReporterReplyInput } from './schemas';
import { loadThread, type ThreadEntry } from './thread';

function reporterCaseId(ctx: ServiceContext): string {
  if (ctx.actor.kind !== 'reporter') throw notFound();
  return ctx.actor.caseId;
}

/**
 * A receipt code → the report it belongs to. A wrong code and a malformed one fail alike (not
 * found) after the same work: a keyed hash and one indexed lookup.
 */
export async function openReport(ctx: ServiceContext, raw: { receiptCode: unknown }): Promise<{ caseId: string }> {
  authorize(ctx, 'submit:report'); // whoever may report may come back with a receipt
  const input = parseInput(openReportInput, raw, 'The receipt code');
  const canonical = normaliseReceiptCode(input.receiptCode);
  return withTransaction(ctx, async (tx) => {
    const found = await findReportByReceipt(tx, canonical ?? `invalid:${receiptHash(tx, input.receiptCode)}`);
    if (!canonical || !found) throw new CandorError('not_found', 'No report has this receipt code');
    const { row } = await openCase({ ...tx, actor: { kind: 'reporter', caseId: found.caseId } }, found.caseId, 'follow:report');
    await audit(tx, { action: 'report.open', entity: 'case', entityRef: row.codeName });
    return { caseId: found.caseId };
  });
}

export interface MyReport {
  receivedOn: string;
  status: ReporterStatus;
  thread: ThreadEntry[];
  mayAnswerProposal: boolean;
  mayRequestReconsideration: boolean;
  reconsideration: { requestedOn: string; result: string } | null;
}

export async function getMyReport(ctx: ServiceContext): Promise<MyReport> {
  const caseId = reporterCaseId(ctx);
  return withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'follow:report');
    const events = await loadCaseEvents(tx, row.id);
    const state = deriveCaseState(events);
    const [asked] = await tx.db
      .select({ requestedOn: reconsiderations.requestedOn, result: reconsiderations.result })
      .from(reconsiderations)
      .where(and(eq(reconsiderations.caseId, row.id), eq(reconsiderations.requestedBy, 'reporter')))
      .orderBy(reconsiderations.createdAt);
    const thread = await loadThread(tx, row.id);
    await audit(tx, { action: 'report.read', entity: 'case', entityRef: row.codeName });
    return {
      receivedOn: state.receivedOn,
      status: reporterStatus(state, events),
      thread,
      mayAnswerProposal: state.status === 'ongoing' && openProposal(events) && !proposalAnswered(events),
      mayRequestReconsideration: state.status === 'resolved' && !asked,
      reconsideration: asked ?? null,
    };
  });
}

/** A message, more information, or files, from the reporter to the working group. */
export async function replyToWorkingGroup(ctx: ServiceContext, raw: ReporterReplyInput): Promise<void> {
  const caseId = reporterCaseId(ctx);
  authorize(ctx, 'follow:report', { kind: 'case', caseId });
  const input = parseInput(reporterReplyInput, raw, 'Your message');
  const checked = input.files.map((file) => ({ file, type: checkUpload(file, 'files', MAX_REPORT_FILE_BYTES) }));
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'follow:report');
    if (input.body) await appendCaseEvent(tx, row.id, { kind: 'reporter_message', direction: 'from_reporter', purpose: 'message' }, input.body);
    for (const { file, type } of checked) await storeAttachment(tx, row, file, type, null);
    await audit(tx, { action: 'report.reply', entity: 'case', entityRef: row.codeName, details: { files: checked.length } });
    await notifyMembers(tx, row.id, ['chair', 'vice_chair'], '/wg');
  });
}

export async function answerProposal(ctx: ServiceContext, raw: { answer: unknown; comment?: unknown }): Promise<void> {
  const caseId = reporterCaseId(ctx);
  authorize(ctx, 'follow:report', { kind: 'case', caseId });
  const input = parseInput(answerProposalInput, raw, 'Your answer');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'follow:report');
    const events = await loadCaseEvents(tx, row.id);
    if (row.status !== 'ongoing' || !openProposal(events) || proposalAnswered(events)) {
      throw invalidInput('There is no proposal waiting for your answer', [{ field: 'answer', message: 'there is no proposal waiting for your answer' }]);
    }
    await appendCaseEvent(tx, row.id, { kind: 'proposal_answered', answer: input.answer }, input.comment || null);
    await audit(tx, { action: 'report.answer', entity: 'case', entityRef: row.codeName, details: { answer: input.answer } });
    await notifyMembers(tx, row.id, ['chair', 'vice_chair'], '/wg');
  });
}

/** After a resolution: the reporter asks the board to reconsider, with their reasons (sealed). */
export async function requestReconsiderationByReporter(ctx: ServiceContext, raw: { reasons: unknown }): Promise<void> {
  const caseId = reporterCaseId(ctx);
  authorize(ctx, 'follow:report', { kind: 'case', caseId });
  const input = parseInput(reporterReconsiderationInput, raw, 'Your request');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'follow:report');
    if (row.status !== 'resolved') throw invalidInput('The report is not resolved yet', [{ field: 'reasons', message: 'you can ask for reconsideration once the report is resolved' }]);
    const [already] = await tx.db
      .select({ id: reconsiderations.id })
      .from(reconsiderations)
      .where(and(eq(reconsiderations.caseId, row.id), eq(reconsiderations.requestedBy, 'reporter')));
    if (already) throw invalidInput('You have already asked', [{ field: 'reasons', message: 'you have already asked the board to reconsider this decision' }]);
    const id = randomUUID(); // made here so the reasons can be sealed to their row
    await tx.db.insert(reconsiderations).values({
      id,
      caseId: row.id,
      requestedOn: localDate(tx.now(), tx.config.organisation.timeZone),
      requestedBy: 'reporter',
      detailsSealed: seal(tx.keys.master, { table: 'reconsiderations', column: 'details', row: id }, input.reasons),
      recordedBy: null,
    });
    await audit(tx, { action: 'reconsideration.record', entity: 'case', entityRef: row.codeName, details: { requestedBy: 'reporter', via: 'portal' } });
    await notifyMembers(tx, row.id, ['board'], '/wg/board');
  });
}
