// Signing in and out, enrolling from an invitation link, and a new password from a reset link.
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { isCandorError } from '../../errors';
import { logIn, LOGIN_FAILED } from '../../services/auth/log-in';
import { logOut } from '../../services/auth/log-out';
import { getPasswordReset, resetPassword } from '../../services/auth/reset-password';
import { LoginThrottle } from '../../services/auth/throttle';
import { newTotpSecret, totpUri } from '../../services/auth/totp';
import { enrolMember } from '../../services/members/enrol-member';
import { getInvite, type InviteView } from '../../services/members/get-invite';
import { MEMBER_ROLE_LABELS } from '../../domain/access';
import type { AppEnv } from '../env';
import { fieldErrors, formInput, readForm, str } from '../forms';
import { clearCookie, SESSION_COOKIE, writeCookie } from '../middleware/cookies';
import { refreshCsrfToken } from '../middleware/csrf';
import { redirectWithFlash } from '../middleware/flash';
import { qrSvg } from '../qr';
import { signInAlertText } from '../views/account';
import { EnrolPage, LoginPage, ResetPasswordPage } from '../views/enrolment';
import { pageContext, type FieldErrors, type FormValues } from '../views/page';
import { defineRoutes } from './table';

/** Only local paths are followed after sign-in, never another site. */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?!\/)[A-Za-z0-9/_\-.?=&%]*$/.test(next) && !next.startsWith('/login') ? next : '/wg';
}

function clientOf(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not behind @hono/node-server (tests call app.request directly)
  }
}

const fallbackThrottle = new WeakMap<object, LoginThrottle>();
function throttleOf(c: Context<AppEnv>): LoginThrottle {
  const deps = c.var.deps;
  if (deps.throttle) return deps.throttle;
  let t = fallbackThrottle.get(deps);
  if (!t) fallbackThrottle.set(deps, (t = new LoginThrottle()));
  return t;
}

async function renderEnrol(c: Context<AppEnv>, token: string, invite: InviteView, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const secret = str(values.totpSecret) || newTotpSecret();
  const totp = { secret, qrSvg: await qrSvg(totpUri(c.var.orgName ?? 'Candor', invite.email, secret)) };
  const invitee = { displayName: invite.displayName, email: invite.email, roleLabel: MEMBER_ROLE_LABELS[invite.role] };
  return c.html(<EnrolPage page={pageContext(c)} token={token} invitee={invitee} totp={totp} values={{ ...values, totpSecret: secret }} errors={errors} />, status);
}

export const authRoutes = defineRoutes('/', (r) => {
  r.get('/login', { public: true }, (c) => c.html(<LoginPage page={pageContext(c)} values={{}} errors={{}} next={c.req.query('next')} />));

  r.post('/login', { public: true }, async (c) => {
    const values = await readForm(c);
    const next = c.req.query('next');
    try {
      const { session, signInAlert } = await logIn(c.var.ctx, formInput(values), { throttle: throttleOf(c), client: clientOf(c) });
      writeCookie(c, SESSION_COOKIE, session.token, { expires: session.expiresAt });
      if (signInAlert) return redirectWithFlash(c, '/wg/account', signInAlertText(signInAlert), 'info');
      return c.redirect(safeNext(next), 303);
    } catch (e) {
      const errors = fieldErrors(e) ?? (isCandorError(e) && e.code === 'unauthenticated' ? { form: LOGIN_FAILED } : null);
      if (!errors) throw e;
      const status = 'form' in errors ? 401 : 400;
      return c.html(<LoginPage page={pageContext(c)} values={{ email: values.email }} errors={errors} next={next} />, status);
    }
  });

  r.post('/logout', { public: true }, async (c) => {
    const token = c.var.sessionToken;
    if (c.var.actor.kind === 'member' && token) await logOut(c.var.ctx, { token });
    clearCookie(c, SESSION_COOKIE);
    refreshCsrfToken(c, null);
    return redirectWithFlash(c, '/login', 'You have signed out.', 'info');
  }, { publicStatus: 303 });

  r.get('/enrol/:token', { public: true }, async (c) => {
    const token = c.req.param('token') ?? '';
    const invite = await getInvite(c.var.ctx, { token });
    return renderEnrol(c, token, invite, {}, {}, 200);
  });

  r.post('/enrol/:token', { public: true }, async (c) => {
    const token = c.req.param('token') ?? '';
    const invite = await getInvite(c.var.ctx, { token });
    const values = await readForm(c);
    try {
      await enrolMember(c.var.ctx, formInput({ ...values, token }));
    } catch (e) {
      const errors = fieldErrors(e);
      if (errors) return renderEnrol(c, token, invite, values, errors, 400);
      throw e;
    }
    return redirectWithFlash(c, '/login', 'Your account is ready. Sign in with your email, password and a code from your authenticator app.');
  }, { publicStatus: 400 });

  // A chair-issued password-reset link (members page). The matrix world's :token is an invitation,
  // not a reset link, so both answer "not found" there.
  r.get('/reset/:token', { public: true }, async (c) => {
    const token = c.req.param('token') ?? '';
    const { displayName } = await getPasswordReset(c.var.ctx, { token });
    return c.html(<ResetPasswordPage page={pageContext(c)} token={token} displayName={displayName} values={{}} errors={{}} />);
  }, { publicStatus: 404 });

  r.post('/reset/:token', { public: true }, async (c) => {
    const token = c.req.param('token') ?? '';
    const { displayName } = await getPasswordReset(c.var.ctx, { token });
    const values = await readForm(c);
    try {
      await resetPassword(c.var.ctx, formInput({ ...values, token }));
    } catch (e) {
      const errors = fieldErrors(e);
      if (errors) return c.html(<ResetPasswordPage page={pageContext(c)} token={token} displayName={displayName} values={{}} errors={errors} />, 400);
      throw e;
    }
    return redirectWithFlash(c, '/login', 'Your new password is set. Sign in with it and a code from your authenticator app.');
  }, { publicStatus: 404 });
});
