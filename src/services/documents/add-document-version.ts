// Recording a version of a document published somewhere else (the document lives at an outside
// address; Candor keeps its changelog entry). The entry joins the document of that title, created
// if needed, as a version without text; its summary is public text like any other version's.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { documents } from '../../db/schema';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { isoDate } from '../cases/schemas';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { appendVersion } from './append-version';
import { headingSlug } from './slug';
import type { DocumentRow } from './store';

export const documentVersionInput = z.object({
  title: z.string().trim().min(1, 'name the document').max(200, 'must be at most 200 characters'),
  version: z.string().trim().min(1, 'give the version, e.g. 2.1').max(40, 'must be at most 40 characters'),
  publishedOn: isoDate,
  summary: z.string().trim().min(1, 'summarise what changed and why').max(2_000, 'must be at most 2,000 characters'),
  url: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/, message: 'must be a web address (https://…)' }).max(500).optional()),
});
export type DocumentVersionInput = RawInput<typeof documentVersionInput>;

export async function addDocumentVersion(ctx: ServiceContext, raw: DocumentVersionInput): Promise<{ id: string }> {
  authorize(ctx, 'publish:release');
  const input = parseInput(documentVersionInput, raw, 'The document version');
  return withTransaction(ctx, async (tx) => {
    const doc = await documentTitled(tx, input.title);
    const v = await appendVersion(tx, doc, { body: null, summary: input.summary, rationale: '', version: input.version, publishedOn: input.publishedOn, url: input.url ?? null });
    return { id: v.id };
  });
}

async function documentTitled(tx: ServiceContext, title: string): Promise<DocumentRow> {
  const cols = { id: documents.id, slug: documents.slug, title: documents.title, codeOfConduct: documents.codeOfConduct };
  const [found] = await tx.db.select(cols).from(documents).where(eq(documents.title, title));
  if (found) return found;
  const base = headingSlug(title);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const [row] = await tx.db.insert(documents).values({ slug, title, createdBy: tx.actor.kind === 'member' ? tx.actor.id : null }).onConflictDoNothing().returning(cols);
    if (row) {
      await audit(tx, { action: 'document.create', entity: 'document', entityRef: row.id, details: { slug, codeOfConduct: false } });
      return row;
    }
  }
}
