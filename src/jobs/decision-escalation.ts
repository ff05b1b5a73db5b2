// Every hour, proposals whose voting time has passed without consensus or two thirds go to the
// board (decision 034). Idempotent: a settled proposal is no longer "proposed".
import { Cron } from 'croner';
import type { ServiceContext } from '../services/context';
import { escalateOverdueDecisions } from '../services/decisions';

/** Starts the hourly schedule. `context` opens a system context. */
export function scheduleDecisionEscalation(context: () => ServiceContext, onError: (e: unknown) => void): Cron {
  const ctx = context();
  return new Cron('15 * * * *', { timezone: ctx.config.organisation.timeZone, protect: true, name: 'decision-escalation' }, async () => {
    try {
      await escalateOverdueDecisions(context());
    } catch (e) {
      onError(e);
    }
  });
}
