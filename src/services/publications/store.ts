// Reading and locking publications. Published rows are immutable: every write below either
// inserts a new row or changes a row that is still a draft.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { publications } from '../../db/schema';
import { CandorError } from '../../errors';
import type { Release } from '../../privacy/disclosure';
import type { PublicationContent, PublishedContent } from '../../reports/model';
import { assertInTransaction, type ServiceContext } from '../context';
import { authorize } from '../authorize';

export type PublicationKind = 'stats' | 'annual';

export interface PublicationRow {
  readonly id: string;
  readonly kind: PublicationKind;
  readonly key: string;
  readonly version: number;
  readonly state: 'draft' | 'published';
  readonly content: PublicationContent;
  readonly note: string | null;
  readonly publishedAt: Date | null;
}

// One publication changes at a time, so an audit always sees every earlier release.
const PUBLICATIONS_LOCK_KEY = 424243;

export async function lockPublications(ctx: ServiceContext): Promise<void> {
  assertInTransaction(ctx, 'lockPublications');
  await ctx.db.execute(sql`select pg_advisory_xact_lock(${PUBLICATIONS_LOCK_KEY})`);
}

function toRow(r: typeof publications.$inferSelect): PublicationRow {
  return {
    id: r.id,
    kind: r.kind as PublicationKind,
    key: r.key,
    version: r.version,
    state: r.state as PublicationRow['state'],
    // Written only by this module's callers, in the shapes of src/reports/model.ts.
    content: r.content as unknown as PublicationContent,
    note: r.note,
    publishedAt: r.publishedAt,
  };
}

/** Every published release, all kinds and versions, in the order they were published. */
export async function loadPublished(ctx: ServiceContext, kind?: PublicationKind): Promise<PublicationRow[]> {
  const where = kind ? and(eq(publications.state, 'published'), eq(publications.kind, kind)) : eq(publications.state, 'published');
  const rows = await ctx.db.select().from(publications).where(where).orderBy(asc(publications.publishedAt), asc(publications.version));
  return rows.map(toRow);
}

export interface PublishedPublicRow {
  readonly kind: PublicationKind;
  readonly key: string;
  readonly version: number;
  readonly note: string | null;
  readonly publishedAt: Date | null;
  readonly content: PublishedContent;
}

/**
 * Every published release without its underlying values: the database drops the true values and
 * the protection log before the row leaves it, so a public read never holds them.
 */
export async function loadPublishedPublic(ctx: ServiceContext): Promise<PublishedPublicRow[]> {
  const rows = await ctx.db
    .select({
      kind: publications.kind,
      key: publications.key,
      version: publications.version,
      note: publications.note,
      publishedAt: publications.publishedAt,
      content: sql<Record<string, unknown>>`${publications.content} - 'truth' - 'protection'`,
    })
    .from(publications)
    .where(eq(publications.state, 'published'))
    .orderBy(asc(publications.publishedAt), asc(publications.version));
  // Written only by this module's callers, in the shapes of src/reports/model.ts, less two keys.
  return rows.map((r) => ({ ...r, kind: r.kind as PublicationKind, content: r.content as unknown as PublishedContent }));
}

/**
 * Changes whenever a release is published, and only then: published rows are immutable, so the set
 * of their ids identifies what the public site shows.
 */
export async function publishedHead(ctx: ServiceContext): Promise<string> {
  const [row] = await ctx.db
    // The ids themselves, not a count and a time: two registers (a test's reset database, a
    // restore) can publish as many releases at the same instant.
    .select({ ids: sql<string | null>`md5(string_agg(${publications.id}::text, ',' order by ${publications.id}))` })
    .from(publications)
    .where(eq(publications.state, 'published'));
  return row?.ids ?? '';
}

export const historyOf = (rows: readonly PublicationRow[]): { releases: Release[]; truths: Record<string, number>[] } => ({
  releases: rows.map((r) => r.content.release),
  truths: rows.map((r) => ({ ...r.content.truth })),
});

export async function findPublication(ctx: ServiceContext, id: string): Promise<PublicationRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new CandorError('not_found', 'No such publication');
  const [row] = await ctx.db.select().from(publications).where(eq(publications.id, id));
  if (!row) throw new CandorError('not_found', 'No such publication');
  return toRow(row);
}

export async function versionsOf(ctx: ServiceContext, kind: PublicationKind, key: string): Promise<PublicationRow[]> {
  authorize(ctx, 'read:published');
  const rows = await ctx.db
    .select()
    .from(publications)
    .where(and(eq(publications.kind, kind), eq(publications.key, key)))
    .orderBy(desc(publications.version));
  return rows.map(toRow);
}

export async function saveDraft(
  ctx: ServiceContext,
  args: { existing: PublicationRow | undefined; kind: PublicationKind; key: string; version: number; content: PublicationContent },
): Promise<string> {
  assertInTransaction(ctx, 'saveDraft');
  const content = args.content as unknown as Record<string, unknown>;
  if (args.existing) {
    const updated = await ctx.db
      .update(publications)
      .set({ content })
      .where(and(eq(publications.id, args.existing.id), eq(publications.state, 'draft')))
      .returning({ id: publications.id });
    if (updated.length !== 1) throw new CandorError('conflict', 'This publication is no longer a draft');
    return args.existing.id;
  }
  const [row] = await ctx.db
    .insert(publications)
    .values({ kind: args.kind, key: args.key, version: args.version, state: 'draft', content })
    .returning({ id: publications.id });
  return row!.id;
}
