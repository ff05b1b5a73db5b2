// The mail worker of a running server: every few seconds it claims due messages from the outbox
// and hands them to the transport (SMTP, or files without SMTP). A failed send is recorded on the
// message with an exponential backoff and tried again, without end; nothing else is touched, so a
// mail failure never undoes or loses the event that caused it. Messages that keep failing show as
// stuck on the members page and in /healthz.
import type { Logger } from '../config/logger';
import type { ServiceContext } from '../services/context';
import { claimDueMail, DEFAULT_BACKOFF, failureReason, markMailFailed, markMailSent, type Backoff, type MailTransport } from '../services/mail';

export interface MailWorkerOptions {
  context: () => ServiceContext;
  transport: MailTransport;
  from: string;
  logger?: Logger;
  /** How often to look for due messages. */
  intervalMs?: number;
  backoff?: Backoff;
  /** How long a claimed message is left to this worker before another may try it. */
  leaseMs?: number;
  batch?: number;
}

export interface MailWorker {
  /** Sends what is due now; resolves with the number of messages sent. */
  runOnce(): Promise<number>;
  /** Looks for due messages now instead of at the next tick. */
  wake(): void;
  /** Stops the timer and waits for a send in progress, so the database can close after it. */
  stop(): Promise<void>;
}

export function startMailWorker(opts: MailWorkerOptions): MailWorker {
  const interval = opts.intervalMs ?? 5000;
  const backoff = opts.backoff ?? DEFAULT_BACKOFF;
  const leaseMs = opts.leaseMs ?? 10 * 60_000;
  let running: Promise<number> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  async function sendDue(): Promise<number> {
    const ctx = opts.context();
    let sent = 0;
    for (;;) {
      const due = await claimDueMail(ctx, { limit: opts.batch ?? 10, leaseMs });
      if (due.length === 0) return sent;
      for (const m of due) {
        try {
          await opts.transport.send({ id: m.id, from: opts.from, to: m.to, subject: m.subject, body: m.body });
          await markMailSent(ctx, m.id);
          sent++;
          opts.logger?.info({ outboxId: m.id, attempts: m.attempts }, 'mail sent');
        } catch (e) {
          const reason = failureReason(e);
          const retryAt = await markMailFailed(ctx, { id: m.id, attempts: m.attempts, reason, backoff });
          opts.logger?.warn({ outboxId: m.id, attempts: m.attempts, reason, retryAt: retryAt.toISOString() }, 'mail not sent; will retry');
        }
      }
      if (stopped) return sent;
    }
  }

  function runOnce(): Promise<number> {
    running ??= sendDue()
      .catch((e: unknown) => {
        opts.logger?.error({ err: e instanceof Error ? e : undefined }, 'mail worker failed; will retry');
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      void runOnce().finally(schedule);
    }, interval);
  }

  void runOnce().finally(schedule); // catch up at start
  return {
    runOnce,
    wake: () => void runOnce(),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
