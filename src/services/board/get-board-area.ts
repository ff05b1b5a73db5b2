// The board's own area (DOMAIN.md "People and roles": the board sees aggregates, board reports and
// the audit trail; case records only through a logged access request; never a case that involves
// it). One read for the page: the queue (requests for reconsideration and escalations, by code
// name only), the board reports, the information requests the board sent, figures and the state
// of the audit trail. Everything about a case the member is involved in is left out.
import { asc, desc, eq } from 'drizzle-orm';
import { boardDecisions, boardReports, cases, reconsiderations, reports } from '../../db/schema';
import { boardFigures, type BoardFigures } from '../../domain/board-figures';
import { can } from '../../domain/permissions';
import { localDate } from '../../domain/periods';
import { notFound } from '../../errors';
import { unsealOrNull } from '../../privacy/envelope';
import { auditIntegrityStatus, type AuditIntegrityStatus } from '../audit/anchor-head';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { isUuid, openCase } from '../cases/case-access';
import { caseAccess, loadCaseResources } from '../cases/case-resource';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { visibleInformationRequests, type InformationRequestView } from './information-requests';
import { boardAreaInput, boardItemInput, type BoardAreaInput, type BoardItemInput } from './schemas';

export interface BoardQueueItem {
  id: string;
  caseId: string;
  codeName: string;
  requestedOn: string;
  /** reporter, reported, or escalation (the working group could not decide): kept as stored. */
  requestedBy: string;
  result: string;
  decidedOn: string | null;
  /** The request's own words, only for a member who may read the case (a granted records-access request). */
  request: string | null;
}

export interface BoardReportListItem {
  id: string;
  codeName: string;
  filedAt: Date;
}

export interface BoardArea {
  pending: BoardQueueItem[];
  decided: BoardQueueItem[];
  reports: BoardReportListItem[];
  informationRequests: InformationRequestView[];
  figures: BoardFigures;
  integrity: AuditIntegrityStatus;
  canReadAudit: boolean;
}

export async function getBoardArea(ctx: ServiceContext, raw: BoardAreaInput = {}): Promise<BoardArea> {
  authorize(ctx, 'view:board');
  parseInput(boardAreaInput, raw);
  return withTransaction(ctx, async (tx) => {
    // The board's per-case rule: whoever is recused from or named in a case sees nothing of it here.
    const access = await caseAccess(tx, 'read:board_report');
    const requestRows = await tx.db
      .select({ r: reconsiderations, codeName: cases.codeName })
      .from(reconsiderations)
      .innerJoin(cases, eq(cases.id, reconsiderations.caseId))
      .where(access.allows(reconsiderations.caseId))
      .orderBy(asc(reconsiderations.requestedOn), asc(reconsiderations.createdAt));
    const resources = await loadCaseResources(tx, requestRows.map((x) => x.r.caseId));
    const queue = requestRows.map(({ r, codeName }) => ({
      id: r.id,
      caseId: r.caseId,
      codeName,
      requestedOn: r.requestedOn,
      requestedBy: r.requestedBy as string,
      result: r.result as string,
      decidedOn: r.decidedOn,
      request: can(tx.actor, 'read:case', resources.get(r.caseId)) ? unsealOrNull(tx.keys.master, { table: 'reconsiderations', column: 'details', row: r.id }, r.detailsSealed) : null,
    }));
    const reportRows = await tx.db
      .select({ id: boardReports.id, codeName: cases.codeName, filedAt: boardReports.filedAt })
      .from(boardReports)
      .innerJoin(cases, eq(cases.id, boardReports.caseId))
      .where(access.allows(boardReports.caseId))
      .orderBy(desc(boardReports.filedAt));
    const informationRequests = await visibleInformationRequests(tx, 'view:board');

    // Aggregates over the whole register: counts only, so no case is left out of them.
    const [caseRows, responseRows] = await Promise.all([
      tx.db.select({ status: cases.status, stage: cases.stage, receivedOn: cases.receivedOn, acknowledgedOn: cases.acknowledgedOn }).from(cases),
      tx.db.select({ status: cases.status, respondBy: reports.respondBy, firstRespondedAt: reports.firstRespondedAt }).from(reports).innerJoin(cases, eq(cases.id, reports.caseId)),
    ]);
    const now = tx.now();
    const figures = boardFigures(caseRows, responseRows, now, localDate(now, tx.config.organisation.timeZone));
    const canReadAudit = can(tx.actor, 'read:audit');
    const integrity = canReadAudit ? await auditIntegrityStatus(tx) : { lastAnchor: null, lastVerified: null, lastFailure: null };

    await audit(tx, {
      action: 'board.read',
      entity: 'board',
      details: {
        queue: queue.length,
        withRequestText: queue.filter((q) => q.request !== null).length,
        reports: reportRows.length,
        informationRequests: informationRequests.length,
      },
    });
    return {
      pending: queue.filter((q) => q.result === 'pending'),
      decided: queue.filter((q) => q.result !== 'pending').reverse(),
      reports: reportRows,
      informationRequests,
      figures,
      integrity,
      canReadAudit,
    };
  });
}

export interface BoardDecisionView {
  decidedOn: string;
  review: string | null;
  reasons: string | null;
}

export interface BoardQueueItemView extends BoardQueueItem {
  decision: BoardDecisionView | null;
}

/** One request for the board to decide (or that it decided), for a member not involved in its case. */
export async function getBoardReconsideration(ctx: ServiceContext, raw: BoardItemInput): Promise<BoardQueueItemView> {
  authorize(ctx, 'decide:reconsideration');
  const { id } = parseInput(boardItemInput, raw);
  return withTransaction(ctx, async (tx) => {
    if (!isUuid(id)) throw notFound();
    const [r] = await tx.db.select().from(reconsiderations).where(eq(reconsiderations.id, id));
    if (!r) throw notFound();
    const { row, resource } = await openCase(tx, r.caseId, 'decide:reconsideration');
    const [d] = await tx.db.select().from(boardDecisions).where(eq(boardDecisions.reconsiderationId, r.id));
    const open = (table: string, column: string, rowId: string, sealed: string | null) => unsealOrNull(tx.keys.master, { table, column, row: rowId }, sealed);
    await audit(tx, { action: 'reconsideration.read', entity: 'case', entityRef: row.codeName });
    return {
      id: r.id,
      caseId: r.caseId,
      codeName: row.codeName,
      requestedOn: r.requestedOn,
      requestedBy: r.requestedBy as string,
      result: r.result as string,
      decidedOn: r.decidedOn,
      request: can(tx.actor, 'read:case', resource) ? open('reconsiderations', 'details', r.id, r.detailsSealed) : null,
      decision: d ? { decidedOn: d.decidedOn, review: open('board_decisions', 'review', d.id, d.reviewSealed), reasons: open('board_decisions', 'reasons', d.id, d.reasonsSealed) } : null,
    };
  });
}
