// The member's own account: warnings about failed sign-ins, password change, sign out of every
// browser at once.
import type { Context } from 'hono';
import { changePassword } from '../../../services/auth/change-password';
import { dismissSignInAlert } from '../../../services/auth/dismiss-sign-in-alert';
import { getSignInAlert } from '../../../services/auth/get-sign-in-alert';
import { logOutEverywhere } from '../../../services/auth/log-out-everywhere';
import type { AppEnv } from '../../env';
import { fieldErrors, formInput, readForm, str } from '../../forms';
import { clearCookie, SESSION_COOKIE } from '../../middleware/cookies';
import { refreshCsrfToken } from '../../middleware/csrf';
import { redirectWithFlash } from '../../middleware/flash';
import { AccountPage } from '../../views/account';
import { pageContext, type FieldErrors } from '../../views/page';
import { defineRoutes } from '../table';

async function accountPage(c: Context<AppEnv>, status: 200 | 400, errors: FieldErrors = {}) {
  return c.html(<AccountPage page={pageContext(c)} alert={await getSignInAlert(c.var.ctx)} errors={errors} />, status);
}

export const accountRoutes = defineRoutes('/wg/account', (r) => {
  r.get('/', { permission: 'view:workspace' }, (c) => accountPage(c, 200));

  r.post('/sign-in-alert/dismiss', { permission: 'view:workspace' }, async (c) => {
    // The button carries confirm=yes: a bare post dismisses nothing.
    if (str((await readForm(c)).confirm) !== 'yes') return accountPage(c, 400);
    await dismissSignInAlert(c.var.ctx);
    return redirectWithFlash(c, '/wg/account', 'The warning is dismissed; failed sign-ins are counted afresh.', 'info');
  });

  r.post('/password', { permission: 'view:workspace' }, async (c) => {
    const values = await readForm(c);
    try {
      await changePassword(c.var.ctx, formInput(values), { sessionToken: c.var.sessionToken });
    } catch (e) {
      const errors = fieldErrors(e);
      if (errors) return accountPage(c, 400, errors);
      throw e;
    }
    return redirectWithFlash(c, '/wg/account', 'Your password has been changed; your other sessions have ended.');
  });

  r.post('/logout-everywhere', { permission: 'view:workspace' }, async (c) => {
    const n = await logOutEverywhere(c.var.ctx);
    clearCookie(c, SESSION_COOKIE);
    refreshCsrfToken(c, null);
    return redirectWithFlash(c, '/login', `You have been signed out of ${n} session${n === 1 ? '' : 's'}.`, 'info');
  }, { okStatus: 303 });
});
