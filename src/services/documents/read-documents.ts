// What the public site shows of the documentation, and the chair's overview. The public only ever
// sees versions that passed the rule in ./store (approved public text; board approval for the
// code of conduct), and proposals only as the working group worded and approved them.
import { diffLines, type DiffLine } from '../../domain/line-diff';
import { CandorError } from '../../errors';
import { authorize } from '../authorize';
import type { ServiceContext } from '../context';
import { listResolvedProposals } from '../community/read-community';
import { parseInput } from '../parse-input';
import { documentRefInput, documentSlugInput, type DocumentRefInput, type DocumentSlugInput } from './schemas';
import { loadDocuments, type DocumentWithVersions, type VersionRow } from './store';

export interface PublicVersion {
  id: string;
  seq: number;
  version: string;
  publishedOn: string;
  body: string | null;
  summary: string;
  rationale: string;
  url: string | null;
  /** Accepted community proposals this version resolved, as the working group words them. */
  proposals: Array<{ id: string; title: string }>;
}

export interface PublicDocument {
  id: string;
  slug: string;
  title: string;
  codeOfConduct: boolean;
  /** Oldest first. */
  versions: PublicVersion[];
}

/** One entry of the public changelog (every document, newest first). */
export interface DocumentVersion extends PublicVersion {
  slug: string;
  title: string;
}

const toPublic = (v: VersionRow, proposals: Map<string, Array<{ id: string; title: string }>>): PublicVersion => ({
  id: v.id,
  seq: v.seq,
  version: v.version,
  publishedOn: v.publishedOn,
  body: v.body,
  summary: v.summary,
  rationale: v.rationale,
  url: v.url,
  proposals: proposals.get(v.id) ?? [],
});

async function publicDocuments(ctx: ServiceContext, slug?: string): Promise<PublicDocument[]> {
  const [docs, proposals] = await Promise.all([loadDocuments(ctx, slug === undefined ? undefined : { slug }), listResolvedProposals(ctx)]);
  return docs
    .map((d) => ({ id: d.id, slug: d.slug, title: d.title, codeOfConduct: d.codeOfConduct, versions: d.versions.filter((v) => v.isPublic).map((v) => toPublic(v, proposals)) }))
    .filter((d) => d.versions.length > 0);
}

/** Every document with at least one public version, by title. */
export async function listPublicDocuments(ctx: ServiceContext): Promise<PublicDocument[]> {
  authorize(ctx, 'read:published');
  return publicDocuments(ctx);
}

export async function getPublicDocument(ctx: ServiceContext, raw: DocumentSlugInput): Promise<PublicDocument> {
  authorize(ctx, 'read:published');
  // An address that cannot be a document's is simply not found (no form to correct here).
  const parsed = documentSlugInput.safeParse(raw);
  const [doc] = parsed.success ? await publicDocuments(ctx, parsed.data.slug) : [];
  if (!doc) throw new CandorError('not_found', 'No such document');
  return doc;
}

/** The public changelog: every public version of every document, newest first. */
export async function listDocumentVersions(ctx: ServiceContext): Promise<DocumentVersion[]> {
  authorize(ctx, 'read:published');
  const docs = await publicDocuments(ctx);
  return docs
    .flatMap((d) => d.versions.map((v) => ({ ...v, slug: d.slug, title: d.title })))
    .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || a.title.localeCompare(b.title) || b.seq - a.seq);
}

/** The difference between two public versions of a document (by their sequence numbers). */
export function diffVersions(doc: PublicDocument, fromSeq: number, toSeq: number): { from: PublicVersion; to: PublicVersion; lines: DiffLine[] } {
  const from = doc.versions.find((v) => v.seq === fromSeq);
  const to = doc.versions.find((v) => v.seq === toSeq);
  if (!from || !to) throw new CandorError('not_found', 'No such version');
  return { from, to, lines: diffLines(from.body ?? '', to.body ?? '') };
}

/** Every document with all its versions and their review state (the chair's pages). */
export async function listDocumentsForChair(ctx: ServiceContext): Promise<DocumentWithVersions[]> {
  authorize(ctx, 'publish:release');
  return loadDocuments(ctx);
}

export async function getDocumentForChair(ctx: ServiceContext, raw: DocumentRefInput): Promise<DocumentWithVersions> {
  authorize(ctx, 'publish:release');
  const { documentId } = parseInput(documentRefInput, raw);
  const [doc] = /^[0-9a-f-]{36}$/i.test(documentId) ? await loadDocuments(ctx, { id: documentId }) : [];
  if (!doc) throw new CandorError('not_found', 'No such document');
  return doc;
}
