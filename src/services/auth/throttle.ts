// Failed-login throttling, kept in memory so client addresses never reach the database. Keys are
// keyed hashes (HMAC) of the account email and of the client address, so even this process's
// memory holds no address in the clear. A restart forgets the counts; that is acceptable for a
// throttle whose job is to make guessing slow, not to keep records.
import { createHmac, randomBytes } from 'node:crypto';

export interface ThrottleLimits {
  perAccount: number;
  perClient: number;
  windowMs: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = { perAccount: 5, perClient: 20, windowMs: 15 * 60_000 };

interface Bucket {
  failures: number;
  windowStart: number;
}

export class LoginThrottle {
  private readonly buckets = new Map<string, Bucket>();
  private readonly secret = randomBytes(32);

  constructor(private readonly limits: ThrottleLimits = DEFAULT_LIMITS) {}

  private key(kind: 'account' | 'client', value: string): string {
    return createHmac('sha256', this.secret).update(`${kind}:${value.trim().toLowerCase()}`).digest('base64url');
  }

  private count(key: string, now: number): number {
    const b = this.buckets.get(key);
    if (!b || now - b.windowStart > this.limits.windowMs) return 0;
    return b.failures;
  }

  /** True when either the account or the client has failed too often recently. */
  isBlocked(account: string, client: string, now: number): boolean {
    return (
      this.count(this.key('account', account), now) >= this.limits.perAccount ||
      this.count(this.key('client', client), now) >= this.limits.perClient
    );
  }

  recordFailure(account: string, client: string, now: number): void {
    for (const k of [this.key('account', account), this.key('client', client)]) {
      const b = this.buckets.get(k);
      if (!b || now - b.windowStart > this.limits.windowMs) this.buckets.set(k, { failures: 1, windowStart: now });
      else b.failures += 1;
    }
    if (this.buckets.size > 10_000) this.prune(now);
  }

  /** A successful login clears the account's count (not the client's: one good account must not unlock guessing others). */
  recordSuccess(account: string): void {
    this.buckets.delete(this.key('account', account));
  }

  private prune(now: number): void {
    for (const [k, b] of this.buckets) if (now - b.windowStart > this.limits.windowMs) this.buckets.delete(k);
  }
}
