// The public site's pages. Nothing here needs a login, and nothing here comes from a case:
// only published releases (through publicView) and the organisation's configuration.
import type { Child } from 'hono/jsx';
import { LADDER } from '../../../domain/outcomes';
import type { PublicPublication } from '../../../reports/model';
import type { PublicDocument } from '../../../services/documents';
import type { Config } from '../../../config/schema';
import { AnnualReportView, Definitions, SmallCountRules, StatisticsHistoryView } from '../../../reports/render/html';
import { Layout } from '../layout';
import { LogEntryLink } from './log-entry-link';
import type { PageContext } from '../page';

export interface SiteInfo {
  readonly organisation: string;
  readonly workingGroup: string;
  readonly contactEmail: string;
  readonly k: number;
  readonly disclosure: Config['disclosure'];
}

function PublicNav(props: { path: string }) {
  const items = [
    { href: '/', label: 'About' },
    { href: '/statistics', label: 'Statistics' },
    { href: '/reports', label: 'Transparency reports' },
    { href: '/documentation', label: 'Documentation' },
    { href: '/community', label: 'Questions and proposals' },
  ];
  return (
    <nav aria-label="Public site" class="public-nav">
      <ul class="nav-inline">
        {items.map((i) => (
          <li>
            <a href={i.href} aria-current={props.path === i.href ? 'page' : undefined}>
              {i.label}
            </a>
          </li>
        ))}
        <li>
          <a href="/feed.atom">News feed (Atom)</a>
        </li>
      </ul>
    </nav>
  );
}

export function PublicPage(props: { page: PageContext; title: string; children?: Child }) {
  return (
    <Layout page={props.page} title={props.title}>
      <PublicNav path={props.page.path} />
      {props.children}
    </Layout>
  );
}

export function HomePage(props: {
  page: PageContext;
  site: SiteInfo;
  latestStats: PublicPublication | undefined;
  reports: readonly PublicPublication[];
  documents: readonly PublicDocument[];
}) {
  const { site } = props;
  return (
    <PublicPage page={props.page} title="About">
      <h1>{site.workingGroup}</h1>
      <p class="lede">
        We look after the code of conduct of {site.organisation}: we receive reports of conduct that breaks it, look into them with care
        for everyone involved, decide what happens, and tell the community how the code is enforced without identifying anyone.
      </p>
      <h2>How to report</h2>
      <p>
        <a href="/report">Report a concern with our form</a> — no account needed, and you can stay anonymous. You get a receipt code to
        follow your report and talk with us <a href="/portal">on the report portal</a>. Or write to <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>. You can report something that happened to you or
        something you saw. Tell us what happened, where, and who was involved, as far as you know it. We confirm that we received your
        report within a day, and we keep your identity to the members handling it.
      </p>
      <p>If someone is in danger right now, contact local emergency services first.</p>
      <h2>How we work</h2>
      <p>
        Every report is recorded under a random code name instead of names. We check whether the code of conduct covers it, weigh its
        impact and the risk to people, and decide together; members with a conflict of interest step aside. Actions follow a ladder,
        and steps may be skipped when the harm calls for it:
      </p>
      <ol>
        {LADDER.map((l) => (
          <li>
            <strong>{l.label}.</strong> {l.description}
          </li>
        ))}
      </ol>
      <p>
        Anyone directly involved can ask the board to reconsider a decision. We never comment in public on a particular report or on
        reports still being handled.
      </p>
      <h2>Statistics</h2>
      <p>
        Every six months we publish how many reports we received and what came of them.{' '}
        {props.latestStats ? (
          <>
            The latest figures are for <a href="/statistics">{props.latestStats.key}</a>.
          </>
        ) : (
          <>No figures have been published yet; they will appear on the <a href="/statistics">statistics page</a>.</>
        )}
      </p>
      <h2>Transparency reports</h2>
      {props.reports.length === 0 ? (
        <p>
          Once a year we publish a report on what we saw and learned. None has been published yet; they will be listed on the{' '}
          <a href="/reports">reports page</a>.
        </p>
      ) : (
        <ul>
          {props.reports.map((r) => (
            <li>
              <a href={`/reports/${r.key}`}>{r.title}</a>
            </li>
          ))}
        </ul>
      )}
      <h2>Our documentation</h2>
      {props.documents.length === 0 ? (
        <p>The documents we work by will be listed here once we publish them.</p>
      ) : (
        <>
          <ul>
            {props.documents.map((d) => (
              <li>
                <a href={`/documentation/${d.slug}`}>{d.title}</a>
              </li>
            ))}
          </ul>
          <p>
            What changed in each version, and why: <a href="/documentation">the documentation changelog</a>.
          </p>
        </>
      )}
      <h2>Questions and feedback</h2>
      <p>
        We welcome questions about how we work and ideas to make it better, including about what we publish.{' '}
        <a href="/community">Ask a question or propose a change</a> (no account needed, and we do not record who you are), or write to{' '}
        <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>.
      </p>
    </PublicPage>
  );
}

