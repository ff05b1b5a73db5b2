// After each half-year ends, prepare its statistics draft for the chair. Runs daily; idempotent
// (nothing happens once the period has a draft or a release); when several instances run, a
// Postgres advisory lock lets only one of them work.
import { Cron } from 'croner';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/connect';
import { formatPeriod, lastEndedHalfYear, localDate } from '../domain/periods';
import { withTransaction, type ServiceContext } from '../services/context';
import { draftStatisticsRelease } from '../services/publications/draft-statistics-release';
import { versionsOf } from '../services/publications/store';

const JOB_LOCK_KEY = 424250;

export type JobOutcome = { ran: false; reason: 'locked' | 'exists'; period: string } | { ran: true; period: string; passes: boolean };

export async function runStatisticsDraftJob(ctx: ServiceContext): Promise<JobOutcome> {
  const period = formatPeriod(lastEndedHalfYear(localDate(ctx.now(), ctx.config.organisation.timeZone)));
  return withTransaction(ctx, async (tx) => {
    const [row] = await queryRows<{ locked: boolean }>(tx.db, sql`select pg_try_advisory_xact_lock(${JOB_LOCK_KEY}) as locked`);
    const locked = row?.locked === true;
    if (!locked) return { ran: false, reason: 'locked', period };
    if ((await versionsOf(tx, 'stats', period)).length > 0) return { ran: false, reason: 'exists', period };
    const draft = await draftStatisticsRelease(tx, { period });
    return { ran: true, period, passes: draft.passes };
  });
}

/** Starts the daily schedule (03:00 in the organisation's time zone). `context` opens a system context. */
export function scheduleStatisticsDrafts(context: () => ServiceContext, onError: (e: unknown) => void): Cron {
  const ctx = context();
  return new Cron('0 3 * * *', { timezone: ctx.config.organisation.timeZone, protect: true, name: 'statistics-draft' }, async () => {
    try {
      await runStatisticsDraftJob(context());
    } catch (e) {
      onError(e);
    }
  });
}
