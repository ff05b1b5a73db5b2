// The member's own account: warnings about failed sign-ins, sign out of every browser at once.
import type { Context } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { dismissSignInAlert } from '../../../services/auth/dismiss-sign-in-alert';
import { getSignInAlert } from '../../../services/auth/get-sign-in-alert';
import { logOutEverywhere } from '../../../services/auth/log-out-everywhere';
import type { AppEnv } from '../../env';
import { readForm, str } from '../../forms';
import { cookieOptions, SESSION_COOKIE } from '../../middleware/cookies';
import { refreshCsrfToken } from '../../middleware/csrf';
import { redirectWithFlash } from '../../middleware/flash';
import { AccountPage } from '../../views/account';
import { pageContext } from '../../views/page';
import { defineRoutes } from '../table';

async function accountPage(c: Context<AppEnv>, status: 200 | 400) {
  return c.html(<AccountPage page={pageContext(c)} alert={await getSignInAlert({ ctx: c.var.ctx })} />, status);
}

export const accountRoutes = defineRoutes('/wg/account', (r) => {
  r.get('/', { permission: 'view:workspace' }, (c) => accountPage(c, 200));

  r.post('/sign-in-alert/dismiss', { permission: 'view:workspace' }, async (c) => {
    // The button carries confirm=yes: a bare post dismisses nothing.
    if (str((await readForm(c)).confirm) !== 'yes') return accountPage(c, 400);
    await dismissSignInAlert({ ctx: c.var.ctx });
    return redirectWithFlash(c, '/wg/account', 'The warning is dismissed; failed sign-ins are counted afresh.', 'info');
  });

  r.post('/logout-everywhere', { permission: 'view:workspace' }, async (c) => {
    const n = await logOutEverywhere({ ctx: c.var.ctx });
    deleteCookie(c, SESSION_COOKIE, cookieOptions());
    refreshCsrfToken(c, null);
    return redirectWithFlash(c, '/login', `You have been signed out of ${n} session${n === 1 ? '' : 's'}.`, 'info');
  }, { okStatus: 303 });
});
