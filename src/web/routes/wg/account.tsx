// The member's own account: sign out of every browser at once.
import { logOutEverywhere } from '../../../services/auth/log-out-everywhere';
import { clearCookie, SESSION_COOKIE } from '../../middleware/cookies';
import { refreshCsrfToken } from '../../middleware/csrf';
import { redirectWithFlash } from '../../middleware/flash';
import { PostForm } from '../../views/forms';
import { Layout } from '../../views/layout';
import { pageContext } from '../../views/page';
import { defineRoutes } from '../table';

export const accountRoutes = defineRoutes('/wg/account', (r) => {
  r.get('/', { permission: 'view:workspace' }, (c) =>
    c.html(
      <Layout page={pageContext(c)} title="Your account">
        <h1>Your account</h1>
        <h2>Sign out everywhere</h2>
        <p>If you lost a device or signed in on a shared computer, end every session of your account, including this one.</p>
        <PostForm action="/wg/account/logout-everywhere" csrf={c.var.csrfToken} label="Sign out everywhere">
          <button type="submit" class="danger">
            Sign out everywhere
          </button>
        </PostForm>
      </Layout>,
    ),
  );

  r.post('/logout-everywhere', { permission: 'view:workspace' }, async (c) => {
    const n = await logOutEverywhere({ ctx: c.var.ctx });
    clearCookie(c, SESSION_COOKIE);
    refreshCsrfToken(c, null);
    return redirectWithFlash(c, '/login', `You have been signed out of ${n} session${n === 1 ? '' : 's'}.`, 'info');
  }, { okStatus: 303 });
});
