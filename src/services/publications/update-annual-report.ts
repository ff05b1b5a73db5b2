// The chair edits the authored sections of an annual report draft (published versions never change).
// Each saved section is checked as public text (src/services/public-text).
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { publications } from '../../db/schema';
import { CandorError } from '../../errors';
import { AUTHORED_SECTIONS, type AnnualContent } from '../../reports/model';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { checkPublicText } from '../public-text';
import { authoredInput } from './draft-annual-report';
import { findPublication, lockPublications } from './store';

/** The report's authored sections, and the draft they belong to (by id: an unknown id is "not found"). */
const updateAnnualInput = authoredInput.extend({ id: z.string() });

export async function updateAnnualReport(ctx: ServiceContext, raw: RawInput<typeof updateAnnualInput>): Promise<void> {
  authorize(ctx, 'publish:release');
  const { id, ...authored } = parseInput(updateAnnualInput, raw, 'The report');
  await withTransaction(ctx, async (tx) => {
    await lockPublications(tx);
    const row = await findPublication(tx, id);
    if (row.kind !== 'annual' || row.content.schema !== 'candor.annual/1') throw new CandorError('not_found', 'No such annual report');
    if (row.state !== 'draft') throw new CandorError('conflict', 'This report is published; prepare a correction to change it');
    const content: AnnualContent = { ...row.content, authored };
    const done = await tx.db
      .update(publications)
      .set({ content: content as unknown as Record<string, unknown> })
      .where(and(eq(publications.id, id), eq(publications.state, 'draft')))
      .returning({ id: publications.id });
    if (done.length !== 1) throw new CandorError('conflict', 'This report is published; prepare a correction to change it');
    await audit(tx, { action: 'publication.update', entity: 'publication', entityRef: `annual:${row.key}:v${row.version}` });
    // Public text: each section is checked now and must be approved before the report is published.
    for (const section of AUTHORED_SECTIONS) await checkPublicText(tx, { kind: 'annual_section', publicationId: id, section }, authored[section]);
  });
}
