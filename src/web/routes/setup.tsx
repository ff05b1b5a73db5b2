// First-run setup: only while the register has no organisation, member or invitation (the setup
// gate sends everyone here), and only with the operator's setup link.
import { completeSetup } from '../../services/setup/complete-setup';
import { isSetupOpen } from '../../services/setup/get-setup-status';
import { isSetupToken } from '../../services/setup/setup-token';
import { newTotpSecret, totpUri } from '../../services/auth/totp';
import { notFound } from '../../errors';
import { fieldErrors, formInput, readForm, str } from '../forms';
import { redirectWithFlash } from '../middleware/flash';
import { qrSvg } from '../qr';
import { SetupLinkNeededPage, SetupPage } from '../views/enrolment';
import { pageContext, type FieldErrors, type FormValues } from '../views/page';
import { defineRoutes } from './table';
import type { Context } from 'hono';
import type { AppEnv } from '../env';

async function render(c: Context<AppEnv>, token: string, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const secret = str(values.totpSecret) || newTotpSecret();
  const account = str(values.email) || 'chair';
  const totp = { secret, qrSvg: await qrSvg(totpUri('Candor', account, secret)) };
  return c.html(<SetupPage page={pageContext(c)} token={token} totp={totp} values={{ ...values, totpSecret: secret }} errors={errors} />, status);
}

/** Setup closed: not found. Open without the right token: 403 and where to find the link. */
async function refusal(c: Context<AppEnv>, token: string | null): Promise<Response | null> {
  if (!(await isSetupOpen(c.var.ctx))) throw notFound();
  if (token !== null && isSetupToken(c.var.deps.keys, token)) return null;
  return c.html(<SetupLinkNeededPage page={pageContext(c)} wrongLink={token !== null} />, 403);
}

export const setupRoutes = defineRoutes('/setup', (r) => {
  r.get('/', { public: true }, async (c) => (await refusal(c, null))!, { publicStatus: 404 });

  r.get('/:token', { public: true }, async (c) => {
    const token = c.req.param('token') ?? '';
    return (await refusal(c, token)) ?? render(c, token, {}, {}, 200);
  }, { publicStatus: 404 });

  r.post('/:token', { public: true }, async (c) => {
    const token = c.req.param('token') ?? '';
    const refused = await refusal(c, token);
    if (refused) return refused;
    const values = await readForm(c);
    try {
      await completeSetup(c.var.ctx, formInput(values));
    } catch (e) {
      const errors = fieldErrors(e);
      if (errors) return render(c, token, values, errors, 400);
      throw e;
    }
    return redirectWithFlash(c, '/login', 'Your organisation is set up. Sign in with your email, password and a code from your authenticator app.');
  }, { publicStatus: 404 });
});
