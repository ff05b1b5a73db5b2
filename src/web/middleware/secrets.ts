// Keys for CSRF tokens, derived from the master key so that a restart (or a
// second instance) agrees on them without storing more secrets.
import { hkdfSync } from 'node:crypto';
import type { Keys } from '../../services/context';

export function webKey(keys: Keys, purpose: 'csrf' | 'portal'): Buffer {
  return Buffer.from(hkdfSync('sha256', keys.master.key, Buffer.alloc(0), `candor web ${purpose} v1`, 32));
}
