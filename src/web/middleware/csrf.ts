// CSRF protection that works without JavaScript: a random cookie, and in every form a hidden
// `_csrf` field holding an HMAC of that cookie and of the session. A forged cross-site form
// cannot know the field; a cookie planted by a sibling site cannot produce it without our key.
// Every unsafe method is checked, whatever the route, before any route reads the body.
// A multipart form (an upload) carries its token in its action's query
// string instead (views/forms.tsx multipartAction), so the token is checked before the body is
// even received; a body that cannot be parsed is a 400. Browsers also say where a request comes
// from (Sec-Fetch-Site): anything but our own origin or a typed address is refused unread.
// The token in a URL can reach access logs; it is worthless without the HttpOnly cookie and the
// session it is bound to.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { CandorError, invalidInput } from '../../errors';
import type { Keys } from '../../services/context';
import type { AppEnv } from '../env';
import { CSRF_COOKIE, readCookie, writeCookie } from './cookies';
import { isMultipart } from './multipart';
import { webKey } from './secrets';

export const CSRF_FIELD = '_csrf';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const OWN_ORIGIN = new Set(['same-origin', 'none']);

/** The form's fields, parsed once (handlers read the cache); an unreadable body is the sender's error. */
async function readBody(c: Context<AppEnv>) {
  try {
    return await c.req.parseBody({ all: true });
  } catch {
    throw invalidInput('The form could not be read. Reload the page and submit it again.');
  }
}

function tokenFor(key: Buffer, cookie: string, session: string | null): string {
  return createHmac('sha256', key).update(`${cookie}|${session ?? ''}`).digest('base64url');
}

/** The form token for a CSRF cookie and session (tests use it to act like a page's form). */
export function csrfTokenFor(keys: Keys, cookie: string, session: string | null): string {
  return tokenFor(webKey(keys, 'csrf'), cookie, session);
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function expired(): CandorError {
  return new CandorError('csrf_failed', 'This form has expired');
}

function tokenMatches(c: Context<AppEnv>, sent: unknown): boolean {
  const cookie = readCookie(c, CSRF_COOKIE);
  return !!cookie && typeof sent === 'string' && same(sent, tokenFor(webKey(c.var.deps.keys, 'csrf'), cookie, c.var.sessionToken));
}

/**
 * The checks that need no body, run before the body is received: where the request comes from,
 * and the token of a multipart form. An upload that fails them is refused unread.
 */
export const csrfBeforeBody = createMiddleware<AppEnv>(async (c, next) => {
  if (!SAFE.has(c.req.method)) {
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && !OWN_ORIGIN.has(site)) throw expired();
    if (isMultipart(c) && !tokenMatches(c, c.req.query(CSRF_FIELD))) throw expired();
  }
  await next();
});

/** After the body limit: the token of every other form, and the parse of an upload already checked. */
export const csrfMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  const key = webKey(c.var.deps.keys, 'csrf');
  let cookie = readCookie(c, CSRF_COOKIE);
  if (SAFE.has(c.req.method)) {
    if (!cookie || !/^[A-Za-z0-9_-]{43}$/.test(cookie)) {
      cookie = randomBytes(32).toString('base64url');
      writeCookie(c, CSRF_COOKIE, cookie);
    }
  } else if (isMultipart(c)) {
    await readBody(c); // its token was checked by csrfBeforeBody
  } else {
    const urlencoded = (c.req.header('content-type') ?? '').startsWith('application/x-www-form-urlencoded');
    if (!tokenMatches(c, urlencoded ? (await readBody(c))[CSRF_FIELD] : undefined)) throw expired();
  }
  if (cookie) c.set('csrfToken', tokenFor(key, cookie, c.var.sessionToken));
  await next();
});

/** After sign-in or sign-out the session changes, and with it the token forms must carry. */
export function refreshCsrfToken(c: Context<AppEnv>, session: string | null): void {
  const cookie = readCookie(c, CSRF_COOKIE);
  if (cookie) c.set('csrfToken', tokenFor(webKey(c.var.deps.keys, 'csrf'), cookie, session));
}
