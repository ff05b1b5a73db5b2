// Bearer secrets (session cookies, invite links): 256 random bits, and only their SHA-256 is
// stored, so a copy of the database cannot be used to sign in or to enrol.
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
