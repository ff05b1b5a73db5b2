// The canonical record of one published release version: its public view as canonical JSON.
// These exact bytes are served at the release's log URL and hashed into the publication log, so
// a reader can check them with sha256sum. Only the public view goes in: a hash over true values
// would let anyone confirm a guess of a masked figure.
import { canonicalJson } from '../../domain/canonical-json';
import type { PublicPublication } from '../model';

export const RELEASE_RECORD_SCHEMA = 'candor.release/1';

export function releaseRecord(p: PublicPublication): string {
  return canonicalJson({ schema: RELEASE_RECORD_SCHEMA, ...p });
}
