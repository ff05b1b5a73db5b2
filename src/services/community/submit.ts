// The public sends a question, a suggestion or a proposed change. Anyone may (no sign-in, so no
// permission to check); nothing about the sender is kept: no address, no user agent, no contact.
// The words are sealed because they may name someone; only the working group reads them.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { communitySubmissions, documents } from '../../db/schema';
import { CandorError } from '../../errors';
import { seal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { submitInput, type SubmitInput } from './schemas';
import { authorize } from '../authorize';

export async function submitCommunityItem(ctx: ServiceContext, raw: SubmitInput): Promise<void> {
  authorize(ctx, 'submit:community');
  const input = parseInput(submitInput, raw, 'Your message');
  await withTransaction(ctx, async (tx) => {
    if (input.documentId) {
      const [doc] = await tx.db.select({ id: documents.id }).from(documents).where(eq(documents.id, input.documentId));
      if (!doc) throw new CandorError('invalid_input', 'No such document', [{ field: 'documentId', message: 'choose a document from the list' }]);
    }
    const id = randomUUID();
    await tx.db.insert(communitySubmissions).values({
      id,
      kind: input.kind,
      documentId: input.documentId ?? null,
      bodySealed: seal(tx.keys.master, { table: 'community_submissions', column: 'body', row: id }, input.body),
    });
    await audit(tx, { action: 'community.submit', entity: 'community_submission', entityRef: id, details: { kind: input.kind } });
  });
}
