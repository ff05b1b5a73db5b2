// Reading community submissions: the working group's queue (the sender's words unsealed, each
// read audited) and what the public sees (only the working group's approved wording).
import { and, desc, eq } from 'drizzle-orm';
import { communitySubmissions, documents, publicTextReviews } from '../../db/schema';
import { mayPublish, publicTextState, type PublicTextFinding, type PublicTextState } from '../../domain/public-text';
import { CandorError } from '../../errors';
import { unseal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { communityPublicText, hashPublicText } from '../public-text';
import type { SubmissionKind, SubmissionStatus } from './schemas';

interface Row {
  id: string;
  kind: SubmissionKind;
  status: SubmissionStatus;
  documentId: string | null;
  documentTitle: string | null;
  documentSlug: string | null;
  publicTitle: string | null;
  publicText: string | null;
  resolvedByVersionId: string | null;
  receivedOn: string;
  reviewId: string | null;
  reviewState: PublicTextState;
  bodySealed: string;
}

async function loadRows(ctx: ServiceContext, id?: string): Promise<Row[]> {
  const rows = await ctx.db
    .select({
      id: communitySubmissions.id,
      kind: communitySubmissions.kind,
      status: communitySubmissions.status,
      documentId: communitySubmissions.documentId,
      documentTitle: documents.title,
      documentSlug: documents.slug,
      publicTitle: communitySubmissions.publicTitle,
      publicText: communitySubmissions.publicText,
      resolvedByVersionId: communitySubmissions.resolvedByVersionId,
      createdAt: communitySubmissions.createdAt,
      bodySealed: communitySubmissions.bodySealed,
      reviewId: publicTextReviews.id,
      textHash: publicTextReviews.textHash,
      findings: publicTextReviews.findings,
      authorId: publicTextReviews.authorId,
      approvedBy: publicTextReviews.approvedBy,
    })
    .from(communitySubmissions)
    .leftJoin(documents, eq(documents.id, communitySubmissions.documentId))
    .leftJoin(publicTextReviews, and(eq(publicTextReviews.subjectKind, 'community_answer'), eq(publicTextReviews.subjectId, communitySubmissions.id)))
    .where(id === undefined ? undefined : eq(communitySubmissions.id, id))
    .orderBy(desc(communitySubmissions.createdAt));
  return rows.map(({ textHash, findings, authorId, approvedBy, createdAt, ...r }) => {
    const text = communityPublicText(r);
    // Findings are written by src/services/public-text only, in the shape it reads.
    const review = r.reviewId && textHash ? { textHash, authorId, approvedBy, findings: (findings ?? []) as unknown as PublicTextFinding[] } : undefined;
    return {
      ...r,
      // Stored by ./submit and ./triage from their closed lists.
      kind: r.kind as SubmissionKind,
      status: r.status as SubmissionStatus,
      receivedOn: createdAt.toISOString().slice(0, 10),
      reviewState: publicTextState(text, hashPublicText(text), review),
    };
  });
}

export interface SubmissionForWg extends Omit<Row, 'bodySealed'> {
  body: string;
}

/** The working group's queue, newest first, with the sender's words. */
export async function listCommunitySubmissions(ctx: ServiceContext): Promise<SubmissionForWg[]> {
  authorize(ctx, 'triage:community');
  return withTransaction(ctx, async (tx) => {
    const rows = await loadRows(tx);
    await audit(tx, { action: 'community.read', entity: 'community_submission', entityRef: null, details: { count: rows.length } });
    return rows.map(({ bodySealed, ...r }) => ({ ...r, body: unseal(tx.keys.master, { table: 'community_submissions', column: 'body', row: r.id }, bodySealed) }));
  });
}

export async function getCommunitySubmission(ctx: ServiceContext, raw: { submissionId: string }): Promise<SubmissionForWg> {
  authorize(ctx, 'triage:community');
  if (!/^[0-9a-f-]{36}$/i.test(raw.submissionId)) throw new CandorError('not_found', 'No such submission');
  return withTransaction(ctx, async (tx) => {
    const [row] = await loadRows(tx, raw.submissionId);
    if (!row) throw new CandorError('not_found', 'No such submission');
    await audit(tx, { action: 'community.read', entity: 'community_submission', entityRef: row.id });
    const { bodySealed, ...r } = row;
    return { ...r, body: unseal(tx.keys.master, { table: 'community_submissions', column: 'body', row: r.id }, bodySealed) };
  });
}

export interface PublicCommunityItem {
  id: string;
  kind: SubmissionKind;
  status: Exclude<SubmissionStatus, 'new'>;
  title: string;
  text: string;
  document: { slug: string; title: string } | null;
}

/** What the public sees: triaged submissions whose wording a second member approved; `q` searches them. */
export async function listPublicCommunityItems(ctx: ServiceContext, q?: string): Promise<PublicCommunityItem[]> {
  authorize(ctx, 'read:published');
  const needle = (q ?? '').trim().toLowerCase();
  return (await loadRows(ctx))
    .filter((r) => r.status !== 'new' && r.publicTitle && r.publicText && mayPublish(r.reviewState))
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status as Exclude<SubmissionStatus, 'new'>,
      title: r.publicTitle!,
      text: r.publicText!,
      document: r.documentSlug && r.documentTitle ? { slug: r.documentSlug, title: r.documentTitle } : null,
    }))
    .filter((r) => needle === '' || `${r.title}\n${r.text}`.toLowerCase().includes(needle));
}

/** Accepted proposals by the document version that resolved them (public wording only). */
export async function listResolvedProposals(ctx: ServiceContext): Promise<Map<string, Array<{ id: string; title: string }>>> {
  const out = new Map<string, Array<{ id: string; title: string }>>();
  for (const r of await loadRows(ctx)) {
    if (r.status !== 'accepted' || !r.resolvedByVersionId || !r.publicTitle || !mayPublish(r.reviewState)) continue;
    out.set(r.resolvedByVersionId, [...(out.get(r.resolvedByVersionId) ?? []), { id: r.id, title: r.publicTitle }]);
  }
  return out;
}
