// First-run setup creates the first chair, so only the operator may do it: the setup link carries
// a token derived from the master key, which only someone with the server's console, key file or
// environment can know (printed by `candor serve` while setup is open, and by `candor setup-link`).
// Derived, not stored: nothing to clean up, and setup closes for good once anyone has an account.
import { createHash, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Keys } from '../context';

export function setupToken(keys: Keys): string {
  return Buffer.from(hkdfSync('sha256', keys.master.key, Buffer.alloc(0), 'candor setup token v1', 32)).toString('base64url');
}

/** The setup page's path; the caller adds the public URL. */
export function setupPath(keys: Keys): string {
  return `/setup/${setupToken(keys)}`;
}

/** Constant-time comparison (of digests, so that lengths do not matter either). */
export function isSetupToken(keys: Keys, candidate: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(setupToken(keys)), digest(candidate));
}
