// Reading publications. The public reads need no permission: they return only published rows,
// and only through publicView (never true values or the protection log). The chair's reads see
// drafts with their protection log and are audited.
import { desc } from 'drizzle-orm';
import { publications } from '../../db/schema';
import { CandorError } from '../../errors';
import { publicView, type PublicPublication } from '../../reports/model';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { findPublication, loadPublished, type PublicationRow } from './store';

export interface PublishedItem {
  readonly publication: PublicPublication;
  readonly publishedAt: Date;
}

/** Every published version, oldest first (public). */
export async function listPublished(ctx: ServiceContext): Promise<PublishedItem[]> {
  authorize(ctx, 'read:published');
  const rows = await loadPublished(ctx);
  return rows.map((r) => ({ publication: publicView(r), publishedAt: r.publishedAt ?? new Date(0) }));
}

/** The chair's list: every draft and published version, newest first. */
export async function listPublicationsForChair(ctx: ServiceContext): Promise<PublicationRow[]> {
  authorize(ctx, 'publish:release');
  const rows = await ctx.db.select().from(publications).orderBy(desc(publications.key), desc(publications.version));
  return Promise.all(rows.map((r) => findPublication(ctx, r.id)));
}

export async function getPublicationForChair(ctx: ServiceContext, id: string): Promise<PublicationRow> {
  authorize(ctx, 'publish:release');
  return withTransaction(ctx, async (tx) => {
    const row = await findPublication(tx, id);
    if (row.kind !== 'stats' && row.kind !== 'annual') throw new CandorError('not_found', 'No such publication');
    await audit(tx, { action: 'publication.audit', entity: 'publication', entityRef: `${row.kind}:${row.key}:v${row.version}`, details: { review: true } });
    return row;
  });
}
