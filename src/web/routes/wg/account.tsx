// The member's own account: warnings about failed sign-ins, sign out of every browser at once.
import { deleteCookie } from 'hono/cookie';
import { dismissSignInAlert } from '../../../services/auth/dismiss-sign-in-alert';
import { getSignInAlert } from '../../../services/auth/get-sign-in-alert';
import { logOutEverywhere } from '../../../services/auth/log-out-everywhere';
import { cookieOptions, SESSION_COOKIE } from '../../middleware/cookies';
import { refreshCsrfToken } from '../../middleware/csrf';
import { redirectWithFlash } from '../../middleware/flash';
import { AccountPage } from '../../views/account';
import { pageContext } from '../../views/page';
import { defineRoutes } from '../table';

export const accountRoutes = defineRoutes('/wg/account', (r) => {
  r.get('/', { permission: 'view:workspace' }, async (c) => c.html(<AccountPage page={pageContext(c)} alert={await getSignInAlert({ ctx: c.var.ctx })} />));

  r.post('/sign-in-alert/dismiss', { permission: 'view:workspace' }, async (c) => {
    await dismissSignInAlert({ ctx: c.var.ctx });
    return redirectWithFlash(c, '/wg/account', 'The warning is dismissed; failed sign-ins are counted afresh.', 'info');
  }, { okStatus: 303 });

  r.post('/logout-everywhere', { permission: 'view:workspace' }, async (c) => {
    const n = await logOutEverywhere({ ctx: c.var.ctx });
    deleteCookie(c, SESSION_COOKIE, cookieOptions());
    refreshCsrfToken(c, null);
    return redirectWithFlash(c, '/login', `You have been signed out of ${n} session${n === 1 ? '' : 's'}.`, 'info');
  }, { okStatus: 303 });
});
