// The publication log as a page: every signed entry, with links to the release it covers and to
// what a reader needs to check it themselves.
import type { PublicationLogDocument } from '../../../domain/publication-log';
import type { PageContext } from '../page';
import { PublicPage } from './pages';

/** Where the public page of a logged release version lives. */
export function releasePagePath(kind: string, key: string, version: number): string {
  return kind === 'stats' ? `/statistics/${key}/v${version}` : `/reports/${key}?version=${version}`;
}

export function PublicationLogPage(props: { page: PageContext; log: PublicationLogDocument; siteUrl: string }) {
  const { log } = props;
  return (
    <PublicPage page={props.page} title="Publication log">
      <h1>Publication log</h1>
      <p class="lede">
        Every statistics release and transparency report we publish, and every correction, is added to this log. Each entry holds a
        fingerprint (SHA-256) of what we published and of the entry before it, and is signed with our key, so anyone can check that
        nothing we published was changed or removed afterwards.
      </p>
      <p>
        Machine-readable: <a href="/publications/log">the log (JSON)</a> · <a href="/publications/public-key">our public key (PEM)</a>
        {log.keyFingerprint ? (
          <>
            {' '}
            — key fingerprint <code>{log.keyFingerprint}</code>
          </>
        ) : null}
        . To check it: <code>candor verify-publications {props.siteUrl}</code>, or by hand with
        curl, jq and OpenSSL as described in Candor's documentation (docs/verify-publications.md).
      </p>
      {log.head ? (
        <p>
          Latest entry (head): <code>{log.head}</code>. Note it down: if the log is ever rewritten from scratch, this hash will be
          missing from it.
        </p>
      ) : null}
      {log.entries.length === 0 ? (
        <p>Nothing has been published yet.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>Entries, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Entry</th>
                <th scope="col">Release</th>
                <th scope="col">Version</th>
                <th scope="col">Published</th>
                <th scope="col">Content SHA-256</th>
                <th scope="col">Entry hash</th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((e) => (
                <tr id={`entry-${e.signed.seq}`}>
                  <th scope="row">{e.signed.seq}</th>
                  <td>
                    <a href={releasePagePath(e.signed.kind, e.signed.key, e.signed.version)}>
                      {e.signed.kind === 'stats' ? `Statistics ${e.signed.key}` : `Transparency report ${e.signed.key}`}
                    </a>
                  </td>
                  <td>
                    <a href={e.url}>version {e.signed.version}</a>
                  </td>
                  <td>{e.signed.publishedAt}</td>
                  <td>
                    <code>{e.signed.contentHash}</code>
                  </td>
                  <td>
                    <code>{e.hash}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PublicPage>
  );
}
