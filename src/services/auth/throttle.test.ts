import { describe, expect, it } from 'vitest';
import { backoffMs, LoginThrottle } from './throttle';

describe('backoffMs', () => {
  it('is free for the first failures, then doubles up to the cap', () => {
    const p = { free: 3, baseMs: 1_000, maxMs: 5_000 };
    expect([0, 1, 2, 3, 4, 5, 6, 1000].map((n) => backoffMs(p, n))).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 5_000, 5_000]);
  });
});

describe('LoginThrottle', () => {
  const limits = { account: { free: 2, baseMs: 1_000, maxMs: 8_000 }, client: { free: 3, baseMs: 10_000, maxMs: 60_000 }, forgetAfterMs: 100_000 };

  it('slows an account and a client separately, and forgets after a quiet period', () => {
    const t = new LoginThrottle(limits);
    t.recordFailure('a@x.org', 'c1', 0);
    expect(t.check('a@x.org', 'c2', 0).blocked).toBe(false);
    expect(t.recordFailure('A@X.org ', 'c1', 0)).toEqual({ accountFailures: 2, accountThrottleStarted: true });
    expect(t.check('a@x.org', 'c2', 500)).toEqual({ blocked: true, retryAfterMs: 500 });
    expect(t.check('b@x.org', 'c2', 500).blocked).toBe(false);
    t.recordFailure('b@x.org', 'c1', 500);
    expect(t.check('c@x.org', 'c1', 600)).toEqual({ blocked: true, retryAfterMs: 9_900 }); // the client's own backoff
    expect(t.check('a@x.org', 'c2', 200_000).blocked).toBe(false);
    expect(t.recordFailure('a@x.org', 'c2', 200_000).accountFailures).toBe(1);
  });

  it('a success clears the account but not the client', () => {
    const t = new LoginThrottle(limits);
    for (const a of ['a@x.org', 'a@x.org', 'b@x.org']) t.recordFailure(a, 'c1', 0);
    t.recordSuccess('a@x.org');
    expect(t.check('a@x.org', 'c2', 0).blocked).toBe(false);
    expect(t.check('a@x.org', 'c1', 0).blocked).toBe(true);
  });
});
