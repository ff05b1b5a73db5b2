// One log line per request, with a random request id (also sent back as X-Request-Id, so a
// visitor reporting a problem can quote it). The line names the route's pattern, never the path
// (paths carry one-time tokens), the query, the client's address or its user agent: reporters
// must not be identifiable from the server's log.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';

export const requestLog: MiddlewareHandler<AppEnv> = async (c, next) => {
  const requestId = randomUUID();
  c.set('requestId', requestId);
  const started = performance.now();
  try {
    await next();
  } finally {
    c.header('X-Request-Id', requestId);
    c.var.deps.logger?.info(
      { reqId: requestId, method: c.req.method, route: c.req.routePath, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  }
};
