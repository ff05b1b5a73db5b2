// One-time messages shown after a redirect ("Invitation sent"). Kept in a signed cookie that
// is read and cleared on the next page.
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, Flash } from '../env';
import { cookieOptions, FLASH_COOKIE } from './cookies';
import { webKey } from './secrets';

export const flashMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  c.set('flash', null);
  if (c.req.method === 'GET') {
    const raw = await getSignedCookie(c, webKey(c.var.deps.keys, 'flash'), FLASH_COOKIE);
    if (raw) {
      try {
        const f = JSON.parse(raw) as Flash;
        if ((f.kind === 'success' || f.kind === 'info') && typeof f.text === 'string') c.set('flash', f);
      } catch {
        // A damaged flash is simply not shown.
      }
    }
    if (raw !== undefined) deleteCookie(c, FLASH_COOKIE, cookieOptions());
  }
  await next();
});

/** Sets a message for the next page and redirects there (303: the browser then GETs it). */
export async function redirectWithFlash(c: Context<AppEnv>, to: string, text: string, kind: Flash['kind'] = 'success') {
  await setSignedCookie(c, FLASH_COOKIE, JSON.stringify({ kind, text }), webKey(c.var.deps.keys, 'flash'), cookieOptions({ maxAge: 120 }));
  return c.redirect(to, 303);
}
