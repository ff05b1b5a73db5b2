// After a resolution the chair reports the case to the board (DOMAIN.md "Life of a report" 8): a
// summary written for the board, under the case's code name and without identities, sealed. The
// case moves to "Reported to the board". Board members involved in the case are not told, and
// never see the report (read-board-report.ts).
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { boardReports, members } from '../../db/schema';
import { can } from '../../domain/permissions';
import { invalidInput } from '../../errors';
import { seal, unsealOrNull } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { openCase } from '../cases/case-access';
import { appendCaseEvent } from '../cases/case-events';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { notifyRoles } from './notify';
import { caseBoardReportsInput, fileBoardReportInput, type CaseBoardReportsInput, type FileBoardReportInput } from './schemas';

export async function fileBoardReport(ctx: ServiceContext, raw: FileBoardReportInput): Promise<{ id: string }> {
  authorize(ctx, 'file:board_report');
  const input = parseInput(fileBoardReportInput, raw, 'The board report');
  return withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, input.caseId, 'file:board_report');
    if (row.status !== 'resolved') throw invalidInput('The board report has 1 problem(s)', [{ field: 'summary', message: 'a case is reported to the board once it is resolved' }]);
    const id = randomUUID(); // made here so the summary can be sealed to its row
    await tx.db.insert(boardReports).values({
      id,
      caseId: row.id,
      filedBy: tx.actor.kind === 'member' ? tx.actor.id : null,
      filedAt: tx.now(),
      summarySealed: seal(tx.keys.master, { table: 'board_reports', column: 'summary', row: id }, input.summary),
    });
    await appendCaseEvent(tx, row.id, { kind: 'stage_changed', stage: 'reported' });
    await audit(tx, { action: 'board_report.file', entity: 'case', entityRef: row.codeName });
    await notifyRoles(tx, ['board'], '/wg/board', row.id);
    return { id };
  });
}

export interface CaseBoardReport {
  id: string;
  filedAt: Date;
  filedBy: string | null;
  summary: string | null;
}

/** The board reports filed for one case, for the chair who may file them (on the case's page). */
export interface CaseBoardReports {
  caseId: string;
  codeName: string;
  status: string;
  canFile: boolean;
  reports: CaseBoardReport[];
}

export async function listCaseBoardReports(ctx: ServiceContext, raw: CaseBoardReportsInput): Promise<CaseBoardReports> {
  authorize(ctx, 'file:board_report');
  const { caseId } = parseInput(caseBoardReportsInput, raw);
  return withTransaction(ctx, async (tx) => {
    const { row, resource } = await openCase(tx, caseId, 'file:board_report');
    const rows = await tx.db
      .select({ r: boardReports, filedBy: members.displayName })
      .from(boardReports)
      .leftJoin(members, eq(members.id, boardReports.filedBy))
      .where(eq(boardReports.caseId, row.id))
      .orderBy(asc(boardReports.filedAt));
    if (rows.length > 0) await audit(tx, { action: 'board_report.read', entity: 'case', entityRef: row.codeName, details: { count: rows.length } });
    return {
      caseId: row.id,
      codeName: row.codeName,
      status: row.status,
      canFile: can(tx.actor, 'file:board_report', resource) && row.status === 'resolved',
      reports: rows.map(({ r, filedBy }) => ({
        id: r.id,
        filedAt: r.filedAt,
        filedBy,
        summary: unsealOrNull(tx.keys.master, { table: 'board_reports', column: 'summary', row: r.id }, r.summarySealed),
      })),
    };
  });
}
