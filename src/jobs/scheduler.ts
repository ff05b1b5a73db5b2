// The scheduled work of a running server: started with `candor serve`, stopped before the
// database closes. Every job is idempotent per period, so a catch-up run at start (a server
// started after the nightly tick, or down during it) is always safe.
import type { Cron } from 'croner';
import type { ServiceContext } from '../services/context';
import { runRetentionJob, scheduleRetentionNotices } from './retention';
import { scheduleDecisionEscalation } from './decision-escalation';
import { runStatisticsDraftJob, scheduleStatisticsDrafts, type JobOutcome } from './statistics-draft';

export interface Scheduler {
  /** The catch-up run started with the scheduler (resolves when it ends, errors reported to onError). */
  readonly started: Promise<JobOutcome | null>;
  readonly jobs: readonly Cron[];
  /** Stops every schedule and waits for the catch-up run, so the database can close after it. */
  stop(): Promise<void>;
}

export function startScheduler(args: { context: () => ServiceContext; onError: (e: unknown) => void; catchUp?: boolean }): Scheduler {
  const jobs = [scheduleStatisticsDrafts(args.context, args.onError), scheduleRetentionNotices(args.context, args.onError), scheduleDecisionEscalation(args.context, args.onError)];
  const started: Promise<JobOutcome | null> =
    args.catchUp === false
      ? Promise.resolve(null)
      : runStatisticsDraftJob(args.context())
          .catch((e: unknown) => {
            args.onError(e);
            return null;
          })
          .then(async (outcome) => {
            await runRetentionJob(args.context()).catch((e: unknown) => args.onError(e));
            return outcome;
          });
  return {
    started,
    jobs,
    async stop() {
      for (const j of jobs) j.stop();
      await started;
    },
  };
}
