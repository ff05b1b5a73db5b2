// Files that hold the register (the embedded database, the key file) are readable by their owner
// only: directories 0700, files 0600 — also when the data directory existed before Candor ran,
// or was restored from a backup with looser modes. Only what this user owns is changed.
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const uid = typeof process.getuid === 'function' ? process.getuid() : null;

function tighten(target: string, mode: number): boolean {
  const st = lstatSync(target);
  if (st.isSymbolicLink()) return false;
  if ((st.mode & 0o077) !== 0 && (uid === null || st.uid === uid)) chmodSync(target, mode);
  return st.isDirectory();
}

/** Creates `dir` (0700) or tightens an existing one and (when `deep`) everything in it that we own. */
export function ensurePrivateDir(dir: string, deep = true): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) {
        tighten(p, 0o700);
        walk(p);
      } else if (entry.isFile()) {
        tighten(p, 0o600);
      }
    }
  };
  tighten(dir, 0o700);
  if (deep) walk(dir);
}

/** Tightens one file to 0600 when we own it. */
export function ensurePrivateFile(file: string): void {
  tighten(file, 0o600);
}
