// The public view of the releases is kept per database handle until something new is published.
// A register emptied and published again (a test's reset, a restore) may publish as many releases
// at the same instant as before; the public site must still show the new ones.
import { describe, expect, it } from 'vitest';
import { draftStatisticsRelease } from '../../../src/services/publications/draft-statistics-release';
import { listPublished } from '../../../src/services/publications/read-publications';
import { setReleaseNote } from '../../../src/services/publications/set-release-note';
import { publishApproved } from '../../helpers/public-text';
import { freshContext } from '../../helpers/db';
import { completeSetupDirectly } from '../../helpers/members';
import { buildCase } from './factory';

const NOW = () => new Date('2026-03-01T12:00:00Z');

async function publishHalfYear(note: string, cases: number) {
  const ctx = await freshContext({ now: NOW });
  await completeSetupDirectly(ctx);
  for (let i = 0; i < cases; i++) await buildCase(ctx, { receivedOn: `2025-02-0${i + 1}` });
  const draft = await draftStatisticsRelease(ctx, { period: '2025-H1' });
  await setReleaseNote(ctx, { publicationId: draft.id, note });
  await publishApproved(ctx, draft.id);
  return ctx;
}

describe('the public view of releases', () => {
  it('shows what the register holds now, not what an emptied register published at the same instant', async () => {
    const first = await publishHalfYear('The first register.', 2);
    expect((await listPublished(first)).map((p) => p.publication.note)).toEqual(['The first register.']);

    const second = await publishHalfYear('The second register.', 3);
    expect(second.db).toBe(first.db); // the same handle, so the same cache entry
    expect((await listPublished(second)).map((p) => p.publication.note)).toEqual(['The second register.']);
  });
});