export function StatisticsPage(props: { page: PageContext; site: SiteInfo; stats: readonly PublicPublication[]; chart: boolean }) {
  return (
    <PublicPage page={props.page} title="Statistics">
      <h1>Statistics</h1>
      <p class="lede">
        Every six months we publish how many reports we received and what came of them, counted by the date each report reached us.
      </p>
      {props.stats.length === 0 ? (
        <p>No statistics have been published yet.</p>
      ) : (
        <>
          <StatisticsHistoryView stats={props.stats} periodLinks />
          <p>
            Follow a period to see every version we published of it and, for a corrected period, what changed and why. Every release
            is signed in our <a href="/publications">publication log</a>.
          </p>
          <p>
            Download: <a href="/statistics.csv">CSV (spreadsheet)</a> · <a href="/statistics.json">JSON</a> ·{' '}
            <a href="/statistics.md">Markdown</a>
          </p>
          {props.chart ? (
            <>
              <h2>Trend</h2>
              <img src="/statistics/trend.svg" alt="Line chart of reports received and their outcomes by half-year, as in the table above" width="600" />
            </>
          ) : null}
        </>
      )}
      <h2>What each column counts</h2>
      <Definitions k={props.site.k} />
      <SmallCountRules disclosure={props.site.disclosure} />
    </PublicPage>
  );
}

export function ReportsPage(props: { page: PageContext; reports: readonly PublicPublication[] }) {
  return (
    <PublicPage page={props.page} title="Transparency reports">
      <h1>Transparency reports</h1>
      <p class="lede">Once a year we report on the reports we received, what we did, and what we learned.</p>
      {props.reports.length === 0 ? (
        <p>No transparency report has been published yet.</p>
      ) : (
        <ul>
          {props.reports.map((r) => (
            <li>
              <a href={`/reports/${r.key}`}>{r.title}</a>
              {r.version > 1 ? ` (corrected, version ${r.version})` : ''}
            </li>
          ))}
        </ul>
      )}
    </PublicPage>
  );
}

export function AnnualReportPage(props: { page: PageContext; site: SiteInfo; report: PublicPublication; versions: readonly number[]; chart: boolean; logSeq?: number | undefined }) {
  const r = props.report;
  const base = `/reports/${r.key}`;
  const suffix = props.versions.length > 1 && r.version !== Math.max(...props.versions) ? `?version=${r.version}` : '';
  return (
    <PublicPage page={props.page} title={r.title}>
      <h1>{r.title}</h1>
      <p>
        Download: <a href={`${base}/report.md${suffix}`}>Markdown</a> · <a href={`${base}/report.json${suffix}`}>JSON</a>
      </p>
      <AnnualReportView report={r} k={props.site.k} base={base} query={suffix} chart={props.chart} />
      {props.versions.length > 1 ? (
        <p>
          Other versions:{' '}
          {props.versions
            .filter((v) => v !== r.version)
            .map((v) => (
              <>
                <a href={`${base}?version=${v}`}>version {v}</a>{' '}
              </>
            ))}
        </p>
      ) : null}
      <LogEntryLink seq={props.logSeq} kind="annual" pubKey={r.key} version={r.version} />
      <SmallCountRules disclosure={props.site.disclosure} />
    </PublicPage>
  );
}

