// Every published version of a half-year's statistics at a stable address:
// /statistics/2025-H1 (the history: what changed and why) and /statistics/2025-H1/v1.
import type { Context } from 'hono';
import { notFound } from '../../../errors';
import { listPublished } from '../../../services/publications/read-publications';
import { logSequenceByRelease, releaseKey } from '../../../services/publications/publication-log';
import type { AppEnv } from '../../env';
import { pageContext } from '../../views/page';
import { PeriodHistoryPage, StatisticsVersionPage, type PublishedVersion } from '../../views/public/statistics-versions';
import { defineRoutes } from '../table';
import { site } from './index';

const open = { public: true } as const;

/** The period's published versions, oldest first; unknown or malformed periods are 404. */
async function versionsOf(c: Context<AppEnv>): Promise<{ period: string; versions: PublishedVersion[] }> {
  const period = (c.req.param('period') ?? '').toUpperCase();
  if (!/^\d{4}-H[12]$/.test(period)) throw notFound();
  const items = await listPublished(c.var.ctx);
  const seqs = await logSequenceByRelease(c.var.ctx);
  const versions = items
    .filter((i) => i.publication.kind === 'stats' && i.publication.key === period)
    .sort((a, b) => a.publication.version - b.publication.version)
    .map((i) => ({ publication: i.publication, publishedIn: i.publishedAt.toISOString().slice(0, 7), logSeq: seqs.get(releaseKey(i.publication)) }));
  if (versions.length === 0) throw notFound();
  return { period, versions };
}

export const statisticsVersionRoutes = defineRoutes('/statistics', (r) => {
  r.get('/:period', open, async (c) => {
    const { period, versions } = await versionsOf(c);
    return c.html(<PeriodHistoryPage page={pageContext(c)} period={period} versions={versions} />);
  }, { publicStatus: 404 });
  r.get('/:period/:version', open, async (c) => {
    const { versions } = await versionsOf(c);
    const m = /^v([1-9]\d*)$/.exec(c.req.param('version') ?? '');
    const version = m ? versions.find((v) => v.publication.version === Number(m[1])) : undefined;
    if (!version) throw notFound();
    return c.html(<StatisticsVersionPage page={pageContext(c)} site={site(c)} version={version} versions={versions.map((v) => v.publication.version)} />);
  }, { publicStatus: 404 });
});
