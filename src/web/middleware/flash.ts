// One-time messages shown after a redirect ("Case Amber Heron recorded"). Kept in a cookie that
// is read and cleared on the next page. Messages can name a case or a person by code name, so the
// cookie is sealed (encrypted and authenticated with the master key), never merely signed: what
// the browser stores, and any proxy or log that sees the header, reads nothing.
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { seal, unseal } from '../../privacy/envelope';
import type { AppEnv, Flash } from '../env';
import { clearCookie, FLASH_COOKIE, readCookie, writeCookie } from './cookies';

// A cookie is no row: it is bound to its purpose, so no other sealed value opens as a flash.
const SEALED_AS = { purpose: 'cookie.flash' };

function openFlash(c: Context<AppEnv>, raw: string): Flash | null {
  try {
    const f = JSON.parse(unseal(c.var.deps.keys.master, SEALED_AS, raw)) as Flash;
    return (f.kind === 'success' || f.kind === 'info') && typeof f.text === 'string' ? f : null;
  } catch {
    return null; // a damaged or foreign flash is simply not shown
  }
}

export const flashMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  c.set('flash', null);
  if (c.req.method === 'GET') {
    const raw = readCookie(c, FLASH_COOKIE);
    if (raw !== undefined) {
      c.set('flash', openFlash(c, raw));
      clearCookie(c, FLASH_COOKIE);
    }
  }
  await next();
});

/** Sets a message for the next page and redirects there (303: the browser then GETs it). */
export function redirectWithFlash(c: Context<AppEnv>, to: string, text: string, kind: Flash['kind'] = 'success') {
  writeCookie(c, FLASH_COOKIE, seal(c.var.deps.keys.master, SEALED_AS, JSON.stringify({ kind, text })), { maxAge: 120 });
  return c.redirect(to, 303);
}
