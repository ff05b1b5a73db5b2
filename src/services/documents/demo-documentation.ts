// The demo organisation's documentation (the starter set comes with setup): a second version of
// the enforcement ladder that follows an accepted community proposal, a code of conduct with a
// board-approved first version and a change waiting for the board, and an answered question.
// Every public text is approved by the vice-chair, as a second member would.
import { eq, isNull } from 'drizzle-orm';
import { members, publicTextReviews } from '../../db/schema';
import { CandorError, isCandorError } from '../../errors';
import { loadMemberActor } from '../auth/load-actor';
import { listCommunitySubmissions, submitCommunityItem, triageCommunityItem } from '../community';
import { withActor, type ServiceContext } from '../context';
import { approvePublicText } from '../public-text';
import { approveDocumentChange } from './approve-document-change';
import { createDocument } from './create-document';
import { loadDocuments } from './store';
import { saveDocumentVersion } from './save-document-version';
import { authorize } from '../authorize';

async function as(ctx: ServiceContext, role: 'chair' | 'vice_chair' | 'board'): Promise<ServiceContext> {
  const [m] = await ctx.db.select({ id: members.id }).from(members).where(eq(members.role, role));
  const actor = m ? await loadMemberActor(ctx.db, m.id) : null;
  if (!actor) throw new CandorError('internal', `the demo has no ${role}`);
  return withActor(ctx, actor);
}

const COC_V1 = `# Code of conduct

We want our community to be a place where everyone can take part without harassment or fear.

## What we expect

- Be kind and patient with one another.
- Disagree about ideas, never attack people.
- Respect people's boundaries, names and pronouns.

## What is not acceptable

Harassment, threats, discriminatory jokes or language, unwanted sexual attention, and publishing someone's private information.

## Reporting

Tell the working group through the report form or by email; see the [reporting guide](/documentation/reporting-guide).
`;

export async function addDemoDocumentation(ctx: ServiceContext): Promise<void> {
  authorize(ctx, 'run:system');
  const chair = await as(ctx, 'chair');
  const vice = await as(ctx, 'vice_chair');
  const board = await as(ctx, 'board');

  const [ladder] = await loadDocuments(ctx, { slug: 'enforcement-ladder' });
  if (!ladder) throw new CandorError('internal', 'the starter set is missing');
  const proposal = { kind: 'proposal' as const, documentId: ladder.id, body: 'Could the ladder say how long a suspension usually lasts? People were unsure.' };
  await submitCommunityItem(withActor(ctx, { kind: 'anonymous' }), proposal);
  await submitCommunityItem(withActor(ctx, { kind: 'anonymous' }), { kind: 'question', body: 'Does the person I report learn that it was me?' });

  const v2 = await saveDocumentVersion(chair, {
    documentId: ladder.id,
    body: `${ladder.versions.at(-1)!.body!.trimEnd()}\n\n## How long suspensions last\n\nA first suspension usually lasts between one and three months, a second one between six and twelve. The working group sets the exact length in each decision and says when it ends.\n`,
    summary: 'Added how long suspensions usually last.',
    rationale: 'People asked what a suspension means in practice; stating the usual range makes decisions more predictable and easier to accept.',
  });

  const coc = await createDocument(chair, {
    title: 'Code of conduct',
    slug: 'code-of-conduct',
    codeOfConduct: true,
    body: COC_V1,
    summary: 'First version hosted on this site.',
    rationale: 'Publishing the code of conduct next to the procedures that enforce it, with its history.',
  });
  await approveDocumentChange(board, { versionId: coc.versionId, note: 'Board meeting of the demo organisation, item 3' });
  await saveDocumentVersion(chair, {
    documentId: coc.id,
    body: COC_V1.replace('- Respect people\'s boundaries, names and pronouns.', "- Respect people's boundaries, names and pronouns.\n- Look out for one another, and speak up when something is wrong."),
    summary: 'Added a line about looking out for one another.',
    rationale: 'Bystanders who speak up prevent harm; the code should ask for it explicitly.',
  });

  for (const s of await listCommunitySubmissions(chair)) {
    if (s.kind === 'proposal') {
      await triageCommunityItem(chair, {
        submissionId: s.id,
        status: 'accepted',
        publicTitle: 'Say how long suspensions usually last',
        publicText: 'Accepted: the enforcement ladder now gives the usual length of first and second suspensions.',
        resolvedByVersionId: v2.id,
      });
    } else {
      await triageCommunityItem(chair, {
        submissionId: s.id,
        status: 'answered',
        publicTitle: 'Will the person I report know that I reported them?',
        publicText: 'Not from us unless you agree. We may need to describe what happened so they can answer, and we discuss with you beforehand how to do that without identifying you.',
      });
    }
  }

  for (const r of await ctx.db.select({ id: publicTextReviews.id, textHash: publicTextReviews.textHash }).from(publicTextReviews).where(isNull(publicTextReviews.approvedBy))) {
    try {
      await approvePublicText(vice, { reviewId: r.id, textHash: r.textHash });
    } catch (e) {
      // A text with findings stays for a person to review, as it would in real use.
      if (!isCandorError(e)) throw e;
    }
  }
}
