// First-run setup: only while the register is empty (the setup gate sends everyone here).
import { completeSetup } from '../../services/setup/complete-setup';
import { isSetupComplete } from '../../services/setup/get-setup-status';
import { newTotpSecret, totpUri } from '../../services/auth/totp';
import { notFound } from '../../errors';
import { fieldErrors, formInput, readForm, str } from '../forms';
import { redirectWithFlash } from '../middleware/flash';
import { qrSvg } from '../qr';
import { SetupPage } from '../views/enrolment';
import { pageContext, type FieldErrors, type FormValues } from '../views/page';
import { defineRoutes } from './table';
import type { Context } from 'hono';
import type { AppEnv } from '../env';

async function render(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const secret = str(values.totpSecret) || newTotpSecret();
  const account = str(values.email) || 'chair';
  const totp = { secret, qrSvg: await qrSvg(totpUri('Candor', account, secret)) };
  return c.html(<SetupPage page={pageContext(c)} totp={totp} values={{ ...values, totpSecret: secret }} errors={errors} />, status);
}

export const setupRoutes = defineRoutes('/setup', (r) => {
  r.get('/', { public: true }, async (c) => {
    if (await isSetupComplete(c.var.ctx)) throw notFound();
    return render(c, {}, {}, 200);
  }, { publicStatus: 404 });

  r.post('/', { public: true }, async (c) => {
    if (await isSetupComplete(c.var.ctx)) throw notFound();
    const values = await readForm(c);
    try {
      await completeSetup({ ctx: c.var.ctx, input: formInput(values) });
    } catch (e) {
      const errors = fieldErrors(e);
      if (errors) return render(c, values, errors, 400);
      throw e;
    }
    return redirectWithFlash(c, '/login', 'Your organisation is set up. Sign in with your email, password and a code from your authenticator app.');
  }, { publicStatus: 404 });
});
