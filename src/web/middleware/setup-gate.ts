// While first-run setup is open (no organisation, member or invitation yet), every page leads to
// /setup, which asks for the operator's setup link; afterwards /setup does not exist. Once closed
// it stays closed, so the answer is remembered and costs no query per request. /healthz answers
// throughout: a process manager watches the server before anyone has set it up.
import { createMiddleware } from 'hono/factory';
import { isSetupOpen, organisationName } from '../../services/setup/get-setup-status';
import type { AppEnv } from '../env';

export function setupGate() {
  let done: { orgName: string | null } | null = null;
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.path === '/healthz') return next(); // answers even when the database does not
    if (!done) {
      const ctx = c.var.deps.context({ kind: 'anonymous' });
      if (!(await isSetupOpen(ctx))) done = { orgName: await organisationName(ctx) };
    }
    c.set('orgName', done?.orgName ?? null);
    const path = c.req.path;
    if (!done && path !== '/setup' && !path.startsWith('/setup/') && !path.startsWith('/static/')) return c.redirect('/setup', 303);
    await next();
  });
}
