// The note published with a release (e.g. the reason for a correction) is saved on the draft
// and checked as public text; publishing takes only a note that a second member approved.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { publications } from '../../db/schema';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { checkPublicText } from '../public-text';
import { noteInput } from './publish-release';
import { findPublication, lockPublications } from './store';

export const releaseNoteInput = z.object({ publicationId: z.string(), note: noteInput.default('') });
export type ReleaseNoteInput = RawInput<typeof releaseNoteInput>;

export async function setReleaseNote(ctx: ServiceContext, raw: ReleaseNoteInput): Promise<void> {
  authorize(ctx, 'publish:release');
  const { publicationId, note } = parseInput(releaseNoteInput, raw, 'The note');
  await withTransaction(ctx, async (tx) => {
    await lockPublications(tx);
    const row = await findPublication(tx, publicationId);
    if (row.state !== 'draft') throw new CandorError('conflict', 'This release is published; prepare a correction to change it');
    const done = await tx.db
      .update(publications)
      .set({ note: note === '' ? null : note })
      .where(and(eq(publications.id, row.id), eq(publications.state, 'draft')))
      .returning({ id: publications.id });
    if (done.length !== 1) throw new CandorError('conflict', 'This release is published; prepare a correction to change it');
    await audit(tx, { action: 'publication.update', entity: 'publication', entityRef: `${row.kind}:${row.key}:v${row.version}`, details: { note: true } });
    await checkPublicText(tx, { kind: 'publication_note', publicationId: row.id }, note);
  });
}
