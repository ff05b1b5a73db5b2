// What a public text belongs to, and where its current words are stored. The text itself stays
// where it lives (a draft's note, an annual report's section, a document version); a review only
// refers to it by subject and hash.
import { eq } from 'drizzle-orm';
import { communitySubmissions, documents, documentVersions } from '../../db/schema';
import { CandorError } from '../../errors';
import { AUTHORED_SECTIONS, AUTHORED_TITLES, type AuthoredSection } from '../../reports/model';
import type { ServiceContext } from '../context';
import { findPublication, type PublicationRow } from '../publications/store';

export type PublicTextSubject =
  | { kind: 'publication_note'; publicationId: string }
  | { kind: 'annual_section'; publicationId: string; section: AuthoredSection }
  | { kind: 'document_summary'; documentId: string }
  /** What the working group publishes about a community submission: its wording and answer. */
  | { kind: 'community_answer'; submissionId: string };

export interface SubjectKey {
  subjectKind: PublicTextSubject['kind'];
  subjectId: string;
  field: string;
}

export function subjectKey(s: PublicTextSubject): SubjectKey {
  switch (s.kind) {
    case 'publication_note':
      return { subjectKind: s.kind, subjectId: s.publicationId, field: 'note' };
    case 'annual_section':
      return { subjectKind: s.kind, subjectId: s.publicationId, field: s.section };
    case 'document_summary':
      return { subjectKind: s.kind, subjectId: s.documentId, field: 'summary' };
    case 'community_answer':
      return { subjectKind: s.kind, subjectId: s.submissionId, field: 'answer' };
  }
}

export function subjectOf(k: SubjectKey): PublicTextSubject {
  if (k.subjectKind === 'publication_note') return { kind: 'publication_note', publicationId: k.subjectId };
  if (k.subjectKind === 'annual_section' && (AUTHORED_SECTIONS as readonly string[]).includes(k.field)) {
    return { kind: 'annual_section', publicationId: k.subjectId, section: k.field as AuthoredSection };
  }
  if (k.subjectKind === 'document_summary') return { kind: 'document_summary', documentId: k.subjectId };
  if (k.subjectKind === 'community_answer') return { kind: 'community_answer', submissionId: k.subjectId };
  throw new CandorError('not_found', 'No such text');
}

/**
 * The words a document version shows the public besides the document itself: its title, version,
 * what changed and why. (Without a rationale the text is what versions recorded before rationales
 * existed were approved as, so their approvals still hold.)
 */
export const documentPublicText = (d: { title: string; version: string; summary: string; rationale?: string }): string =>
  `${d.title}, version ${d.version}\n\n${d.summary}${d.rationale ? `\n\n${d.rationale}` : ''}`;

/** The words the public sees about a community submission, as the working group wrote them. */
export const communityPublicText = (s: { publicTitle: string | null; publicText: string | null }): string =>
  s.publicTitle || s.publicText ? `${s.publicTitle ?? ''}\n\n${s.publicText ?? ''}` : '';

export interface SubjectText {
  text: string;
  /** What the text is, for people ("Note of statistics 2025-H1, version 1"). */
  title: string;
  /** Where the text is edited. */
  editUrl: string;
  /** False once the text is public (a published release never changes). */
  editable: boolean;
}

export async function loadSubjectText(ctx: ServiceContext, s: PublicTextSubject): Promise<SubjectText> {
  if (s.kind === 'document_summary') {
    const [d] = await ctx.db
      .select({ title: documents.title, documentId: documents.id, version: documentVersions.version, summary: documentVersions.summary, rationale: documentVersions.rationale })
      .from(documentVersions)
      .innerJoin(documents, eq(documents.id, documentVersions.documentId))
      .where(eq(documentVersions.id, s.documentId));
    if (!d) throw new CandorError('not_found', 'No such document version');
    return { text: documentPublicText(d), title: `Documentation changelog: ${d.title}, version ${d.version}`, editUrl: `/wg/documents/${d.documentId}`, editable: true };
  }
  if (s.kind === 'community_answer') {
    const [row] = await ctx.db.select().from(communitySubmissions).where(eq(communitySubmissions.id, s.submissionId));
    if (!row) throw new CandorError('not_found', 'No such submission');
    return { text: communityPublicText(row), title: `Community ${row.kind}: ${row.publicTitle ?? 'untitled'}`, editUrl: `/wg/community/${row.id}`, editable: true };
  }
  const row = await findPublication(ctx, s.publicationId);
  const release = `${row.kind === 'stats' ? 'statistics' : 'transparency report'} ${row.key}, version ${row.version}`;
  const editable = row.state === 'draft';
  const editUrl = `/wg/publications/${row.id}`;
  if (s.kind === 'publication_note') return { text: row.note ?? '', title: `Note of the ${release}`, editUrl, editable };
  if (row.content.schema !== 'candor.annual/1') throw new CandorError('not_found', 'No such text');
  return { text: row.content.authored[s.section], title: `“${AUTHORED_TITLES[s.section]}” of the ${release}`, editUrl, editable };
}

/** Every free text a release publishes: its note and, for an annual report, the authored sections. */
export function publicationTexts(row: PublicationRow): Array<{ subject: PublicTextSubject; text: string; title: string }> {
  const release = `${row.kind === 'stats' ? 'statistics' : 'transparency report'} ${row.key}, version ${row.version}`;
  const out: Array<{ subject: PublicTextSubject; text: string; title: string }> = [
    { subject: { kind: 'publication_note', publicationId: row.id }, text: row.note ?? '', title: `the note of the ${release}` },
  ];
  if (row.content.schema === 'candor.annual/1') {
    for (const section of AUTHORED_SECTIONS) {
      out.push({ subject: { kind: 'annual_section', publicationId: row.id, section }, text: row.content.authored[section], title: `the section “${AUTHORED_TITLES[section]}” of the ${release}` });
    }
  }
  return out;
}
