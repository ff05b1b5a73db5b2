// Saving a new version of a document, shared by the chair's edits, the first version of a new
// document, `candor docs import` and the record of a version published elsewhere. Each version's
// summary and rationale are checked as public text in the same transaction.
import { max, eq } from 'drizzle-orm';
import { documentVersions } from '../../db/schema';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { assertInTransaction, type ServiceContext } from '../context';
import { checkPublicText, documentPublicText } from '../public-text';
import type { DocumentRow } from './store';

export interface NewVersion {
  body: string | null;
  summary: string;
  rationale: string;
  version?: string | undefined;
  publishedOn?: string | undefined;
  url?: string | null | undefined;
}

export async function appendVersion(tx: ServiceContext, doc: DocumentRow, v: NewVersion): Promise<{ id: string; seq: number; version: string }> {
  assertInTransaction(tx, 'appendVersion');
  const [last] = await tx.db.select({ seq: max(documentVersions.seq) }).from(documentVersions).where(eq(documentVersions.documentId, doc.id));
  const seq = (last?.seq ?? 0) + 1;
  const version = v.version ?? String(seq);
  const [row] = await tx.db
    .insert(documentVersions)
    .values({
      documentId: doc.id,
      seq,
      version,
      publishedOn: v.publishedOn ?? tx.now().toISOString().slice(0, 10),
      body: v.body,
      summary: v.summary,
      rationale: v.rationale,
      url: v.url ?? null,
      createdBy: tx.actor.kind === 'member' ? tx.actor.id : null,
    })
    .onConflictDoNothing()
    .returning({ id: documentVersions.id });
  if (!row) throw new CandorError('conflict', `"${doc.title}" already has a version ${version}`, [{ field: 'version', message: 'this version is already recorded' }]);
  await audit(tx, { action: 'document.version_save', entity: 'document', entityRef: doc.id, details: { version, seq } });
  await checkPublicText(tx, { kind: 'document_summary', documentId: row.id }, documentPublicText({ title: doc.title, version, summary: v.summary, rationale: v.rationale }));
  return { id: row.id, seq, version };
}
