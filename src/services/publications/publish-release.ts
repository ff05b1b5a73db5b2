// Publishes a draft after auditing it again against every release published so far (another
// release may have been published since the draft was prepared). Refused unless the audit
// passes and the draft still describes the register. Published rows are never changed again.
// Its free text (the note saved on the draft, an annual report's sections) must be approved
// public text (src/services/public-text): publishing never takes new words.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Config } from '../../config/schema';
import { publications } from '../../db/schema';
import { parsePeriod } from '../../domain/periods';
import { CandorError } from '../../errors';
import { auditRelease, type AuditReport } from '../../privacy/disclosure';
import { baseOf, halfAtoms } from '../../reports/atoms';
import { annualBaseTruth } from '../../reports/annual/build-annual';
import type { RegisterSnapshot } from '../../reports/register';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { assertPublicTextsApproved, publicationTexts } from '../public-text';
import { loadRegisterSnapshot } from './load-register';
import { appendPublishedToLog } from './publication-log';
import { findPublication, historyOf, loadPublished, lockPublications, type PublicationRow } from './store';

export const noteInput = z.string().trim().max(2_000, 'must be at most 2,000 characters');

export const publishInput = z.object({
  /** The draft, by id: an unknown id is "not found". */
  id: z.string(),
  /** When given, must be the note saved on the draft and approved (the CLI's --note names it). */
  note: noteInput.optional(),
});

function currentBaseTruth(snapshot: RegisterSnapshot, row: PublicationRow, disclosure: Config['disclosure']): Record<string, number> {
  if (row.kind === 'stats') return { ...halfAtoms(snapshot, parsePeriod(row.key)!).truth };
  return annualBaseTruth(snapshot, Number(row.key), disclosure);
}

/** True when the register still holds exactly the counts the draft was built from. */
export function stillDescribesRegister(snapshot: RegisterSnapshot, row: PublicationRow, disclosure: Config['disclosure']): boolean {
  const now = currentBaseTruth(snapshot, row, disclosure);
  const stored = new Map(Object.entries(row.content.truth).map(([id, v]) => [baseOf(id), v]));
  for (const [base, v] of Object.entries(now)) {
    if ((stored.get(base) ?? 0) !== v) return false;
  }
  return [...stored.keys()].every((base) => base in now);
}

export async function publishRelease(ctx: ServiceContext, raw: RawInput<typeof publishInput>): Promise<{ id: string; audit: AuditReport }> {
  authorize(ctx, 'publish:release');
  const input = parseInput(publishInput, raw, 'The publication');
  return withTransaction(ctx, async (tx) => {
    await lockPublications(tx);
    const row = await findPublication(tx, input.id);
    if (row.state !== 'draft') throw new CandorError('conflict', 'This release is already published; prepare a correction instead');
    if (!stillDescribesRegister(await loadRegisterSnapshot(tx), row, tx.config.disclosure)) {
      throw new CandorError('conflict', 'The register changed since this draft was prepared; prepare the draft again and review it');
    }
    if (input.note !== undefined && input.note !== (row.note ?? '')) {
      throw new CandorError(
        'public_text_unapproved',
        `Publishing refused: the note given is not the note saved on the draft. Save the note on the review page (/wg/publications/${row.id}), have a second member approve it, then publish`,
        [{ field: 'note', message: 'not the approved note of this draft' }],
      );
    }
    await assertPublicTextsApproved(tx, publicationTexts(row));
    const history = historyOf(await loadPublished(tx));
    const report = await auditRelease({ history: history.releases, candidate: row.content.release, truth: row.content.truth });
    if (!report.passes) {
      throw new CandorError('disclosure_refused', `Publishing refused by the disclosure audit: ${report.problems[0] ?? 'a masked figure can be recovered'}`);
    }
    const publishedBy = tx.actor.kind === 'member' ? memberIdOf(tx) : null;
    const updated = await tx.db
      .update(publications)
      .set({ state: 'published', publishedBy, publishedAt: tx.now() })
      .where(and(eq(publications.id, row.id), eq(publications.state, 'draft')))
      .returning({ id: publications.id });
    if (updated.length !== 1) throw new CandorError('conflict', 'This release is already published');
    await appendPublishedToLog(tx);
    await audit(tx, {
      action: 'publication.publish',
      entity: 'publication',
      entityRef: `${row.kind}:${row.key}:v${row.version}`,
      details: { maskedCells: report.cells.length },
    });
    return { id: row.id, audit: report };
  });
}
