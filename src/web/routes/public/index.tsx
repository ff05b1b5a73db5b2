// The public site: home, statistics, transparency reports, their downloads and the Atom feed
// (the documentation is in ./documents, community questions in ./community).
// Only published releases are read, through the public view; no route takes a case or a date.
import type { Context } from 'hono';
import { notFound } from '../../../errors';
import type { PublicPublication } from '../../../reports/model';
import { TREND_FIGURES, trendFromPublished } from '../../../reports/annual/sections';
import { atomFeed } from '../../../reports/render/atom';
import { trendChartSvg } from '../../../reports/render/chart';
import { statisticsCsv, tableCsv } from '../../../reports/render/csv';
import { annualJson, statisticsJson, tableJson } from '../../../reports/render/json';
import { annualMarkdown, statisticsMarkdown } from '../../../reports/render/markdown';
import { latestVersions } from '../../../reports/render/statistics-table';
import { listPublicDocuments } from '../../../services/documents';
import { listPublished, type PublishedItem } from '../../../services/publications/read-publications';
import { logSequenceByRelease, releaseKey } from '../../../services/publications/publication-log';
import type { AppEnv } from '../../env';
import { pageContext } from '../../views/page';
import { AnnualReportPage, HomePage, ReportsPage, StatisticsPage, type SiteInfo } from '../../views/public/pages';
import { defineRoutes } from '../table';

const open = { public: true } as const;

export function site(c: Context<AppEnv>): SiteInfo {
  const { organisation, disclosure } = c.var.deps.config;
  return { organisation: c.var.orgName ?? organisation.name, workingGroup: organisation.workingGroupName, contactEmail: organisation.contactEmail, k: disclosure.k, disclosure };
}

async function published(c: Context<AppEnv>): Promise<{ stats: PublicPublication[]; annual: PublicPublication[]; items: PublishedItem[] }> {
  const items = await listPublished(c.var.ctx);
  const all = items.map((i) => i.publication);
  return { stats: all.filter((p) => p.kind === 'stats'), annual: all.filter((p) => p.kind === 'annual'), items };
}

function file(c: Context<AppEnv>, body: string, type: string, name?: string): Response {
  const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'public, max-age=300', 'X-Content-Type-Options': 'nosniff' };
  if (name) headers['Content-Disposition'] = `attachment; filename="${name}"`;
  return c.body(body, 200, headers);
}

const SVG = 'image/svg+xml; charset=utf-8';

/** The report of a year: the version asked for, or the latest. Unknown years and versions are 404. */
async function reportOf(c: Context<AppEnv>): Promise<{ report: PublicPublication; versions: number[] }> {
  const year = c.req.param('year') ?? '';
  if (!/^\d{4}$/.test(year)) throw notFound();
  const versions = (await published(c)).annual.filter((p) => p.key === year);
  if (versions.length === 0) throw notFound();
  const wanted = c.req.query('version');
  const report = wanted === undefined ? versions.reduce((a, b) => (b.version > a.version ? b : a)) : versions.find((v) => String(v.version) === wanted);
  if (!report) throw notFound();
  return { report, versions: versions.map((v) => v.version).sort((a, b) => a - b) };
}

function statsTrend(stats: readonly PublicPublication[]) {
  const years = stats.map((s) => Number(s.key.slice(0, 4)));
  return trendFromPublished(stats, Math.min(...years), Math.max(...years), TREND_FIGURES);
}

