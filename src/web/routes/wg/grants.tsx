// Approvals: a second chair, vice-chair or board member approves or declines grants of power.
import { decideGrantRequest } from '../../../services/members/decide-grant-request';
import { listGrantRequests } from '../../../services/members/list-grant-requests';
import type { Context } from 'hono';
import type { AppEnv } from '../../env';
import { readForm, str } from '../../forms';
import { redirectWithFlash } from '../../middleware/flash';
import { GrantsPage } from '../../views/grants';
import { pageContext } from '../../views/page';
import { defineRoutes } from '../table';

const approve = { permission: 'approve:grant' } as const;

async function render(c: Context<AppEnv>, status: 200 | 400 = 200) {
  return c.html(<GrantsPage page={pageContext(c)} grants={await listGrantRequests(c.var.ctx)} />, status);
}

export const grantRoutes = defineRoutes('/wg/grants', (r) => {
  r.get('/', approve, (c) => render(c));

  for (const decision of ['approve', 'decline'] as const) {
    r.post(`/:grantId/${decision}`, approve, async (c) => {
      // The buttons carry confirm=yes: a bare post (a stray link, the matrix test) decides nothing.
      if (str((await readForm(c)).confirm) !== 'yes') return render(c, 400);
      await decideGrantRequest(c.var.ctx, { grantId: c.req.param('grantId'), approve: decision === 'approve' });
      return redirectWithFlash(c, '/wg/grants', decision === 'approve' ? 'Approved.' : 'Declined.');
    });
  }
});
