// The demo organisation shows the documentation at once: the starter set, a document with two
// versions whose second follows an accepted community proposal, an answered question, and a code
// of conduct change waiting for the board.
import { describe, expect, it } from 'vitest';
import { listPublicCommunityItems } from '../../../src/services/community';
import { createDemoOrganisation } from '../../../src/services/demo/create-demo-organisation';
import { getPublicDocument, listPublicDocuments } from '../../../src/services/documents';
import { loadDocuments } from '../../../src/services/documents/store';
import { freshContext } from '../../helpers/db';

describe('demo documentation', { timeout: 600_000 }, () => {
  it('has documents with history, an answered question, an accepted proposal and a change awaiting the board', async () => {
    const ctx = await freshContext({ now: () => new Date('2026-03-01T12:00:00Z') });
    await createDemoOrganisation(ctx, { cases: 3, publishStatistics: false });
    expect((await listPublicDocuments(ctx)).map((d) => d.slug).sort()).toEqual(['code-of-conduct', 'enforcement-ladder', 'reporting-guide', 'transparency']);
    const ladder = await getPublicDocument(ctx, { slug: 'enforcement-ladder' });
    expect(ladder.versions.map((v) => v.version)).toEqual(['1', '2']);
    const items = await listPublicCommunityItems(ctx);
    expect(items.map((i) => i.status).sort()).toEqual(['accepted', 'answered']);
    expect(ladder.versions[1]!.proposals.map((p) => p.title)).toEqual([items.find((i) => i.status === 'accepted')!.title]);
    const [coc] = await loadDocuments(ctx, { slug: 'code-of-conduct' });
    expect(coc!.versions.map((v) => [v.isPublic, v.awaitingBoard])).toEqual([
      [true, false],
      [false, true],
    ]);
  });
});
