// The public documentation: the list of documents with the changelog, one document rendered with
// its table of contents and history, and the difference between two versions. Public text only.
import { raw } from 'hono/html';
import type { DiffLine } from '../../../domain/line-diff';
import type { DocumentVersion, PublicDocument, PublicVersion } from '../../../services/documents';
import { renderDocumentMarkdown } from '../document-markdown';
import type { PageContext } from '../page';
import { PublicPage } from '../public/pages';

/** Public timestamps are periods, never dates (DESIGN.md): a version shows the month it was published. */
const monthOf = (isoDate: string): string => isoDate.slice(0, 7);

const versionPath = (slug: string, v: { seq: number }) => `/documentation/${slug}/versions/${v.seq}`;

function Proposals(props: { items: PublicVersion['proposals'] }) {
  if (props.items.length === 0) return null;
  return (
    <p class="muted">
      Follows from {props.items.length === 1 ? 'a community proposal' : 'community proposals'}:{' '}
      {props.items.map((p, i) => (
        <>
          {i > 0 ? '; ' : ''}
          <a href={`/community#item-${p.id}`}>{p.title}</a>
        </>
      ))}
    </p>
  );
}

export function ChangelogTable(props: { rows: readonly DocumentVersion[]; caption: string }) {
  return (
    <div class="table-wrap">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Version</th>
            <th scope="col">Published</th>
            <th scope="col">What changed, and why</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((d) => (
            <tr>
              <th scope="row">
                <a href={`/documentation/${d.slug}`}>{d.title}</a>
              </th>
              <td>{d.body !== null ? <a href={versionPath(d.slug, d)}>{d.version}</a> : d.url ? <a href={d.url}>{d.version}</a> : d.version}</td>
              <td>{monthOf(d.publishedOn)}</td>
              <td>
                <p>{d.summary}</p>
                {d.rationale ? <p>Why: {d.rationale}</p> : null}
                <Proposals items={d.proposals} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DocumentationIndexPage(props: { page: PageContext; documents: readonly PublicDocument[]; changelog: readonly DocumentVersion[] }) {
  return (
    <PublicPage page={props.page} title="Documentation">
      <h1>Documentation</h1>
      <p class="lede">The documents we work by, every earlier version of each, what changed and why.</p>
      {props.documents.length === 0 ? (
        <p>No document has been published yet.</p>
      ) : (
        <>
          <h2>Documents</h2>
          <ul>
            {props.documents.map((d) => {
              const current = d.versions.at(-1)!;
              return (
                <li>
                  <a href={`/documentation/${d.slug}`}>{d.title}</a> (version {current.version}, {monthOf(current.publishedOn)})
                </li>
              );
            })}
          </ul>
          <h2>Changelog</h2>
          <ChangelogTable rows={props.changelog} caption="Published document versions, newest first" />
        </>
      )}
      <p>
        Something unclear, or a change you would like to see? <a href="/community">Ask a question or propose a change</a>.
      </p>
    </PublicPage>
  );
}

function History(props: { doc: PublicDocument; shown: PublicVersion }) {
  const { doc } = props;
  const rows = [...doc.versions].reverse().map((v) => ({ ...v, slug: doc.slug, title: doc.title }));
  const hosted = doc.versions.filter((v) => v.body !== null);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <ChangelogTable rows={rows} caption={`Versions of ${doc.title}, newest first`} />
      {hosted.length > 1 ? (
        <form method="get" action={`/documentation/${doc.slug}/diff`}>
          <fieldset>
            <legend>Compare two versions</legend>
            <label for="diff-from">From version</label>
            <select id="diff-from" name="from">
              {hosted.map((v, i) => (
                <option value={String(v.seq)} selected={i === hosted.length - 2}>
                  {v.version}
                </option>
              ))}
            </select>
            <label for="diff-to">to version</label>
            <select id="diff-to" name="to">
              {hosted.map((v, i) => (
                <option value={String(v.seq)} selected={i === hosted.length - 1}>
                  {v.version}
                </option>
              ))}
            </select>
            <button type="submit">Show the changes</button>
          </fieldset>
        </form>
      ) : null}
    </section>
  );
}

export function DocumentPage(props: { page: PageContext; doc: PublicDocument; shown: PublicVersion }) {
  const { doc, shown } = props;
  const current = doc.versions.at(-1)!;
  const isCurrent = shown.seq === current.seq;
  const rendered = shown.body === null ? null : renderDocumentMarkdown(shown.body);
  const toc = rendered?.toc.filter((t) => t.level >= 2 && t.level <= 3) ?? [];
  return (
    <PublicPage page={props.page} title={isCurrent ? doc.title : `${doc.title}, version ${shown.version}`}>
      <p>
        <a href="/documentation">All documents</a>
      </p>
      <p class="muted">
        Version {shown.version}, published {monthOf(shown.publishedOn)}.{' '}
        {isCurrent ? 'This is the current version.' : <>This is an earlier version; <a href={`/documentation/${doc.slug}`}>read the current one</a>.</>}
      </p>
      {rendered === null ? (
        <>
          <h1>{doc.title}</h1>
          <p>This version was published elsewhere{shown.url ? <>: <a href={shown.url}>read it there</a></> : null}.</p>
        </>
      ) : (
        <>
          {toc.length > 1 ? (
            <nav aria-label="Contents" class="panel">
              <h2>Contents</h2>
              <ul>
                {toc.map((t) => (
                  <li class={t.level === 3 ? 'toc-sub' : undefined}>
                    <a href={`#${t.id}`}>{t.text}</a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <article class="document-body">{raw(rendered.html)}</article>
        </>
      )}
      <History doc={doc} shown={shown} />
    </PublicPage>
  );
}

/** Lines of two versions: removed ones marked “−” and struck through, added ones “+” and underlined. */
export function DiffList(props: { lines: readonly DiffLine[] }) {
  return (
    <ol class="diff" aria-label="Lines of the document">
      {props.lines.map((l) =>
        l.op === 'same' ? (
          <li class="diff-same">
            <span class="diff-mark" aria-hidden="true"> </span>
            {l.text}
          </li>
        ) : l.op === 'added' ? (
          <li class="diff-added">
            <span class="diff-mark">+</span>
            <ins>{l.text}</ins>
          </li>
        ) : (
          <li class="diff-removed">
            <span class="diff-mark">−</span>
            <del>{l.text}</del>
          </li>
        ),
      )}
    </ol>
  );
}

export function DiffPage(props: { page: PageContext; doc: PublicDocument; from: PublicVersion; to: PublicVersion; lines: readonly DiffLine[] }) {
  const { doc, from, to } = props;
  const changed = props.lines.filter((l) => l.op !== 'same').length;
  return (
    <PublicPage page={props.page} title={`${doc.title}: changes from version ${from.version} to ${to.version}`}>
      <p>
        <a href={`/documentation/${doc.slug}`}>Back to {doc.title}</a>
      </p>
      <h1>
        {doc.title}: changes from version {from.version} to {to.version}
      </h1>
      <p>
        Version {to.version}: {to.summary}
      </p>
      {to.rationale ? <p>Why: {to.rationale}</p> : null}
      <p class="muted">
        Removed lines are marked “−” and struck through, added lines “+” and underlined; {changed === 0 ? 'the two versions have the same text.' : `${changed} line(s) differ.`}
      </p>
      <DiffList lines={props.lines} />
    </PublicPage>
  );
}
