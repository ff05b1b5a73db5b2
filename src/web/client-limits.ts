// Per-client limits on the reporter's routes, kept only in this process's memory. A client is
// known by a keyed hash (HMAC with a per-process secret) of its address: no address is stored,
// logged or even kept in the clear here, and a restart forgets everything.
import { createHmac, randomBytes } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './env';

export interface WindowLimit {
  max: number;
  windowMs: number;
}

export class ClientLimiter {
  private readonly secret = randomBytes(32);
  private readonly hits = new Map<string, number[]>();

  constructor(readonly limit: WindowLimit) {}

  private keyOf(client: string): string {
    return createHmac('sha256', this.secret).update(client).digest('base64url');
  }

  /** True when the client may go ahead; does not count the attempt. */
  allows(client: string, now = Date.now()): boolean {
    const key = this.keyOf(client);
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.limit.windowMs);
    if (recent.length === 0) this.hits.delete(key);
    else this.hits.set(key, recent);
    return recent.length < this.limit.max;
  }

  count(client: string, now = Date.now()): void {
    const key = this.keyOf(client);
    this.hits.set(key, [...(this.hits.get(key) ?? []).filter((t) => now - t < this.limit.windowMs), now]);
    if (this.hits.size > 100_000) this.hits.clear(); // a flood of distinct clients must not grow memory without end
  }
}

export function clientOf(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not behind @hono/node-server (tests call app.request directly)
  }
}


/** One limiter per app and purpose (tests build many apps; each starts with clean counts). */
const limiters = new WeakMap<object, Map<string, ClientLimiter>>();
export function limiterFor(c: Context<AppEnv>, purpose: string, limit: WindowLimit): ClientLimiter {
  const deps = c.var.deps;
  let byPurpose = limiters.get(deps);
  if (!byPurpose) limiters.set(deps, (byPurpose = new Map()));
  let l = byPurpose.get(purpose);
  if (!l) byPurpose.set(purpose, (l = new ClientLimiter(limit)));
  return l;
}
