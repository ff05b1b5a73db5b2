// The web app: middleware in a fixed order, then every route module from the route table.
//   secure headers → deps → request log → static → setup gate → session → CSRF checks that need no body → body size
//   limit → CSRF → input check → flash → routes;
//   errors mapped once.
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { sourceFile } from '../source-file';
import type { AppDeps, AppEnv } from './env';
import { onError, onNotFound } from './errors';
import { requestSizeLimit } from './middleware/body-limit';
import { requestLog } from './middleware/request-log';
import { csrfBeforeBody, csrfMiddleware } from './middleware/csrf';
import { streamedUploads } from './middleware/multipart';
import { flashMiddleware } from './middleware/flash';
import { inputCheck } from './middleware/input-check';
import { securityHeaders } from './middleware/security';
import { sessionMiddleware } from './middleware/session';
import { setupGate } from './middleware/setup-gate';
import { ROUTE_MODULES } from './routes/index';
import type { RouteModule } from './routes/table';

const STYLESHEET = readFileSync(sourceFile('web/static/candor.css'), 'utf8');

export interface CreateAppOptions {
  /** Route modules to mount; defaults to every module in routes/index.ts. */
  modules?: RouteModule[];
}

export function createApp(deps: AppDeps, opts: CreateAppOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders());
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    // Pages may hold confidential data: never store them in shared or browser caches.
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  app.use('*', requestLog);
  app.get('/static/candor.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.use('*', setupGate());
  app.use('*', sessionMiddleware);
  app.use('*', csrfBeforeBody); // an upload from elsewhere or without its token is never received
  app.use('*', requestSizeLimit()); // before anything reads a body
  app.use('*', streamedUploads()); // an upload is read once, its files cut at the attachment limit
  app.use('*', csrfMiddleware);
  app.use('*', inputCheck); // control characters in any field or parameter: 400 naming it
  app.use('*', flashMiddleware);
  for (const m of opts.modules ?? ROUTE_MODULES) app.route(m.prefix, m.app);
  app.onError(onError);
  app.notFound(onNotFound);
  return app;
}
