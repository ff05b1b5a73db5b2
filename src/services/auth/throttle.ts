// Failed-login throttling with exponential backoff, per account and per client, kept in memory.
//
// Why backoff and not a lockout: a lockout after N failures lets anyone lock a member out by
// typing their email N times. Here each account and each client gets a few free failures; after
// that every further failure doubles the wait before the next attempt is even looked at, up to a
// cap. The account's cap is short (a member under attack waits a minute at most; the password
// and the mandatory TOTP code still have to be guessed together), the client's cap is long (one
// address guessing many accounts is slowed to a crawl). A throttled attempt is refused before
// any password is hashed and does not itself count, so hammering does not extend the wait.
//
// Why in memory: client addresses are personal data, and the throttle needs them only for
// minutes, so they never reach the database. Keys are keyed hashes (HMAC with a per-process
// secret) of the account email and of the client address, so even this process's memory holds
// no address in the clear. A restart forgets the counts; that gives an attacker a few more free
// guesses per restart, which is acceptable for a throttle whose job is to make guessing slow.
// (With several server processes each keeps its own counts; the policy holds per process.)
import { createHmac, randomBytes } from 'node:crypto';

export interface BackoffPolicy {
  /** Failures allowed before any wait is imposed. */
  free: number;
  /** The first wait, doubled by every further failure. */
  baseMs: number;
  /** The longest wait. */
  maxMs: number;
}

export interface ThrottleLimits {
  account: BackoffPolicy;
  client: BackoffPolicy;
  /** A bucket with no failure for this long is forgotten. */
  forgetAfterMs: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = {
  account: { free: 5, baseMs: 2_000, maxMs: 60_000 },
  client: { free: 10, baseMs: 1_000, maxMs: 15 * 60_000 },
  forgetAfterMs: 60 * 60_000,
};

interface Bucket {
  failures: number;
  lastFailure: number;
}

export interface ThrottleCheck {
  blocked: boolean;
  /** How long until the next attempt is looked at (0 when not blocked). */
  retryAfterMs: number;
}

export interface FailureRecorded {
  /** Failures of the account in the current run (forgotten after forgetAfterMs without one). */
  accountFailures: number;
  /** True for the failure that starts the account's backoff: the moment to warn the member. */
  accountThrottleStarted: boolean;
}

/** The wait after `failures` failures under `p`: none while free, then base × 2ⁿ up to the cap. */
export function backoffMs(p: BackoffPolicy, failures: number): number {
  if (failures < p.free) return 0;
  return Math.min(p.maxMs, p.baseMs * 2 ** Math.min(failures - p.free, 30));
}

export class LoginThrottle {
  private readonly buckets = new Map<string, Bucket>();
  private readonly secret = randomBytes(32);

  constructor(readonly limits: ThrottleLimits = DEFAULT_LIMITS) {}

  private key(kind: 'account' | 'client', value: string): string {
    return createHmac('sha256', this.secret).update(`${kind}:${value.trim().toLowerCase()}`).digest('base64url');
  }

  private bucket(key: string, now: number): Bucket | undefined {
    const b = this.buckets.get(key);
    if (b && now - b.lastFailure > this.limits.forgetAfterMs) {
      this.buckets.delete(key);
      return undefined;
    }
    return b;
  }

  private waitLeft(key: string, p: BackoffPolicy, now: number): number {
    const b = this.bucket(key, now);
    if (!b) return 0;
    return Math.max(0, b.lastFailure + backoffMs(p, b.failures) - now);
  }

  /** Whether an attempt for this account from this client may be looked at now. */
  check(account: string, client: string, now: number): ThrottleCheck {
    const wait = Math.max(
      this.waitLeft(this.key('account', account), this.limits.account, now),
      this.waitLeft(this.key('client', client), this.limits.client, now),
    );
    return { blocked: wait > 0, retryAfterMs: wait };
  }

  recordFailure(account: string, client: string, now: number): FailureRecorded {
    const counts: number[] = [];
    for (const k of [this.key('account', account), this.key('client', client)]) {
      const b = this.bucket(k, now);
      if (b) {
        b.failures += 1;
        b.lastFailure = now;
        counts.push(b.failures);
      } else {
        this.buckets.set(k, { failures: 1, lastFailure: now });
        counts.push(1);
      }
    }
    if (this.buckets.size > 10_000) this.prune(now);
    const accountFailures = counts[0]!;
    return { accountFailures, accountThrottleStarted: accountFailures === this.limits.account.free };
  }

  /** A successful login clears the account's count (not the client's: one good account must not unlock guessing others). */
  recordSuccess(account: string): void {
    this.buckets.delete(this.key('account', account));
  }

  private prune(now: number): void {
    for (const [k, b] of this.buckets) if (now - b.lastFailure > this.limits.forgetAfterMs) this.buckets.delete(k);
  }
}
