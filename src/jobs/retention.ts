// Daily: tells the chairs when retention items became due (src/services/retention). Idempotent
// (each item is announced once), so the catch-up run at start is safe.
import { Cron } from 'croner';
import type { ServiceContext } from '../services/context';
import { notifyRetentionDue } from '../services/retention';

export function scheduleRetentionNotices(context: () => ServiceContext, onError: (e: unknown) => void): Cron {
  const ctx = context();
  return new Cron('30 3 * * *', { timezone: ctx.config.organisation.timeZone, protect: true, name: 'retention' }, async () => {
    try {
      await notifyRetentionDue(context());
    } catch (e) {
      onError(e);
    }
  });
}

export async function runRetentionJob(ctx: ServiceContext): Promise<void> {
  await notifyRetentionDue(ctx);
}
