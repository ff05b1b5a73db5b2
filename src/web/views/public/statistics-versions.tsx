// Every published version of a half-year's statistics: the period's history (what changed in
// each correction and why) and each version's figures at a stable address.
import type { Correction, PublicPublication } from '../../../reports/model';
import { Definitions, SmallCountRules, TableView } from '../../../reports/render/html';
import type { PageContext } from '../page';
import { LogEntryLink } from './log-entry-link';
import { PublicPage, type SiteInfo } from './pages';

export interface PublishedVersion {
  readonly publication: PublicPublication;
  /** The month it was published, YYYY-MM. */
  readonly publishedIn: string;
  /** Its entry in the publication log, when it has one. */
  readonly logSeq: number | undefined;
}

const versionPath = (p: PublicPublication) => `/statistics/${p.key}/v${p.version}`;

function CorrectionList(props: { corrections: readonly Correction[] }) {
  if (props.corrections.length === 0) return <p>No published figure changed.</p>;
  return (
    <ul>
      {props.corrections.map((c) => (
        <li>
          {c.label}: {c.before} → {c.after}
          {c.reason ? ` (${c.reason})` : ''}
        </li>
      ))}
    </ul>
  );
}

function Reason(props: { p: PublicPublication }) {
  const { p } = props;
  if (p.version === 1) return p.note ? <p>{p.note}</p> : null;
  return (
    <p>
      <strong>Why it was corrected:</strong> {p.note ?? 'no reason was given when this correction was published.'}
    </p>
  );
}

export function PeriodHistoryPage(props: { page: PageContext; period: string; versions: readonly PublishedVersion[] }) {
  const newestFirst = [...props.versions].sort((a, b) => b.publication.version - a.publication.version);
  return (
    <PublicPage page={props.page} title={`Statistics for ${props.period}: every version`}>
      <h1>Statistics for {props.period}: every version</h1>
      <p class="lede">
        Published figures never change. When we correct them, the correction is published as a new version, and every earlier version
        stays here as it was published.
      </p>
      {newestFirst.map((v) => (
        <section aria-labelledby={`v${v.publication.version}`}>
          <h2 id={`v${v.publication.version}`}>
            <a href={versionPath(v.publication)}>Version {v.publication.version}</a>
            {v.publication.version === newestFirst[0]!.publication.version ? ' (current)' : ''}, published {v.publishedIn}
          </h2>
          <Reason p={v.publication} />
          {v.publication.version > 1 ? (
            <>
              <h3>What changed from version {v.publication.version - 1}</h3>
              <CorrectionList corrections={v.publication.corrections} />
            </>
          ) : null}
          <LogEntryLink seq={v.logSeq} kind="stats" pubKey={v.publication.key} version={v.publication.version} />
        </section>
      ))}
      <p>
        <a href="/statistics">All statistics</a>
      </p>
    </PublicPage>
  );
}

export function StatisticsVersionPage(props: { page: PageContext; site: SiteInfo; version: PublishedVersion; versions: readonly number[] }) {
  const p = props.version.publication;
  const latest = Math.max(...props.versions);
  return (
    <PublicPage page={props.page} title={`${p.title}, version ${p.version}`}>
      <h1>
        {p.title}, version {p.version}
      </h1>
      <p class={p.version === latest ? undefined : 'panel'}>
        {p.version === latest ? 'This is the current version' : `This version was replaced by a correction; the current version is ${latest}`}, published{' '}
        {props.version.publishedIn}. <a href={`/statistics/${p.key}`}>Every version of {p.key}, with what changed and why</a>.
      </p>
      <Reason p={p} />
      {p.tables.map((t) => (
        <TableView table={t} />
      ))}
      {p.version > 1 ? (
        <>
          <h2>What changed from version {p.version - 1}</h2>
          <CorrectionList corrections={p.corrections} />
        </>
      ) : null}
      <LogEntryLink seq={props.version.logSeq} kind="stats" pubKey={p.key} version={p.version} />
      <h2>What each figure counts</h2>
      <Definitions k={props.site.k} />
      <SmallCountRules disclosure={props.site.disclosure} />
    </PublicPage>
  );
}
