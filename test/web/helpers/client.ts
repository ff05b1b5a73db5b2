// A browser stand-in for app.request(): keeps cookies, reads the CSRF token from the last page,
// submits forms the way a browser without JavaScript does (urlencoded, 303 redirects).
import type { Hono } from 'hono';
import type { Actor } from '../../../src/domain/access';
import { LoginThrottle } from '../../../src/services/auth/throttle';
import type { ServiceContext } from '../../../src/services/context';
import { createApp } from '../../../src/web/app';
import type { AppEnv } from '../../../src/web/env';
import type { RouteModule } from '../../../src/web/routes/table';

export function appFor(ctx: ServiceContext, opts: { modules?: RouteModule[]; log?: (m: string) => void } = {}): Hono<AppEnv> {
  const logged: string[] = [];
  return createApp(
    {
      config: ctx.config,
      keys: ctx.keys,
      context: (actor: Actor) => ({ ...ctx, actor, inTransaction: false }),
      throttle: new LoginThrottle(),
      log: opts.log ?? ((m) => logged.push(m)),
    },
    { modules: opts.modules },
  );
}

export const BASE = 'http://localhost';

export class TestClient {
  readonly cookies = new Map<string, string>();
  lastHtml = '';
  /** Sent with every request, as a browser sends its user agent. */
  readonly defaultHeaders: Record<string, string> = {};

  constructor(readonly app: Hono<AppEnv>) {}

  private store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (value === '' || /max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return { ...this.defaultHeaders, ...(cookie ? { cookie } : {}), ...extra };
  }

  async get(path: string): Promise<Response> {
    const res = await this.app.request(`${BASE}${path}`, { headers: this.headers() });
    this.store(res);
    if ((res.headers.get('content-type') ?? '').includes('text/html')) this.lastHtml = await res.clone().text();
    return res;
  }

  csrf(): string {
    const m = /name="_csrf" value="([^"]+)"/.exec(this.lastHtml);
    if (!m) throw new Error('no CSRF token on the last page');
    return m[1]!;
  }

  /** Posts a form. The CSRF token comes from the last page fetched unless `csrf: false` or a string. */
  async post(path: string, fields: Record<string, string | string[]> = {}, opts: { csrf?: boolean | string } = {}): Promise<Response> {
    const body = new URLSearchParams();
    const token = opts.csrf === false ? null : typeof opts.csrf === 'string' ? opts.csrf : this.csrf();
    if (token !== null) body.append('_csrf', token);
    for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    const res = await this.app.request(`${BASE}${path}`, {
      method: 'POST',
      headers: this.headers({ 'content-type': 'application/x-www-form-urlencoded' }),
      body: body.toString(),
    });
    this.store(res);
    if ((res.headers.get('content-type') ?? '').includes('text/html')) this.lastHtml = await res.clone().text();
    return res;
  }

  /** Follows a redirect response with a GET, as a browser would. */
  async follow(res: Response): Promise<Response> {
    const to = res.headers.get('location');
    if (!to) throw new Error(`expected a redirect, got ${res.status}`);
    return this.get(to.startsWith('http') ? new URL(to).pathname + new URL(to).search : to);
  }
}
