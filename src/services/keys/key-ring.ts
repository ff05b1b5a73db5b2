// The keys a running process holds, kept in step with the key file: `candor keys rotate` rewrites
// the file, and a server started before it learns the new key by re-reading the file when it
// changed (checked at the start of every transaction and before every audit entry; decision 031).
import { statSync } from 'node:fs';
import { keyFilePath, loadKeyFile, openingKey } from '../../config/master-key';
import { makeKeys, type Keys } from '../context';

export function loadKeyRing(opts: { envKey: string | null; dataDir: string }): Keys {
  const keys = fromFile(opts);
  if (opts.envKey) return keys; // nothing to re-read: the environment does not change under us
  const file = keyFilePath(opts.dataDir);
  const stamp = () => {
    const st = statSync(file, { throwIfNoEntry: false });
    return st ? `${st.mtimeMs}:${st.ino}:${st.size}` : '';
  };
  let seen = stamp();
  keys.refresh = () => {
    const now = stamp();
    if (now === seen || now === '') return;
    seen = now;
    // In place: every context made from this ring sees the new keys at once.
    Object.assign(keys, fromFile(opts), { refresh: keys.refresh });
  };
  return keys;
}

function fromFile(opts: { envKey: string | null; dataDir: string }): Keys {
  const kf = loadKeyFile(opts);
  return makeKeys(openingKey(kf), kf.retired);
}
