// The chair's publication pages: the list with forms to prepare drafts, and the review page
// (the draft exactly as it will be published, beside the published history, with what the
// protection changed and why), the annual report's authored sections, and the publish form.
import type { Child } from 'hono/jsx';
import { AUTHORED_SECTIONS, AUTHORED_TITLES, publicView, type PublicPublication } from '../../../reports/model';
import { AnnualReportView, StatisticsHistoryView, TableView } from '../../../reports/render/html';
import type { PublicationRow } from '../../../services/publications/store';
import type { PublicTextStatus } from '../../../services/public-text';
import { mayPublish } from '../../../domain/public-text';
import { PublicTextStatusList } from '../public-text';
import { TextareaField } from '../cases/fields';
import { ErrorSummary, Field, fieldId, PostForm } from '../forms';
import { Layout } from '../layout';
import type { FieldErrors, FormValues, PageContext } from '../page';

const label = (r: PublicationRow) => `${r.kind === 'stats' ? 'Statistics' : 'Transparency report'} ${r.key}, version ${r.version}`;

export function PublicationsPage(props: { page: PageContext; rows: readonly PublicationRow[]; values: FormValues; errors: FieldErrors }) {
  return (
    <Layout page={props.page} title="Publications">
      <h1>Publications</h1>
      <ErrorSummary errors={props.errors} />
      <p class="lede">Statistics every six months and a transparency report every year. Nothing is public until you publish it.</p>
      <div class="table-wrap">
        <table>
          <caption>Drafts and published releases</caption>
          <thead>
            <tr>
              <th scope="col">Release</th>
              <th scope="col">State</th>
              <th scope="col">Disclosure audit</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <th scope="row">
                  <a href={`/wg/publications/${r.id}`}>{label(r)}</a>
                </th>
                <td>{r.state === 'draft' ? 'Draft' : 'Published'}</td>
                <td>{r.content.protection.passes ? 'Passes' : 'Refused'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Prepare statistics</h2>
      <PostForm action="/wg/publications/stats" csrf={props.page.csrf} label="Prepare statistics">
        <Field name="period" label="Half-year" hint="For example 2025-H1 (January to June) or 2025-H2." values={props.values} errors={props.errors} />
        <button type="submit">Prepare the draft</button>
      </PostForm>
      <h2>Prepare a transparency report</h2>
      <PostForm action="/wg/publications/annual" csrf={props.page.csrf} label="Prepare a transparency report">
        <Field name="year" label="Year" inputmode="numeric" values={props.values} errors={props.errors} />
        <button type="submit">Prepare the draft</button>
      </PostForm>
      <p>
        Its "Changes in procedures" section starts from the <a href="/wg/documents">documentation changelog</a>.
      </p>
    </Layout>
  );
}

function Protection(props: { row: PublicationRow }) {
  const p = props.row.content.protection;
  return (
    <section class="panel" aria-labelledby="protection-title">
      <h2 id="protection-title">What the disclosure audit did</h2>
      {p.passes ? <p>Every hidden figure is protected: nobody can work out from this and earlier releases that something happened in a small group.</p> : null}
      {p.problems.length > 0 ? (
        <>
          <p class="error">This release cannot be published as it is:</p>
          <ul>{p.problems.map((x) => <li>{x}</li>)}</ul>
        </>
      ) : null}
      {p.changes.length === 0 && (p.alreadyPublic ?? []).length === 0 ? <p>Nothing had to change: only figures below the threshold are masked.</p> : null}
      <ul>
        {p.changes.map((c) => <li>{c.explanation}</li>)}
        {(p.alreadyPublic ?? []).map((x) => <li>{x}</li>)}
      </ul>
    </section>
  );
}

export function ReviewPage(props: {
  page: PageContext;
  row: PublicationRow;
  history: readonly PublicPublication[];
  texts: ReadonlyArray<PublicTextStatus & { title: string }>;
  k: number;
  values: FormValues;
  errors: FieldErrors;
}) {
  const { row } = props;
  const view = publicView(row);
  const draft = row.state === 'draft';
  let body: Child;
  if (row.kind === 'stats') {
    body = (
      <>
        <h2>The release as it will be published</h2>
        {view.tables.map((t) => <TableView table={t} />)}
        <h2>Beside the published history</h2>
        <StatisticsHistoryView stats={props.history} extra={draft ? view : undefined} />
      </>
    );
  } else {
    body = (
      <>
        <h2>Preview, exactly as it will be published</h2>
        <AnnualReportView report={view} k={props.k} base={`/reports/${row.key}`} chart={false} />
      </>
    );
  }
  return (
    <Layout page={props.page} title={label(row)} wide>
      <h1>{label(row)}</h1>
      <ErrorSummary errors={props.errors} />
      <p>{draft ? 'Draft: not public yet.' : 'Published. Published releases never change; prepare a correction to fix one.'}</p>
      <Protection row={row} />
      {view.corrections.length > 0 ? (
        <section>
          <h2>What changes from the previous version</h2>
          <ul>{view.corrections.map((c) => <li>{c.table}, {c.label}: {c.before} → {c.after}</li>)}</ul>
        </section>
      ) : null}
      {body}
      {draft && row.content.schema === 'candor.annual/1' ? (
        <>
          <h2>Sections you write</h2>
          <PostForm action={`/wg/publications/${row.id}/sections`} csrf={props.page.csrf} label="Sections you write">
            {AUTHORED_SECTIONS.map((s) => {
              const id = fieldId(s);
              const value = props.values[s] ?? (row.content.schema === 'candor.annual/1' ? row.content.authored[s] : '');
              return (
                <div class="field">
                  <label for={id}>{AUTHORED_TITLES[s]}</label>
                  <p class="hint" id={`${id}-hint`}>Markdown. Never describe a single report or anyone involved in one.</p>
                  {props.errors[s] ? <p class="error">{props.errors[s]}</p> : null}
                  <textarea id={id} name={s} rows={5} aria-describedby={`${id}-hint`}>{Array.isArray(value) ? value[0] : value}</textarea>
                </div>
              );
            })}
            <button type="submit" class="secondary">Save the sections</button>
          </PostForm>
        </>
      ) : null}
      {draft ? (
        <>
          <h2>Note</h2>
          <PostForm action={`/wg/publications/${row.id}/note`} csrf={props.page.csrf} label="Note">
            <TextareaField
              name="note"
              label={row.version > 1 ? 'Why it is corrected' : 'Note (optional)'}
              hint={
                row.version > 1
                  ? `Published with version ${row.version} and shown in the period's history beside what changed. Checked like every public text; a second member approves it.`
                  : 'Published with the release. Checked like every public text; a second member approves it.'
              }
              rows={2}
              values={props.values.note === undefined ? { note: row.note ?? '' } : props.values}
              errors={props.errors}
            />
            <button type="submit" class="secondary">Save the note</button>
          </PostForm>
          <section class="panel" aria-labelledby="public-text-title">
            <h2 id="public-text-title">Public text review</h2>
            <p>Every text below is published with the release. Each must be approved by a second member, for its exact words, before publishing.</p>
            <PublicTextStatusList items={props.texts} />
          </section>
          <h2>Publish</h2>
          <PostForm action={`/wg/publications/${row.id}/publish`} csrf={props.page.csrf} label="Publish">
            <button type="submit" disabled={!row.content.protection.passes || props.texts.some((t) => !mayPublish(t.state))}>Publish</button>
          </PostForm>
        </>
      ) : null}
    </Layout>
  );
}
