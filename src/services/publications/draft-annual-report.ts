// Prepares the annual transparency report of an ended year as a draft: generated tables and
// sections, protected together with every published release (its own H1 and H2 included), and
// the chair's authored sections kept from the draft or the previous version.
import { z } from 'zod';
import { isPeriodOver, localDate } from '../../domain/periods';
import { invalidInput } from '../../errors';
import { buildAnnualRelease, keepChannelTableOnlyIfLinked, mayWithholdAnnualTable, withheldNote } from '../../reports/annual/build-annual';
import { membershipPrefill, proceduresPrefill, responseTimeFacts, reviewFacts, trendFromPublished } from '../../reports/annual/sections';
import { AUTHORED_SECTIONS, publicView, type AnnualContent, type AuthoredSection } from '../../reports/model';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { loadDocumentVersions, loadMembershipYear, loadRegisterSnapshot } from './load-register';
import { prepareDraft, type DraftResult } from './prepare-draft';
import { checkPublicText, publicationTexts } from '../public-text';
import { findPublication, loadPublished, lockPublications } from './store';

export const yearInput = z.coerce.number({ message: 'must be a year' }).int('must be a year').min(2000, 'must be a year after 2000').max(2100, 'must be a year before 2100');

const annualDraftInput = z.object({ year: yearInput });
export type AnnualDraftInput = RawInput<typeof annualDraftInput>;

/** How many earlier years the trend covers (the issue asks for three to five). */
export const TREND_YEARS = 5;

export async function draftAnnualReport(ctx: ServiceContext, raw: AnnualDraftInput): Promise<DraftResult> {
  authorize(ctx, 'publish:release');
  const { year } = parseInput(annualDraftInput, raw, 'The year');
  if (!isPeriodOver({ kind: 'year', year }, localDate(ctx.now(), ctx.config.organisation.timeZone))) {
    throw invalidInput(`${year} has not ended yet`, [{ field: 'year', message: 'the annual report is prepared after the year ends' }]);
  }
  return withTransaction(ctx, async (tx) => {
    await lockPublications(tx);
    const snapshot = await loadRegisterSnapshot(tx);
    const stats = (await loadPublished(tx, 'stats')).map(publicView);
    const facts = [...responseTimeFacts(snapshot, year, tx.config.disclosure.k), ...reviewFacts(year)];
    const trend = trendFromPublished(stats, year - TREND_YEARS, year);
    const prefill: Record<AuthoredSection, string> = {
      trends: '',
      lessons: '',
      improvements: '',
      membership: membershipPrefill(year, await loadMembershipYear(tx, year)),
      procedures: proceduresPrefill(year, await loadDocumentVersions(tx)),
    };
    let notes: string[] = [];
    const generated = (c: Pick<AnnualContent, 'facts' | 'trend'>) => JSON.stringify([c.facts, c.trend]);
    const result = await prepareDraft(tx, {
      kind: 'annual',
      key: String(year),
      candidate: (version, publishedTruths) => {
        const built = buildAnnualRelease({ snapshot, year, version, disclosure: tx.config.disclosure, publishedTruths });
        notes = built.notes;
        return built;
      },
      mayWithhold: mayWithholdAnnualTable,
      stale: (draft) => draft.content.schema === 'candor.annual/1' && generated(draft.content) !== generated({ facts, trend }),
      content: ({ candidate, protection, corrections, draft, previous, withheld }): AnnualContent => {
        const linked = keepChannelTableOnlyIfLinked(candidate.release);
        const kept = [draft, previous].map((r) => (r?.content.schema === 'candor.annual/1' ? r.content.authored : undefined)).find((a) => a !== undefined);
        return {
          schema: 'candor.annual/1',
          year,
          release: linked.release,
          truth: candidate.truth,
          protection,
          corrections,
          notes: [
            ...notes,
            ...withheld.map((w) => withheldNote(w.title)),
            ...(linked.dropped ? ['Reports by how they reached us are not published this year: hiding figures to protect small counts also hid the total that links that table to the others.'] : []),
          ],
          facts,
          trend,
          authored: kept ?? prefill,
        };
      },
    });
    // The pre-filled and kept sections are public text too: check them as the draft stores them.
    if (result.status !== 'up_to_date') {
      const row = await findPublication(tx, result.id);
      for (const t of publicationTexts(row)) await checkPublicText(tx, t.subject, t.text);
    }
    return result;
  });
}

export const authoredInput = z.object(
  Object.fromEntries(AUTHORED_SECTIONS.map((s) => [s, z.string().max(20_000, 'must be at most 20,000 characters').default('')])) as Record<
    AuthoredSection,
    z.ZodDefault<z.ZodString>
  >,
);
