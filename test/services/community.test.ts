// Community involvement: anyone sends a question or proposal (sealed, nothing about the sender
// kept); the working group answers in its own words, which the public sees only once approved;
// an accepted proposal is linked from the changelog entry of the version that resolved it.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog, communitySubmissions } from '../../src/db/schema';
import { withActor, type ServiceContext } from '../../src/services/context';
import { getCommunitySubmission, listCommunitySubmissions, listPublicCommunityItems, submitCommunityItem, triageCommunityItem } from '../../src/services/community';
import { createDocument, listDocumentVersions, saveDocumentVersion } from '../../src/services/documents';
import { createPerson } from '../../src/services/people/create-person';
import { getPublicTextReview, listPublicTextReviews } from '../../src/services/public-text';
import { freshContext } from '../helpers/db';
import { codeOf } from '../helpers/errors';
import { buildMember } from '../helpers/members';
import { approveAllPublicTexts } from '../helpers/public-text';

const SECRET_WORDS = 'CANARYcommunity7 asks whether suspensions are fair';

describe('community submissions', () => {
  let ctx: ServiceContext;
  let anonymous: ServiceContext;
  let chair: ServiceContext;
  let member: ServiceContext;
  let board: ServiceContext;
  beforeEach(async () => {
    ctx = await freshContext({ now: () => new Date('2026-03-01T12:00:00Z') });
    anonymous = withActor(ctx, { kind: 'anonymous' });
    chair = withActor(ctx, (await buildMember(ctx, { role: 'chair' })).actor);
    member = withActor(ctx, (await buildMember(ctx, { role: 'member' })).actor);
    board = withActor(ctx, (await buildMember(ctx, { role: 'board' })).actor);
  });

  it('seals what was sent, publishes only the approved wording, and links the accepted proposal from the changelog', async () => {
    const doc = await createDocument(chair, { title: 'Enforcement ladder', codeOfConduct: false, body: '# Ladder\n\nSteps.\n', summary: 'First.', rationale: 'Why.' });
    await submitCommunityItem(anonymous, { kind: 'proposal', documentId: doc.id, body: SECRET_WORDS });
    const [raw] = await ctx.db.select().from(communitySubmissions);
    expect(JSON.stringify(raw)).not.toContain('CANARYcommunity7');
    expect(JSON.stringify(await ctx.db.select().from(auditLog))).not.toContain('CANARYcommunity7');

    const [queued] = await listCommunitySubmissions(member);
    expect(queued).toMatchObject({ kind: 'proposal', status: 'new', body: SECRET_WORDS, documentTitle: 'Enforcement ladder' });
    expect(await listPublicCommunityItems(ctx)).toEqual([]);

    const v2 = await saveDocumentVersion(chair, { documentId: doc.id, body: '# Ladder\n\nSteps, with usual lengths.\n', summary: 'Usual lengths.', rationale: 'Asked by the community.' });
    await triageCommunityItem(member, { submissionId: queued!.id, status: 'accepted', publicTitle: 'Give usual suspension lengths', publicText: 'Accepted and done.', resolvedByVersionId: v2.id });
    expect(await listPublicCommunityItems(ctx)).toEqual([]); // not before a second member approves
    await approveAllPublicTexts(ctx);

    const items = await listPublicCommunityItems(ctx);
    expect(items).toEqual([{ id: queued!.id, kind: 'proposal', status: 'accepted', title: 'Give usual suspension lengths', text: 'Accepted and done.', document: { slug: 'enforcement-ladder', title: 'Enforcement ladder' } }]);
    expect(JSON.stringify(items)).not.toContain('CANARYcommunity7');
    const entry = (await listDocumentVersions(ctx)).find((v) => v.id === v2.id);
    expect(entry?.proposals).toEqual([{ id: queued!.id, title: 'Give usual suspension lengths' }]);
    expect(await listPublicCommunityItems(ctx, 'suspension')).toHaveLength(1);
    expect(await listPublicCommunityItems(ctx, 'quorum')).toHaveLength(0);
  });

  it('checks the public wording against the register: a party’s name blocks it until reviewed', async () => {
    await createPerson(ctx, { identity: { realNames: ['Tamsin Quarrell'] } });
    await submitCommunityItem(anonymous, { kind: 'question', body: 'How long do you keep records?' });
    const [s] = await listCommunitySubmissions(member);
    await triageCommunityItem(chair, { submissionId: s!.id, status: 'answered', publicTitle: 'How long we keep records', publicText: 'As Tamsin Quarrell was told, five years.' });
    const item = (await listPublicTextReviews(member)).find((i) => /^Community question/.test(i.title));
    const review = await getPublicTextReview(ctx, { reviewId: item!.id });
    expect(review.findings.some((f) => f.label === 'PERSON' && f.known)).toBe(true);
    expect(await listPublicCommunityItems(ctx)).toEqual([]);
  });

  it('refuses bad input and keeps the queue to the working group', async () => {
    expect(await codeOf(submitCommunityItem(anonymous, { kind: 'question', body: '   ' }))).toBe('invalid_input');
    expect(await codeOf(submitCommunityItem(anonymous, { kind: 'gossip' as 'question', body: 'x' }))).toBe('invalid_input');
    expect(await codeOf(submitCommunityItem(anonymous, { kind: 'proposal', documentId: '00000000-0000-4000-8000-000000000009', body: 'x' }))).toBe('invalid_input');
    await submitCommunityItem(anonymous, { kind: 'suggestion', body: 'More office hours.' });
    const [s] = await listCommunitySubmissions(member);
    expect(await codeOf(listCommunitySubmissions(board))).toBe('forbidden');
    expect(await codeOf(getCommunitySubmission(anonymous, { submissionId: s!.id }))).toBe('forbidden');
    expect(await codeOf(triageCommunityItem(board, { submissionId: s!.id, status: 'answered', publicTitle: 't', publicText: 'x' }))).toBe('forbidden');
    expect(await codeOf(triageCommunityItem(member, { submissionId: s!.id, status: 'declined', publicTitle: 't', publicText: 'x', resolvedByVersionId: '00000000-0000-4000-8000-000000000009' }))).toBe('invalid_input');
    const reads = (await ctx.db.select().from(auditLog)).filter((e) => e.action === 'community.read');
    expect(reads.length).toBeGreaterThan(0);
  });
});