export const publicRoutes = defineRoutes('/', (r) => {
  r.get('/', open, async (c) => {
    const [{ stats, annual }, documents] = await Promise.all([published(c), listPublicDocuments(c.var.ctx)]);
    return c.html(
      <HomePage page={pageContext(c)} site={site(c)} latestStats={latestVersions(stats)[0]} reports={latestVersions(annual)} documents={documents} />,
    );
  });

  r.get('/statistics', open, async (c) => {
    const { stats } = await published(c);
    return c.html(<StatisticsPage page={pageContext(c)} site={site(c)} stats={stats} chart={stats.length > 0} />);
  });
  r.get('/statistics.csv', open, async (c) => file(c, statisticsCsv((await published(c)).stats), 'text/csv; charset=utf-8', 'statistics.csv'));
  r.get('/statistics.json', open, async (c) => {
    const s = site(c);
    return file(c, `${JSON.stringify(statisticsJson({ organisation: s.organisation, stats: (await published(c)).stats, k: s.k }), null, 2)}\n`, 'application/json; charset=utf-8');
  });
  r.get('/statistics.md', open, async (c) => {
    const s = site(c);
    return file(c, statisticsMarkdown({ organisation: s.organisation, stats: (await published(c)).stats, k: s.k }), 'text/markdown; charset=utf-8', 'statistics.md');
  });
  r.get('/statistics/trend.svg', open, async (c) => {
    const { stats } = await published(c);
    if (stats.length === 0) throw notFound();
    return file(c, await trendChartSvg(statsTrend(stats), 'Reports and outcomes by half-year'), SVG);
  }, { publicStatus: 404 });

  r.get('/reports', open, async (c) => c.html(<ReportsPage page={pageContext(c)} reports={latestVersions((await published(c)).annual)} />));
  r.get('/reports/:year', open, async (c) => {
    const { report, versions } = await reportOf(c);
    const logSeq = (await logSequenceByRelease(c.var.ctx)).get(releaseKey(report));
    return c.html(<AnnualReportPage page={pageContext(c)} site={site(c)} report={report} versions={versions} chart={report.trend.some((p) => p.value !== null)} logSeq={logSeq} />);
  }, { publicStatus: 404 });
  r.get('/reports/:year/report.md', open, async (c) => {
    const { report } = await reportOf(c);
    const s = site(c);
    return file(c, annualMarkdown({ organisation: s.organisation, report, k: s.k }), 'text/markdown; charset=utf-8', `transparency-report-${report.key}.md`);
  }, { publicStatus: 404 });
  r.get('/reports/:year/report.json', open, async (c) => {
    const { report } = await reportOf(c);
    const s = site(c);
    return file(c, `${JSON.stringify(annualJson({ organisation: s.organisation, report, k: s.k }), null, 2)}\n`, 'application/json; charset=utf-8');
  }, { publicStatus: 404 });
  r.get('/reports/:year/trend.svg', open, async (c) => {
    const { report } = await reportOf(c);
    if (!report.trend.some((p) => p.value !== null)) throw notFound();
    return file(c, await trendChartSvg(report.trend, `Reports and outcomes, ${report.key} and earlier years`), SVG);
  }, { publicStatus: 404 });
  // `?version=N` serves that version's tables (the report page links them so); without it, the latest.
  r.get('/reports/:year/tables/:file', open, async (c) => {
    const { report, versions } = await reportOf(c);
    const m = /^([a-z0-9-]+)\.(csv|json)$/.exec(c.req.param('file') ?? '');
    const table = m ? report.tables.find((t) => t.id === m[1]) : undefined;
    if (!m || !table) throw notFound();
    return m[2] === 'csv'
      ? file(c, tableCsv(table), 'text/csv; charset=utf-8', `${report.key}${versions.length > 1 ? `-v${report.version}` : ''}-${table.id}.csv`)
      : file(c, `${JSON.stringify(tableJson(table), null, 2)}\n`, 'application/json; charset=utf-8');
  }, { publicStatus: 404 });

  r.get('/feed.atom', open, async (c) => {
    const { items } = await published(c);
    const s = site(c);
    const entries = items.map((i) => ({
      publication: i.publication,
      publishedAt: i.publishedAt,
      path: i.publication.kind === 'stats' ? `/statistics/${i.publication.key}/v${i.publication.version}` : `/reports/${i.publication.key}?version=${i.publication.version}`,
    }));
    return file(c, atomFeed({ organisation: s.organisation, baseUrl: c.var.deps.config.organisation.publicUrl, entries }), 'application/atom+xml; charset=utf-8');
  });
});
