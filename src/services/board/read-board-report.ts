// One board report, for a board member (or chair) who is not involved in its case. An involved
// member is answered as if the report did not exist. Reading it is audited.
import { eq } from 'drizzle-orm';
import { boardReports } from '../../db/schema';
import { notFound } from '../../errors';
import { unseal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { isUuid, openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { boardItemInput, type BoardItemInput } from './schemas';

export interface BoardReportView {
  id: string;
  codeName: string;
  filedAt: Date;
  resolvedOn: string | null;
  summary: string;
}

export async function readBoardReport(ctx: ServiceContext, raw: BoardItemInput): Promise<BoardReportView> {
  authorize(ctx, 'read:board_report');
  const { id } = parseInput(boardItemInput, raw);
  return withTransaction(ctx, async (tx) => {
    if (!isUuid(id)) throw notFound();
    const [report] = await tx.db.select().from(boardReports).where(eq(boardReports.id, id));
    if (!report) throw notFound();
    const { row } = await openCase(tx, report.caseId, 'read:board_report');
    await audit(tx, { action: 'board_report.read', entity: 'case', entityRef: row.codeName });
    return {
      id: report.id,
      codeName: row.codeName,
      filedAt: report.filedAt,
      resolvedOn: row.resolvedOn,
      summary: unseal(tx.keys.master, { table: 'board_reports', column: 'summary', row: report.id }, report.summarySealed),
    };
  });
}
