// The documentation changelog: the chair records each published version of a policy document
// (title, version, date, what changed and why). Public text: no case may be mentioned here, so
// each version is checked as public text and shown to the public only once a second member has
// approved it (src/services/public-text).
import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { documents, publicTextReviews } from '../../db/schema';
import { mayPublish, publicTextState, type PublicTextFinding, type PublicTextState } from '../../domain/public-text';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { isoDate } from '../cases/schemas';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { checkPublicText, documentPublicText, hashPublicText } from '../public-text';

export const documentVersionInput = z.object({
  title: z.string().trim().min(1, 'name the document').max(200, 'must be at most 200 characters'),
  version: z.string().trim().min(1, 'give the version, e.g. 2.1').max(40, 'must be at most 40 characters'),
  publishedOn: isoDate,
  summary: z.string().trim().min(1, 'summarise what changed and why').max(2_000, 'must be at most 2,000 characters'),
  url: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/, message: 'must be a web address (https://…)' }).max(500).optional()),
});
export type DocumentVersionInput = z.input<typeof documentVersionInput>;

export interface DocumentVersion {
  id: string;
  title: string;
  version: string;
  publishedOn: string;
  summary: string;
  url: string | null;
}

export async function addDocumentVersion(ctx: ServiceContext, raw: DocumentVersionInput): Promise<{ id: string }> {
  authorize(ctx, 'publish:release');
  const input = parseInput(documentVersionInput, raw, 'The document version');
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(documents)
      .values({ ...input, url: input.url ?? null, createdBy: tx.actor.kind === 'member' ? memberIdOf(tx) : null })
      .onConflictDoNothing()
      .returning({ id: documents.id });
    if (!row) throw new CandorError('conflict', `"${input.title}" already has a version ${input.version}`, [{ field: 'version', message: 'this version is already recorded' }]);
    await audit(tx, { action: 'document.add', entity: 'document', entityRef: row.id, details: { version: input.version } });
    await checkPublicText(tx, { kind: 'document_summary', documentId: row.id }, documentPublicText(input));
    return { id: row.id };
  });
}

export interface DocumentVersionForReview extends DocumentVersion {
  state: PublicTextState;
  reviewId: string | null;
}

async function loadDocumentVersionsWithReview(ctx: ServiceContext): Promise<DocumentVersionForReview[]> {
  const rows = await ctx.db
    .select({
      id: documents.id,
      title: documents.title,
      version: documents.version,
      publishedOn: documents.publishedOn,
      summary: documents.summary,
      url: documents.url,
      reviewId: publicTextReviews.id,
      textHash: publicTextReviews.textHash,
      findings: publicTextReviews.findings,
      authorId: publicTextReviews.authorId,
      approvedBy: publicTextReviews.approvedBy,
    })
    .from(documents)
    .leftJoin(publicTextReviews, and(eq(publicTextReviews.subjectKind, 'document_summary'), eq(publicTextReviews.subjectId, documents.id)))
    .orderBy(desc(documents.publishedOn), asc(documents.title));
  return rows.map(({ reviewId, textHash, findings, authorId, approvedBy, ...d }) => {
    const text = documentPublicText(d);
    // Findings are written by src/services/public-text only, in the shape it reads.
    const review = reviewId && textHash ? { textHash, authorId, approvedBy, findings: (findings ?? []) as unknown as PublicTextFinding[] } : undefined;
    return { ...d, reviewId, state: publicTextState(text, hashPublicText(text), review) };
  });
}

/** Every recorded version, newest first, with the state of its review (the chair's page). */
export async function listDocumentVersionsForReview(ctx: ServiceContext): Promise<DocumentVersionForReview[]> {
  authorize(ctx, 'publish:release');
  return loadDocumentVersionsWithReview(ctx);
}

/** The public changelog, newest first: only versions whose exact text a second member approved. */
export async function listDocumentVersions(ctx: ServiceContext): Promise<DocumentVersion[]> {
  authorize(ctx, 'read:published');
  const rows = await loadDocumentVersionsWithReview(ctx);
  return rows.filter((r) => mayPublish(r.state)).map(({ state: _s, reviewId: _r, ...d }) => d);
}
