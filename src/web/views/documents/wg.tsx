// The chair's documentation pages (the list, a new document, one document's editor and history)
// and the board's page of code of conduct changes waiting for its approval.
import { PUBLIC_TEXT_STATE_LABELS } from '../../../domain/public-text';
import type { DiffLine } from '../../../domain/line-diff';
import type { DocumentWithVersions, VersionRow } from '../../../services/documents';
import { Checkbox, TextareaField } from '../cases/fields';
import { ErrorSummary, Field, PostForm } from '../forms';
import { Layout } from '../layout';
import { DiffList } from './public';
import type { FieldErrors, FormValues, PageContext } from '../page';

export const DOCUMENT_LABELS = {
  title: 'Title',
  slug: 'Address on the public site',
  codeOfConduct: 'This is the code of conduct',
  body: 'Text (Markdown)',
  summary: 'What changed',
  rationale: 'Why it changed',
  version: 'Version',
  publishedOn: 'Published on',
  url: 'Web address',
  note: 'Where and when the board decided',
};

function VersionState(props: { v: VersionRow }) {
  const v = props.v;
  if (v.isPublic) return <span class="state state-approved">Public</span>;
  return (
    <>
      {v.reviewState !== 'approved' ? (
        <span class={`state state-${v.reviewState}`}>
          Summary and rationale: {PUBLIC_TEXT_STATE_LABELS[v.reviewState]}
          {v.reviewId ? (
            <>
              {' '}
              (<a href={`/wg/public-texts/${v.reviewId}`}>review</a>)
            </>
          ) : null}
        </span>
      ) : null}
      {v.awaitingBoard ? <span class="state state-pending"> Waiting for the board’s approval</span> : null}
    </>
  );
}

