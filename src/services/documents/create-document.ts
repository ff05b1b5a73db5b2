// A new document and its first version. The slug (its public address) comes from the title
// unless the chair chooses one; it never changes, so links into the document keep working.
import { documents } from '../../db/schema';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { headingSlug } from './slug';
import { appendVersion } from './append-version';
import { createDocumentInput, type CreateDocumentInput } from './schemas';

export async function createDocument(ctx: ServiceContext, raw: CreateDocumentInput): Promise<{ id: string; slug: string; versionId: string }> {
  authorize(ctx, 'publish:release');
  const input = parseInput(createDocumentInput, raw, 'The document');
  const slug = input.slug ?? headingSlug(input.title);
  return withTransaction(ctx, async (tx) => {
    const [doc] = await tx.db
      .insert(documents)
      .values({ slug, title: input.title, codeOfConduct: input.codeOfConduct, createdBy: tx.actor.kind === 'member' ? tx.actor.id : null })
      .onConflictDoNothing()
      .returning({ id: documents.id, slug: documents.slug, title: documents.title, codeOfConduct: documents.codeOfConduct });
    if (!doc) throw new CandorError('conflict', `A document at /documentation/${slug} exists already`, [{ field: input.slug ? 'slug' : 'title', message: 'another document has this address' }]);
    await audit(tx, { action: 'document.create', entity: 'document', entityRef: doc.id, details: { slug, codeOfConduct: input.codeOfConduct } });
    const v = await appendVersion(tx, doc, input);
    return { id: doc.id, slug, versionId: v.id };
  });
}
