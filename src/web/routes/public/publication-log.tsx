// The publication log and what a reader needs to verify it: the log (JSON), the public key, and
// the canonical record of each release version whose SHA-256 the log holds.
import type { Context } from 'hono';
import { readPublicationLog, readPublicKey, readReleaseRecord } from '../../../services/publications/publication-log';
import type { AppEnv } from '../../env';
import { pageContext } from '../../views/page';
import { PublicationLogPage } from '../../views/public/publication-log';
import { defineRoutes } from '../table';

const open = { public: true } as const;

const organisationOf = (c: Context<AppEnv>) => c.var.orgName ?? c.var.deps.config.organisation.name;

function file(c: Context<AppEnv>, body: string, type: string): Response {
  // Short cache: a reader checking the log should see a new entry within a minute.
  return c.body(body, 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=60', 'X-Content-Type-Options': 'nosniff' });
}

export const publicationLogRoutes = defineRoutes('/publications', (r) => {
  r.get('/', open, async (c) => c.html(<PublicationLogPage page={pageContext(c)} log={await readPublicationLog(c.var.ctx, organisationOf(c))} siteUrl={c.var.deps.config.organisation.publicUrl} />));
  r.get('/log', open, async (c) => file(c, `${JSON.stringify(await readPublicationLog(c.var.ctx, organisationOf(c)), null, 2)}\n`, 'application/json; charset=utf-8'));
  r.get('/public-key', open, async (c) => file(c, await readPublicKey(c.var.ctx), 'application/x-pem-file; charset=utf-8'), { publicStatus: 404 });
  // The exact bytes whose SHA-256 the log holds: no trailing newline, no pretty-printing.
  r.get('/releases/:release', open, async (c) => file(c, await readReleaseRecord(c.var.ctx, c.req.param('release') ?? ''), 'application/json; charset=utf-8'), {
    publicStatus: 404,
  });
});
