// The board records its approval of a change to the code of conduct; until then the version stays
// off the public site whatever else has been approved. Recorded with where the board decided.
import { eq } from 'drizzle-orm';
import { documentVersions } from '../../db/schema';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { approveDocumentChangeInput, type ApproveDocumentChangeInput } from './schemas';
import { loadDocuments, type DocumentWithVersions, type VersionRow } from './store';

export async function approveDocumentChange(ctx: ServiceContext, raw: ApproveDocumentChangeInput): Promise<void> {
  authorize(ctx, 'approve:document');
  const input = parseInput(approveDocumentChangeInput, raw, 'The approval');
  await withTransaction(ctx, async (tx) => {
    const [v] = await tx.db.select({ id: documentVersions.id, approvedAt: documentVersions.boardApprovedAt, documentId: documentVersions.documentId }).from(documentVersions).where(eq(documentVersions.id, input.versionId));
    const [doc] = v ? await loadDocuments(tx, { id: v.documentId }) : [];
    if (!v || !doc?.codeOfConduct) throw new CandorError('not_found', 'No such change to the code of conduct');
    if (v.approvedAt) throw new CandorError('conflict', 'The board has approved this change already');
    await tx.db
      .update(documentVersions)
      .set({ boardApprovedBy: memberIdOf(tx), boardApprovedAt: tx.now(), boardApprovalNote: input.note })
      .where(eq(documentVersions.id, v.id));
    await audit(tx, { action: 'document.board_approve', entity: 'document', entityRef: doc.id, details: { versionId: v.id } });
  });
}

/** Changes to the code of conduct the board has not approved yet, for the board's page. */
export async function listChangesAwaitingBoard(ctx: ServiceContext): Promise<Array<{ document: DocumentWithVersions; version: VersionRow }>> {
  authorize(ctx, 'approve:document');
  const docs = await loadDocuments(ctx);
  return docs.filter((d) => d.codeOfConduct).flatMap((d) => d.versions.filter((v) => v.awaitingBoard).map((version) => ({ document: d, version })));
}
