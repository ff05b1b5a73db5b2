// Every cookie Candor sets, read and cleared through here. When the configured public URL is
// https, cookie names carry the __Host- prefix: browsers then accept the cookie only if it is
// Secure, for Path=/ and without a Domain, so a sibling subdomain cannot plant or overwrite it.
// Over plain http (development on localhost) the prefix would make browsers refuse the cookie.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import type { AppEnv } from '../env';

export const SESSION_COOKIE = 'candor_session';
export const CSRF_COOKIE = 'candor_csrf';
export const FLASH_COOKIE = 'candor_flash';

/** Every cookie we set: not readable by scripts, only over HTTPS (browsers accept it on localhost), not sent cross-site. */
export const cookieOptions = (extra: CookieOptions = {}): CookieOptions => ({
  httpOnly: true,
  secure: true,
  sameSite: 'Lax',
  path: '/',
  ...extra,
});

const prefixOf = (c: Context<AppEnv>): 'host' | undefined => (c.var.deps.config.organisation.publicUrl.startsWith('https:') ? 'host' : undefined);

export const readCookie = (c: Context<AppEnv>, name: string): string | undefined => getCookie(c, name, prefixOf(c));

export function writeCookie(c: Context<AppEnv>, name: string, value: string, extra: CookieOptions = {}): void {
  setCookie(c, name, value, { ...cookieOptions(extra), prefix: prefixOf(c) });
}

export function clearCookie(c: Context<AppEnv>, name: string): void {
  deleteCookie(c, name, { ...cookieOptions(), prefix: prefixOf(c) });
}
