// The scheduler `candor serve` starts: the statistics-draft and retention-notice jobs on a daily
// schedule, plus one catch-up run of each at start. Starting it twice (a restart, or a second instance) drafts nothing new.
import { count } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { publications } from '../../../src/db/schema';
import { startScheduler } from '../../../src/jobs/scheduler';
import type { ServiceContext } from '../../../src/services/context';
import { freshContext } from '../../helpers/db';
import { buildSmallRegister } from './factory';

describe('scheduler', () => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = await freshContext({ now: () => new Date('2026-03-01T12:00:00Z') });
    await buildSmallRegister(ctx);
  });

  it('drafts the last ended half-year at start, once, schedules the daily run, and stops', async () => {
    const errors: unknown[] = [];
    const first = startScheduler({ context: () => ctx, onError: (e) => errors.push(e) });
    expect(await first.started).toMatchObject({ ran: true, period: '2025-H2', passes: true });
    expect(first.jobs.map((j) => j.getPattern())).toEqual(['0 3 * * *', '30 3 * * *', '15 * * * *']); // statistics drafts; retention notices; overdue votes to the board
    expect(first.jobs[0]!.nextRun()).not.toBeNull();
    await first.stop();
    expect(first.jobs.every((j) => j.isStopped())).toBe(true);

    const second = startScheduler({ context: () => ctx, onError: (e) => errors.push(e) });
    expect(await second.started).toEqual({ ran: false, reason: 'exists', period: '2025-H2' });
    await second.stop();
    const [{ n }] = (await ctx.db.select({ n: count() }).from(publications)) as [{ n: number }];
    expect(n).toBe(1);
    expect(errors).toEqual([]);
  });

  it('reports a failing run to onError instead of crashing the server', async () => {
    const errors: unknown[] = [];
    // A database that is down: every transaction fails.
    const broken: ServiceContext = { ...ctx, db: { ...ctx.db, transaction: () => Promise.reject(new Error('database unavailable')) } as unknown as ServiceContext['db'] };
    const s = startScheduler({ context: () => broken, onError: (e) => errors.push(e), catchUp: true });
    expect(await s.started).toBeNull();
    await s.stop();
    // Both catch-up runs (statistics draft, retention notices) report; neither throws.
    expect(errors).toHaveLength(2);
  });
});
