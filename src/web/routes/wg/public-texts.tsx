// Public text review: the texts waiting for a decision, one text with its findings, keeping a
// finding with a reason, and a second member's approval. Every verb checks 'review:public_text'.
import type { Context } from 'hono';
import { approvePublicText, getPublicTextReview, listPublicTextReviews, overridePublicTextFinding } from '../../../services/public-text';
import type { AppEnv } from '../../env';
import { fieldErrors, readForm, str } from '../../forms';
import { redirectWithFlash } from '../../middleware/flash';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { PublicTextListPage, PublicTextReviewPage } from '../../views/public-text';
import { defineRoutes } from '../table';

const reviewer = { permission: 'review:public_text' } as const;

async function reviewPage(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const review = await getPublicTextReview(c.var.ctx, { reviewId: c.req.param('reviewId') ?? '' });
  return c.html(<PublicTextReviewPage page={pageContext(c)} review={review} values={values} errors={errors} />, status);
}

export const publicTextRoutes = defineRoutes('/wg/public-texts', (r) => {
  r.get('/', reviewer, async (c) => c.html(<PublicTextListPage page={pageContext(c)} items={await listPublicTextReviews(c.var.ctx)} />));

  r.get('/:reviewId', reviewer, (c) => reviewPage(c, {}, {}, 200), { okStatus: 404 });

  r.post('/:reviewId/override', reviewer, async (c) => {
    const values = await readForm(c);
    const reviewId = c.req.param('reviewId') ?? '';
    const finding = str(values.finding);
    try {
      await overridePublicTextFinding(c.var.ctx, { reviewId, textHash: str(values.textHash), finding, reason: str(values.reason) });
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      // One form per finding: its reason field is named after the finding on the page.
      const { reason, ...rest } = errors;
      return reviewPage(c, { [`reason-${finding}`]: values.reason }, reason === undefined ? rest : { ...rest, [`reason-${finding}`]: reason }, 400);
    }
    return redirectWithFlash(c, `/wg/public-texts/${reviewId}`, 'Finding kept, with your reason.');
  }, { okStatus: 404 });

  r.post('/:reviewId/approve', reviewer, async (c) => {
    const values = await readForm(c);
    const reviewId = c.req.param('reviewId') ?? '';
    try {
      await approvePublicText(c.var.ctx, { reviewId, textHash: str(values.textHash) });
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return reviewPage(c, values, errors, 400);
    }
    return redirectWithFlash(c, `/wg/public-texts/${reviewId}`, 'Approved. The text may now be published as it is.');
  }, { okStatus: 404 });
});
