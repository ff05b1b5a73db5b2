// Housekeeping: sessions past their idle or absolute limit carry no meaning, so they are deleted
// rather than kept. resolveSession already refuses (and deletes) an expired session it is shown;
// this sweeps the ones nobody presents again. The server schedules it (scheduleSessionPruning).
import { Cron } from 'croner';
import { lt, or } from 'drizzle-orm';
import { sessions } from '../../db/schema';
import { audit } from '../audit/emit';
import { withTransaction, type ServiceContext } from '../context';
import { SESSION_IDLE_MS } from './sessions';
import { authorize } from '../authorize';

/** Deletes every expired session; returns how many. Only the system actor (a job, the CLI) prunes. */
export async function pruneSessions(ctx: ServiceContext): Promise<number> {
  authorize(ctx, 'run:system');
  return withTransaction(ctx, async (tx) => {
    const now = tx.now();
    const idleSince = new Date(now.getTime() - SESSION_IDLE_MS);
    const gone = await tx.db
      .delete(sessions)
      .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)))
      .returning({ memberId: sessions.memberId });
    // A sweep that removed nothing changed nothing, and would only fill the trail.
    if (gone.length > 0) await audit(tx, { action: 'session.prune', entity: 'session', entityRef: null, details: { count: gone.length } });
    return gone.length;
  });
}

export const SESSION_PRUNE_SCHEDULE = '*/15 * * * *'; // every quarter of an hour

export interface ScheduledJob {
  stop(): void;
}

/**
 * Runs pruneSessions on a schedule in this process until stopped. Overlapping runs are skipped;
 * a failed run is reported through `onError` (with no confidential content: there is none here)
 * and the next one tries again.
 */
export function scheduleSessionPruning(
  ctx: ServiceContext,
  opts: { pattern?: string; onError?: (e: unknown) => void } = {},
): ScheduledJob {
  authorize(ctx, 'run:system');
  const job = new Cron(opts.pattern ?? SESSION_PRUNE_SCHEDULE, { protect: true, unref: true, name: 'prune-sessions' }, async () => {
    try {
      await pruneSessions(ctx);
    } catch (e) {
      opts.onError?.(e);
    }
  });
  return { stop: () => job.stop() };
}
