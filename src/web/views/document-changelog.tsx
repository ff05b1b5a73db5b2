// The documentation changelog as a table: shown to the public and on the chair's page where
// versions are added. Public text only.
import type { DocumentVersion } from '../../services/documents/add-document-version';

export function DocumentLink(props: { doc: DocumentVersion }) {
  const d = props.doc;
  return d.url ? <a href={d.url}>{d.title}</a> : d.title;
}

export function DocumentChangelogTable(props: { rows: readonly DocumentVersion[] }) {
  return (
    <div class="table-wrap">
      <table>
        <caption>Published document versions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Version</th>
            <th scope="col">Published</th>
            <th scope="col">What changed</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((d) => (
            <tr>
              <th scope="row">
                <DocumentLink doc={d} />
              </th>
              <td>{d.version}</td>
              <td>{d.publishedOn}</td>
              <td>{d.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
