// Resolves the session cookie to an actor and builds the request's service context.
import { createMiddleware } from 'hono/factory';
import { resolveSession } from '../../services/auth/sessions';
import type { AppEnv } from '../env';
import { clearCookie, readCookie, SESSION_COOKIE } from './cookies';

export const sessionMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  const deps = c.var.deps;
  const token = readCookie(c, SESSION_COOKIE) ?? null;
  c.set('actor', { kind: 'anonymous' });
  c.set('sessionToken', null);
  if (token) {
    const resolved = await resolveSession(deps.context({ kind: 'anonymous' }), { token });
    if (resolved) {
      c.set('actor', resolved.actor);
      c.set('sessionToken', token);
    } else {
      clearCookie(c, SESSION_COOKIE);
    }
  }
  c.set('ctx', deps.context(c.var.actor));
  await next();
});
