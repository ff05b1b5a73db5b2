// Reading and writing reviews of public text. One review per subject: checking edited text
// replaces it (new hash, new findings, no overrides, no approval).
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { publicTextReviews } from '../../db/schema';
import type { PublicTextFinding, PublicTextReviewState } from '../../domain/public-text';
import { CandorError } from '../../errors';
import type { ServiceContext } from '../context';
import { subjectKey, subjectOf, type PublicTextSubject } from './subjects';

export interface PublicTextReview extends PublicTextReviewState {
  id: string;
  subject: PublicTextSubject;
  findings: PublicTextFinding[];
  checkedAt: Date;
  approvedAt: Date | null;
}

/** The exact text is what is reviewed: the hash changes with any edit, whitespace included. */
export const hashPublicText = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

function toReview(r: typeof publicTextReviews.$inferSelect): PublicTextReview {
  return {
    id: r.id,
    subject: subjectOf({ subjectKind: r.subjectKind as PublicTextSubject['kind'], subjectId: r.subjectId, field: r.field }),
    textHash: r.textHash,
    authorId: r.authorId,
    // Written only by this module, in the shape of PublicTextFinding.
    findings: r.findings as unknown as PublicTextFinding[],
    checkedAt: r.checkedAt,
    approvedBy: r.approvedBy,
    approvedAt: r.approvedAt,
  };
}

export async function reviewOf(ctx: ServiceContext, subject: PublicTextSubject): Promise<PublicTextReview | undefined> {
  const k = subjectKey(subject);
  const [row] = await ctx.db
    .select()
    .from(publicTextReviews)
    .where(and(eq(publicTextReviews.subjectKind, k.subjectKind), eq(publicTextReviews.subjectId, k.subjectId), eq(publicTextReviews.field, k.field)));
  return row ? toReview(row) : undefined;
}

export async function findReview(ctx: ServiceContext, id: string): Promise<PublicTextReview> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new CandorError('not_found', 'No such text');
  const [row] = await ctx.db.select().from(publicTextReviews).where(eq(publicTextReviews.id, id));
  if (!row) throw new CandorError('not_found', 'No such text');
  return toReview(row);
}

export async function listReviews(ctx: ServiceContext): Promise<PublicTextReview[]> {
  return (await ctx.db.select().from(publicTextReviews)).map(toReview);
}

export const reviewRef = (r: { subject: PublicTextSubject }): string => {
  const k = subjectKey(r.subject);
  return `${k.subjectKind}:${k.subjectId}:${k.field}`;
};
