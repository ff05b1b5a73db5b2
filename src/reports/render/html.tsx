// HTML renderings of publications (hono/jsx), shared by the public pages and the chair's
// preview so a draft is previewed exactly as it will be published.
import MarkdownIt from 'markdown-it';
import { raw } from 'hono/html';
import type { PublicPublication, PublicTable } from '../model';
import type { Config } from '../../config/schema';
import { smallCountRules } from './small-count-rules';
import { FIGURE_COLUMNS, MASKING_EXPLANATION, statisticsHistory } from './statistics-table';

// Raw HTML disabled: the chair's Markdown cannot inject markup or scripts.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
export const markdownHtml = (text: string) => raw(md.render(text));

export function TableView(props: { table: PublicTable; downloads?: { csv: string; json: string } }) {
  const t = props.table;
  return (
    <div class="table-wrap">
      <table>
        <caption>{t.title}</caption>
        <thead>
          <tr>
            <td></td>
            {t.columns.map((c) => (
              <th scope="col">{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {t.rows.map((row) => (
            <tr>
              <th scope="row">{row}</th>
              {t.columns.map((col) => (
                <td class="num">{t.cells.find((c) => c.row === row && c.column === col)?.display ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {props.downloads ? (
        <p class="muted">
          Download this table: <a href={props.downloads.csv}>CSV</a> · <a href={props.downloads.json}>JSON</a>
        </p>
      ) : null}
    </div>
  );
}

/** `periodLinks`: each period links to its versions page (public site only; a draft has none). */
export function StatisticsHistoryView(props: { stats: readonly PublicPublication[]; extra?: PublicPublication; periodLinks?: boolean }) {
  const rows = statisticsHistory(props.extra ? [...props.stats, props.extra] : props.stats);
  return (
    <div class="table-wrap">
      <table>
        <caption>Published figures by half-year, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {FIGURE_COLUMNS.map((c) => (
              <th scope="col">{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                {props.periodLinks ? <a href={`/statistics/${r.period}`}>{r.period}</a> : r.period}
                {r.version > 1 ? <span class="muted"> (corrected)</span> : null}
              </th>
              {FIGURE_COLUMNS.map((c) => (
                <td class="num">{r.figures[c.key]?.display ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The public methods section: which small-count rule applies to which table. */
export function SmallCountRules(props: { disclosure: Config['disclosure'] }) {
  return (
    <section aria-labelledby="small-counts">
      <h2 id="small-counts">How small numbers are shown</h2>
      <p>
        Small numbers could point to the people involved, so we do not always publish them as they are. Which rule applies depends on
        the table:
      </p>
      <dl class="definitions">
        {smallCountRules(props.disclosure).map((r) => (
          <>
            <dt>{r.tables}</dt>
            <dd>{r.rule}</dd>
          </>
        ))}
      </dl>
    </section>
  );
}

export function Definitions(props: { k: number }) {
  return (
    <>
      <dl class="definitions">
        {FIGURE_COLUMNS.map((c) => (
          <>
            <dt>{c.label}</dt>
            <dd>{c.definition}</dd>
          </>
        ))}
      </dl>
      <p>{MASKING_EXPLANATION(props.k)}</p>
    </>
  );
}

/**
 * The annual report body. `base` is where its files are served (tables, chart); `query` selects
 * this version of them ("?version=2") when it is not the latest, so every download describes
 * the version on the page.
 */
export function AnnualReportView(props: { report: PublicPublication; k: number; base: string; chart: boolean; query?: string }) {
  const r = props.report;
  const q = props.query ?? '';
  return (
    <article class="report">
      {r.version > 1 ? <p class="panel">This is version {r.version} of the report, a correction of an earlier version; the changes are listed at the end.</p> : null}
      {r.note ? <p class="lede">{r.note}</p> : null}
      <h2>Figures</h2>
      {r.tables.map((t) => (
        <TableView table={t} downloads={{ csv: `${props.base}/tables/${t.id}.csv${q}`, json: `${props.base}/tables/${t.id}.json${q}` }} />
      ))}
      <p class="muted">{MASKING_EXPLANATION(props.k)}</p>
      {r.notes.map((n) => (
        <p class="panel">{n}</p>
      ))}
      {r.trend.length > 0 ? (
        <>
          <h2>Trend over the years</h2>
          {props.chart ? <img src={`${props.base}/trend.svg${q}`} alt="Line chart of the figures below, by half-year" width="600" /> : null}
          <TrendTable report={r} />
        </>
      ) : null}
      {r.facts.map((f) => (
        <>
          <h2>{f.title}</h2>
          <p>{f.text}</p>
        </>
      ))}
      {r.authored
        .filter((s) => s.markdown.trim() !== '')
        .map((s) => (
          <section>
            <h2>{s.title}</h2>
            {markdownHtml(s.markdown)}
          </section>
        ))}
      {r.corrections.length > 0 ? (
        <>
          <h2>What changed in this version</h2>
          <ul>
            {r.corrections.map((c) => (
              <li>
                {c.table}, {c.label}: {c.before} → {c.after}
                {c.reason ? ` (${c.reason})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}

export function TrendTable(props: { report: PublicPublication }) {
  const points = props.report.trend;
  const periods = [...new Set(points.map((p) => p.period))];
  const labels = [...new Set(points.map((p) => p.label))];
  return (
    <div class="table-wrap">
      <table>
        <caption>Figures as published in our half-yearly statistics</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {labels.map((l) => (
              <th scope="col">{l}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr>
              <th scope="row">{period}</th>
              {labels.map((l) => (
                <td class="num">{points.find((p) => p.period === period && p.label === l)?.display ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
