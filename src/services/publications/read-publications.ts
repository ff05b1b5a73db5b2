// Reading publications. The public reads need no permission: they return only published rows,
// and only through publicView (never true values or the protection log). The chair's reads see
// drafts with their protection log and are audited.
import { desc } from 'drizzle-orm';
import { z } from 'zod';
import { publications } from '../../db/schema';
import { CandorError } from '../../errors';
import { publicView, type PublicPublication } from '../../reports/model';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { findPublication, loadPublishedPublic, publishedHead, type PublicationRow } from './store';

export interface PublishedItem {
  readonly publication: PublicPublication;
  readonly publishedAt: Date;
}

// The public view of every release, per database handle, for as long as nothing new is published:
// a public request then costs one small query however many releases there are.
const publicCache = new WeakMap<object, { head: string; items: readonly PublishedItem[] }>();

/** Every published version, oldest first (public). Never reads a release's underlying values. */
export async function listPublished(ctx: ServiceContext): Promise<PublishedItem[]> {
  authorize(ctx, 'read:published');
  const head = await publishedHead(ctx);
  const cached = publicCache.get(ctx.db);
  if (cached?.head === head) return [...cached.items];
  const items = (await loadPublishedPublic(ctx)).map((r) => ({ publication: publicView(r), publishedAt: r.publishedAt ?? new Date(0) }));
  publicCache.set(ctx.db, { head, items });
  return [...items];
}

/** The chair's list: every draft and published version, newest first. */
export async function listPublicationsForChair(ctx: ServiceContext): Promise<PublicationRow[]> {
  authorize(ctx, 'publish:release');
  const rows = await ctx.db.select().from(publications).orderBy(desc(publications.key), desc(publications.version));
  return Promise.all(rows.map((r) => findPublication(ctx, r.id)));
}

// An unknown or malformed id is "not found" (findPublication), never a form error.
const publicationRefInput = z.object({ publicationId: z.string() });
export type PublicationRefInput = RawInput<typeof publicationRefInput>;

export async function getPublicationForChair(ctx: ServiceContext, raw: PublicationRefInput): Promise<PublicationRow> {
  authorize(ctx, 'publish:release');
  const { publicationId } = parseInput(publicationRefInput, raw);
  return withTransaction(ctx, async (tx) => {
    const row = await findPublication(tx, publicationId);
    if (row.kind !== 'stats' && row.kind !== 'annual') throw new CandorError('not_found', 'No such publication');
    await audit(tx, { action: 'publication.audit', entity: 'publication', entityRef: `${row.kind}:${row.key}:v${row.version}`, details: { review: true } });
    return row;
  });
}
