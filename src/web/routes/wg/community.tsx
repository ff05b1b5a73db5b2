// The working group's queue of community questions and proposals, and the triage of each one.
import type { Context } from 'hono';
import { getCommunitySubmission, listCommunitySubmissions, triageCommunityItem } from '../../../services/community';
import { listDocumentsForChair } from '../../../services/documents';
import { can } from '../../../domain/permissions';
import type { AppEnv } from '../../env';
import { fieldErrors, formInput, readForm } from '../../forms';
import { redirectWithFlash } from '../../middleware/flash';
import { CommunityQueuePage, TriagePage } from '../../views/community/pages';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';

const triage = { permission: 'triage:community' } as const;

async function one(c: Context<AppEnv>, values: FormValues | null, errors: FieldErrors, status: 200 | 400) {
  const item = await getCommunitySubmission(c.var.ctx, { submissionId: c.req.param('submissionId') ?? '' });
  // Linking a proposal to the version that made the change: the versions of the document it concerns.
  const docs = item.documentId && can(c.var.actor, 'publish:release') ? await listDocumentsForChair(c.var.ctx) : [];
  const versions = docs.find((d) => d.id === item.documentId)?.versions ?? [];
  const current = values ?? { status: item.status === 'new' ? '' : item.status, publicTitle: item.publicTitle ?? '', publicText: item.publicText ?? '', resolvedByVersionId: item.resolvedByVersionId ?? '' };
  return c.html(<TriagePage page={pageContext(c)} item={item} versions={[...versions].reverse()} values={current} errors={errors} />, status);
}

export const communityRoutes = defineRoutes('/wg/community', (r) => {
  r.get('/', triage, async (c) => c.html(<CommunityQueuePage page={pageContext(c)} items={await listCommunitySubmissions(c.var.ctx)} />));
  r.get('/:submissionId', triage, (c) => one(c, null, {}, 200), { okStatus: 404 });
  r.post('/:submissionId', triage, async (c) => {
    const submissionId = c.req.param('submissionId') ?? '';
    const values = await readForm(c);
    try {
      await triageCommunityItem(c.var.ctx, { ...formInput(values), submissionId });
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return one(c, values, errors, 400);
    }
    return redirectWithFlash(c, '/wg/community', 'Decision saved and checked. Its public wording appears once a second member approves it.');
  }, { okStatus: 404 });
});
