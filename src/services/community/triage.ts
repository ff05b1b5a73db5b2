// The working group answers a submission, accepts it or declines it, in words of its own that the
// public will read (never the sender's text, never who sent it). Those words are public text:
// checked now, public once a second member approves them.
import { eq } from 'drizzle-orm';
import { communitySubmissions, documentVersions } from '../../db/schema';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { checkPublicText, communityPublicText } from '../public-text';
import { triageInput, type TriageInput } from './schemas';

export async function triageCommunityItem(ctx: ServiceContext, raw: TriageInput): Promise<void> {
  authorize(ctx, 'triage:community');
  const input = parseInput(triageInput, raw, 'The decision');
  await withTransaction(ctx, async (tx) => {
    const [row] = await tx.db.select({ id: communitySubmissions.id, kind: communitySubmissions.kind }).from(communitySubmissions).where(eq(communitySubmissions.id, input.submissionId));
    if (!row) throw new CandorError('not_found', 'No such submission');
    if (input.resolvedByVersionId) {
      const [v] = await tx.db.select({ id: documentVersions.id }).from(documentVersions).where(eq(documentVersions.id, input.resolvedByVersionId));
      if (!v) throw new CandorError('invalid_input', 'No such version', [{ field: 'resolvedByVersionId', message: 'choose a version from the list' }]);
    }
    await tx.db
      .update(communitySubmissions)
      .set({
        status: input.status,
        publicTitle: input.publicTitle,
        publicText: input.publicText,
        resolvedByVersionId: input.resolvedByVersionId ?? null,
        triagedBy: memberIdOf(tx),
        triagedAt: tx.now(),
      })
      .where(eq(communitySubmissions.id, row.id));
    await audit(tx, { action: 'community.triage', entity: 'community_submission', entityRef: row.id, details: { status: input.status } });
    await checkPublicText(tx, { kind: 'community_answer', submissionId: row.id }, communityPublicText(input));
  });
}
