// The line under a release page that points to its signed entry in the publication log.
import { releasePath } from '../../../domain/publication-log';

export function LogEntryLink(props: { seq: number | undefined; kind: 'stats' | 'annual'; pubKey: string; version: number }) {
  if (props.seq === undefined) return null;
  return (
    <p class="muted">
      This version is <a href={`/publications#entry-${props.seq}`}>entry {props.seq} of our publication log</a>, which anyone can use to
      check it was not changed since (<a href={releasePath({ kind: props.kind, key: props.pubKey, version: props.version })}>the record it signs</a>).
    </p>
  );
}
