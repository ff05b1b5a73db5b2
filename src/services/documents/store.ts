// Reading documents and their versions with the state of each version's public-text review. One
// rule decides what the public sees: a version whose summary and rationale a second member
// approved, and, for the code of conduct, whose change the board approved.
import { and, asc, eq } from 'drizzle-orm';
import { documents, documentVersions, publicTextReviews } from '../../db/schema';
import { mayPublish, publicTextState, type PublicTextFinding, type PublicTextState } from '../../domain/public-text';
import { CandorError } from '../../errors';
import type { ServiceContext } from '../context';
import { documentPublicText, hashPublicText } from '../public-text';

export interface DocumentRow {
  id: string;
  slug: string;
  title: string;
  codeOfConduct: boolean;
}

export interface VersionRow {
  id: string;
  documentId: string;
  seq: number;
  version: string;
  publishedOn: string;
  body: string | null;
  summary: string;
  rationale: string;
  url: string | null;
  boardApprovedAt: Date | null;
  boardApprovalNote: string | null;
  reviewId: string | null;
  reviewState: PublicTextState;
  /** Waiting for the board's approval (code of conduct only). */
  awaitingBoard: boolean;
  /** Shown on the public site. */
  isPublic: boolean;
}

export interface DocumentWithVersions extends DocumentRow {
  /** Oldest first. */
  versions: VersionRow[];
}

export const awaitsBoard = (doc: { codeOfConduct: boolean }, v: { boardApprovedAt: Date | null }): boolean => doc.codeOfConduct && v.boardApprovedAt === null;

/** Every document with every version and its review state, ordered by title. */
export async function loadDocuments(ctx: ServiceContext, where?: { slug?: string; id?: string }): Promise<DocumentWithVersions[]> {
  const cond = where?.slug !== undefined ? eq(documents.slug, where.slug) : where?.id !== undefined ? eq(documents.id, where.id) : undefined;
  const docs = await ctx.db.select({ id: documents.id, slug: documents.slug, title: documents.title, codeOfConduct: documents.codeOfConduct }).from(documents).where(cond).orderBy(asc(documents.title));
  if (docs.length === 0) return [];
  const rows = await ctx.db
    .select({
      id: documentVersions.id,
      documentId: documentVersions.documentId,
      seq: documentVersions.seq,
      version: documentVersions.version,
      publishedOn: documentVersions.publishedOn,
      body: documentVersions.body,
      summary: documentVersions.summary,
      rationale: documentVersions.rationale,
      url: documentVersions.url,
      boardApprovedAt: documentVersions.boardApprovedAt,
      boardApprovalNote: documentVersions.boardApprovalNote,
      reviewId: publicTextReviews.id,
      textHash: publicTextReviews.textHash,
      findings: publicTextReviews.findings,
      authorId: publicTextReviews.authorId,
      approvedBy: publicTextReviews.approvedBy,
    })
    .from(documentVersions)
    .leftJoin(publicTextReviews, and(eq(publicTextReviews.subjectKind, 'document_summary'), eq(publicTextReviews.subjectId, documentVersions.id)))
    .where(where ? eq(documentVersions.documentId, docs[0]!.id) : undefined)
    .orderBy(asc(documentVersions.seq));
  return docs.map((d) => ({
    ...d,
    versions: rows
      .filter((r) => r.documentId === d.id)
      .map(({ textHash, findings, authorId, approvedBy, ...v }) => {
        const text = documentPublicText({ title: d.title, version: v.version, summary: v.summary, rationale: v.rationale });
        // Findings are written by src/services/public-text only, in the shape it reads.
        const review = v.reviewId && textHash ? { textHash, authorId, approvedBy, findings: (findings ?? []) as unknown as PublicTextFinding[] } : undefined;
        const reviewState = publicTextState(text, hashPublicText(text), review);
        const awaitingBoard = awaitsBoard(d, v);
        return { ...v, reviewState, awaitingBoard, isPublic: mayPublish(reviewState) && !awaitingBoard };
      }),
  }));
}

export async function loadDocument(ctx: ServiceContext, id: string): Promise<DocumentWithVersions> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new CandorError('not_found', 'No such document');
  const [doc] = await loadDocuments(ctx, { id });
  if (!doc) throw new CandorError('not_found', 'No such document');
  return doc;
}
