// Records-access requests: board members ask, the chair grants for a few days or refuses.
import type { Context } from 'hono';
import { can } from '../../../domain/permissions';
import { decideAccessRequest } from '../../../services/access-requests/decide-access-request';
import { listAccessRequests } from '../../../services/access-requests/list-access-requests';
import { requestCaseAccess } from '../../../services/access-requests/request-case-access';
import type { AppEnv } from '../../env';
import { fieldErrors, readForm, str } from '../../forms';
import { redirectWithFlash } from '../../middleware/flash';
import { AccessRequestsPage } from '../../views/cases/access-requests';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';

async function render(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const requests = await listAccessRequests(c.var.ctx);
  const actor = c.var.actor;
  return c.html(
    <AccessRequestsPage
      page={pageContext(c)}
      requests={requests}
      canRequest={can(actor, 'create:access_request')}
      canDecide={can(actor, 'decide:access_request')}
      values={values}
      errors={errors}
    />,
    status,
  );
}

export const accessRequestRoutes = defineRoutes('/wg/access-requests', (r) => {
  // Two pages over one view, so each guard names the exact permission: the board's own requests,
  // and the chair's queue of requests to decide.
  r.get('/', { permission: 'create:access_request' }, (c) => render(c, {}, {}, 200));
  r.get('/review', { permission: 'decide:access_request' }, (c) => render(c, {}, {}, 200));

  r.post('/', { permission: 'create:access_request' }, async (c) => {
    const values = await readForm(c);
    try {
      await requestCaseAccess(c.var.ctx, { caseCodeName: str(values.caseCodeName), reason: str(values.reason) });
      return redirectWithFlash(c, '/wg/access-requests', 'Request sent to the chair.');
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return render(c, values, errors, 400);
    }
  });

  r.post('/:requestId/decide', { permission: 'decide:access_request' }, async (c) => {
    const values = await readForm(c);
    const decision = str(values.decision);
    try {
      await decideAccessRequest(c.var.ctx, { requestId: c.req.param('requestId') ?? '', decision, days: str(values.days) });
      return redirectWithFlash(c, '/wg/access-requests/review', decision === 'grant' ? 'Access granted.' : 'Request refused.');
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return render(c, {}, errors, 400);
    }
  });
});