export function DocumentsListPage(p: { page: PageContext; docs: readonly DocumentWithVersions[]; values: FormValues; errors: FieldErrors }) {
  return (
    <Layout page={p.page} title="Documentation">
      <h1>Documentation</h1>
      <p class="lede">
        The documents the working group works by, published on the public site with every version, what changed and why. Each new version appears
        publicly once a second member has approved its summary and rationale (public text: never mention a case); a change to the code of conduct also
        needs the board’s recorded approval. <code>candor docs import DIR</code> imports a folder of Markdown files.
      </p>
      {p.docs.length === 0 ? (
        <p>No document yet.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>Documents</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Latest version</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {p.docs.map((d) => {
                const latest = d.versions.at(-1);
                return (
                  <tr>
                    <th scope="row">
                      <a href={`/wg/documents/${d.id}`}>{d.title}</a>
                      {d.codeOfConduct ? ' (code of conduct)' : ''}
                    </th>
                    <td>{latest ? `${latest.version}, ${latest.publishedOn}` : '—'}</td>
                    <td>{latest ? <VersionState v={latest} /> : null}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <h2 id="new">New document</h2>
      <ErrorSummary errors={p.errors} labels={DOCUMENT_LABELS} />
      <PostForm action="/wg/documents/new" csrf={p.page.csrf} label="New document">
        <Field name="title" label={DOCUMENT_LABELS.title} hint="For example: Communications guidelines" values={p.values} errors={p.errors} />
        <Field name="slug" label={`${DOCUMENT_LABELS.slug} (optional)`} hint="Made from the title when left empty, e.g. communications-guidelines" values={p.values} errors={p.errors} />
        <Checkbox name="codeOfConduct" label={DOCUMENT_LABELS.codeOfConduct} hint="Its changes are published only after the board approves them." values={p.values} />
        <TextareaField name="body" label={DOCUMENT_LABELS.body} rows={14} values={p.values} errors={p.errors} />
        <TextareaField name="summary" label={DOCUMENT_LABELS.summary} rows={2} values={p.values} errors={p.errors} />
        <TextareaField name="rationale" label={DOCUMENT_LABELS.rationale} rows={3} values={p.values} errors={p.errors} />
        <button type="submit">Create the document</button>
      </PostForm>
      <p>
        A document that lives at another address? <a href="/wg/documents/elsewhere">Record a version published elsewhere</a>.
      </p>
    </Layout>
  );
}

export function RecordElsewherePage(p: { page: PageContext; values: FormValues; errors: FieldErrors }) {
  return (
    <Layout page={p.page} title="Record a version published elsewhere">
      <p>
        <a href="/wg/documents">All documents</a>
      </p>
      <h1>Record a version published elsewhere</h1>
      <p>For a document that lives at another address: its version joins the changelog, with a link to it.</p>
      <ErrorSummary errors={p.errors} labels={{ ...DOCUMENT_LABELS, title: 'Document', summary: 'What changed and why' }} />
      <PostForm action="/wg/documents" csrf={p.page.csrf} label="Record a version published elsewhere">
        <Field name="title" label="Document" hint="For example: Enforcement ladder" values={p.values} errors={p.errors} />
        <Field name="version" label={DOCUMENT_LABELS.version} hint="For example: 2.1" values={p.values} errors={p.errors} />
        <Field name="publishedOn" label={DOCUMENT_LABELS.publishedOn} type="date" values={p.values} errors={p.errors} />
        <TextareaField name="summary" label="What changed and why" rows={3} values={p.values} errors={p.errors} />
        <Field name="url" label={`${DOCUMENT_LABELS.url} (optional)`} values={p.values} errors={p.errors} />
        <button type="submit">Record the version</button>
      </PostForm>
    </Layout>
  );
}

export function DocumentEditPage(p: { page: PageContext; doc: DocumentWithVersions; values: FormValues; errors: FieldErrors }) {
  const { doc } = p;
  return (
    <Layout page={p.page} title={`Edit ${doc.title}`}>
      <p>
        <a href="/wg/documents">All documents</a>
      </p>
      <h1>{doc.title}</h1>
      <p class="lede">
        Public address: <a href={`/documentation/${doc.slug}`}>/documentation/{doc.slug}</a>
        {doc.codeOfConduct ? '. This is the code of conduct: a new version is published only once the board has approved it.' : '.'}
      </p>
      <h2>Versions</h2>
      <div class="table-wrap">
        <table>
          <caption>Versions of {doc.title}, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Saved</th>
              <th scope="col">What changed, and why</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {[...doc.versions].reverse().map((v) => (
              <tr>
                <th scope="row">{v.version}</th>
                <td>{v.publishedOn}</td>
                <td>
                  <p>{v.summary}</p>
                  {v.rationale ? <p>Why: {v.rationale}</p> : null}
                  {v.boardApprovalNote ? <p class="muted">Board approval: {v.boardApprovalNote}</p> : null}
                </td>
                <td>
                  <VersionState v={v} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="edit">Save a new version</h2>
      <ErrorSummary errors={p.errors} labels={DOCUMENT_LABELS} />
      <PostForm action={`/wg/documents/${doc.id}`} csrf={p.page.csrf} label="Save a new version">
        <TextareaField name="body" label={DOCUMENT_LABELS.body} rows={20} hint="Headings (#, ##) become the table of contents. Raw HTML is shown as text." values={p.values} errors={p.errors} />
        <TextareaField name="summary" label={DOCUMENT_LABELS.summary} rows={2} hint="Public: shown in the changelog." values={p.values} errors={p.errors} />
        <TextareaField name="rationale" label={DOCUMENT_LABELS.rationale} rows={3} hint="Public: shown in the changelog. Never mention a case." values={p.values} errors={p.errors} />
        <Field name="version" label={`${DOCUMENT_LABELS.version} (optional)`} hint="Numbered 1, 2, 3… when left empty" values={p.values} errors={p.errors} />
        <button type="submit">Save the new version</button>
      </PostForm>
    </Layout>
  );
}

export function BoardApprovalsPage(p: { page: PageContext; items: ReadonlyArray<{ document: DocumentWithVersions; version: VersionRow }> }) {
  return (
    <Layout page={p.page} title="Code of conduct changes">
      <h1>Changes to the code of conduct</h1>
      <p class="lede">The working group publishes a new version of the code of conduct only once the board’s approval is recorded here.</p>
      {p.items.length === 0 ? (
        <p>No change is waiting for the board.</p>
      ) : (
        <ul>
          {p.items.map(({ document: d, version: v }) => (
            <li>
              <a href={`/wg/document-approvals/${v.id}`}>
                {d.title}, version {v.version}
              </a>{' '}
              — {v.summary}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function BoardApprovalPage(p: { page: PageContext; document: DocumentWithVersions; version: VersionRow; lines: readonly DiffLine[]; values: FormValues; errors: FieldErrors }) {
  const { document: d, version: v } = p;
  return (
    <Layout page={p.page} title={`Approve ${d.title}, version ${v.version}`}>
      <p>
        <a href="/wg/document-approvals">All changes waiting for the board</a>
      </p>
      <h1>
        {d.title}, version {v.version}
      </h1>
      <p>What changed: {v.summary}</p>
      <p>Why: {v.rationale}</p>
      <ErrorSummary errors={p.errors} labels={DOCUMENT_LABELS} />
      <PostForm action={`/wg/document-approvals/${v.id}`} csrf={p.page.csrf} label={`Approve version ${v.version}`}>
        <Field name="note" label={DOCUMENT_LABELS.note} hint="For example: board meeting of 3 March, item 4" values={p.values} errors={p.errors} />
        <button type="submit">Record the board’s approval</button>
      </PostForm>
      <h2>The changes, line by line</h2>
      <DiffList lines={p.lines} />
    </Layout>
  );
}
