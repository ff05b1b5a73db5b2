// The chair's publication pages: prepare drafts, review them beside the history, write the
// annual report's sections, publish. Every verb checks 'publish:release' again.
import type { Context } from 'hono';
import { draftAnnualReport } from '../../../services/publications/draft-annual-report';
import { draftStatisticsRelease } from '../../../services/publications/draft-statistics-release';
import { publishRelease } from '../../../services/publications/publish-release';
import { getPublicationForChair, listPublicationsForChair, listPublished } from '../../../services/publications/read-publications';
import { setReleaseNote } from '../../../services/publications/set-release-note';
import { updateAnnualReport } from '../../../services/publications/update-annual-report';
import { publicationTexts, publicTextStatuses } from '../../../services/public-text';
import type { AppEnv } from '../../env';
import { fieldErrors, formInput, readForm, str } from '../../forms';
import { redirectWithFlash } from '../../middleware/flash';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { PublicationsPage, ReviewPage } from '../../views/publications/pages';
import { defineRoutes } from '../table';

const chair = { permission: 'publish:release' } as const;

async function list(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  return c.html(<PublicationsPage page={pageContext(c)} rows={await listPublicationsForChair(c.var.ctx)} values={values} errors={errors} />, status);
}

async function review(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const row = await getPublicationForChair(c.var.ctx, { publicationId: c.req.param('publicationId') ?? '' });
  const history = (await listPublished(c.var.ctx)).map((i) => i.publication).filter((p) => p.kind === 'stats' && !(p.key === row.key && p.version === row.version));
  const texts = row.state === 'draft' ? await publicTextStatuses(c.var.ctx, publicationTexts(row)) : [];
  return c.html(<ReviewPage page={pageContext(c)} row={row} history={history} texts={texts} k={c.var.deps.config.disclosure.k} values={values} errors={errors} />, status);
}

const draftMessage = (status: string) =>
  status === 'up_to_date' ? 'Already published, and the register has not changed since.' : status === 'unchanged' ? 'The draft is up to date.' : 'The draft is ready for review.';

export const publicationRoutes = defineRoutes('/wg/publications', (r) => {
  r.get('/', chair, (c) => list(c, {}, {}, 200));

  for (const kind of ['stats', 'annual'] as const) {
    r.post(`/${kind}`, chair, async (c) => {
      const values = await readForm(c);
      try {
        const d = kind === 'stats' ? await draftStatisticsRelease(c.var.ctx, { period: str(values.period) }) : await draftAnnualReport(c.var.ctx, { year: str(values.year) });
        return redirectWithFlash(c, `/wg/publications/${d.id}`, draftMessage(d.status));
      } catch (e) {
        const errors = fieldErrors(e);
        if (errors) return list(c, values, errors, 400);
        throw e;
      }
    });
  }

  r.get('/:publicationId', chair, (c) => review(c, {}, {}, 200), { okStatus: 404 });

  r.post('/:publicationId/sections', chair, async (c) => {
    const values = await readForm(c);
    const id = c.req.param('publicationId') ?? '';
    try {
      await updateAnnualReport(c.var.ctx, { ...formInput(values), id });
    } catch (e) {
      const errors = fieldErrors(e);
      if (errors) return review(c, values, errors, 400);
      throw e;
    }
    return redirectWithFlash(c, `/wg/publications/${id}`, 'Sections saved and checked. The preview shows them as they will be published; a second member approves each before publication.');
  }, { okStatus: 404 });

  r.post('/:publicationId/note', chair, async (c) => {
    const values = await readForm(c);
    const id = c.req.param('publicationId') ?? '';
    try {
      await setReleaseNote(c.var.ctx, { publicationId: id, note: str(values.note) });
    } catch (e) {
      const errors = fieldErrors(e);
      if (errors) return review(c, values, errors, 400);
      throw e;
    }
    return redirectWithFlash(c, `/wg/publications/${id}`, 'Note saved and checked. A second member approves it before it is published.');
  }, { okStatus: 404 });

  r.post('/:publicationId/publish', chair, async (c) => {
    const values = await readForm(c);
    const id = c.req.param('publicationId') ?? '';
    try {
      await publishRelease(c.var.ctx, { id });
    } catch (e) {
      const errors = fieldErrors(e);
      if (errors) return review(c, values, errors, 400);
      throw e;
    }
    return redirectWithFlash(c, `/wg/publications/${id}`, 'Published. It is now on the public site and in the feed.');
  }, { okStatus: 404 });
});

