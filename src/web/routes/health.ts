// GET /healthz for a process manager: 200 when every check passes, 503 otherwise, with a JSON
// body that names each check and says ok or failing (src/services/health). Open before setup too.
import { checkHealth } from '../../services/health/check-health';
import { defineRoutes } from './table';

export const healthRoutes = defineRoutes('/healthz', (r) => {
  r.get('/', { public: true }, async (c) => {
    const deps = c.var.deps;
    const health = await checkHealth(deps.context({ kind: 'system', label: 'healthz' }), {}, (check, e) =>
      deps.logger?.warn({ reqId: c.var.requestId, check, err: e instanceof Error ? e : undefined }, 'health check failing'),
    );
    return c.json(health, health.status === 'ok' ? 200 : 503);
  });
});
