// CSRF protection that works without JavaScript: a random cookie, and in every form a hidden
// `_csrf` field holding an HMAC of that cookie and of the session. A forged cross-site form
// cannot know the field; a cookie planted by a sibling site cannot produce it without our key.
// Every unsafe method is checked, whatever the route.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { CandorError } from '../../errors';
import type { Keys } from '../../services/context';
import type { AppEnv } from '../env';
import { cookieOptions, CSRF_COOKIE } from './cookies';
import { webKey } from './secrets';

export const CSRF_FIELD = '_csrf';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

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

export const csrfMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  const key = webKey(c.var.deps.keys, 'csrf');
  let cookie = getCookie(c, CSRF_COOKIE);
  if (SAFE.has(c.req.method)) {
    if (!cookie || !/^[A-Za-z0-9_-]{43}$/.test(cookie)) {
      cookie = randomBytes(32).toString('base64url');
      setCookie(c, CSRF_COOKIE, cookie, cookieOptions());
    }
  } else {
    const type = c.req.header('content-type') ?? '';
    const isForm = type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data');
    // parseBody caches the body, so handlers can read it again.
    const body = isForm ? await c.req.parseBody({ all: true }) : {};
    const sent = body[CSRF_FIELD];
    if (!cookie || typeof sent !== 'string' || !same(sent, tokenFor(key, cookie, c.var.sessionToken))) {
      throw new CandorError('csrf_failed', 'This form has expired');
    }
  }
  c.set('csrfToken', tokenFor(key, cookie, c.var.sessionToken));
  await next();
});

/** After sign-in or sign-out the session changes, and with it the token forms must carry. */
export function refreshCsrfToken(c: Context<AppEnv>, session: string | null): void {
  const cookie = getCookie(c, CSRF_COOKIE);
  if (cookie) c.set('csrfToken', tokenFor(webKey(c.var.deps.keys, 'csrf'), cookie, session));
}
