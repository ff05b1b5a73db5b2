import type { CookieOptions } from 'hono/utils/cookie';

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
