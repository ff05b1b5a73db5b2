// The documentation changelog: the chair records each published version of a policy document
// (title, version, date, what changed and why). Public text: no case may be mentioned here.
import { asc, desc } from 'drizzle-orm';
import { z } from 'zod';
import { documents } from '../../db/schema';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { isoDate } from '../cases/schemas';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';

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
    return { id: row.id };
  });
}

/** The changelog, newest first. Public data, so reading it is not audited. */
export async function listDocumentVersions(ctx: ServiceContext): Promise<DocumentVersion[]> {
  return ctx.db
    .select({ id: documents.id, title: documents.title, version: documents.version, publishedOn: documents.publishedOn, summary: documents.summary, url: documents.url })
    .from(documents)
    .orderBy(desc(documents.publishedOn), asc(documents.title));
}
