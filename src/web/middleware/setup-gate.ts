// Until first-run setup is done, every page leads to /setup; afterwards /setup does not exist.
// Once done it stays done, so the answer is remembered and costs no query per request.
import { createMiddleware } from 'hono/factory';
import { isSetupComplete, organisationName } from '../../services/setup/get-setup-status';
import type { AppEnv } from '../env';

export function setupGate() {
  let done: { orgName: string | null } | null = null;
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!done) {
      const ctx = c.var.deps.context({ kind: 'anonymous' });
      if (await isSetupComplete(ctx)) done = { orgName: await organisationName(ctx) };
    }
    c.set('orgName', done?.orgName ?? null);
    const path = c.req.path;
    if (!done && path !== '/setup' && !path.startsWith('/static/')) return c.redirect('/setup', 303);
    await next();
  });
}
