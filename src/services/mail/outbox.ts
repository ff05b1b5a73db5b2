// The outbox's bookkeeping for the mail worker (src/jobs/mail-worker.ts): claim due messages
// under a lease, then mark each sent or failed. A claim bumps `send_after` by the lease, so a
// worker that dies mid-send leaves the message to be retried after the lease (at-least-once), and
// `skip locked` keeps two server processes on one PostgreSQL from claiming the same message.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect';
import { outbox } from '../../db/schema';
import { unseal } from '../../privacy/envelope';
import { withTransaction, type ServiceContext } from '../context';
import { authorize } from '../authorize';
import { SEALED_BODY_TEMPLATES } from './messages';
import { COMPOSED_TEMPLATE, sealedBodyBinding } from './queue-mail';

export interface ClaimedMail {
  id: string;
  to: string;
  subject: string;
  body: string;
  /** Tries so far, this one included. */
  attempts: number;
}

export interface Backoff {
  /** Wait after the first failure; doubles after each further one. */
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 30_000, maxMs: 60 * 60_000 };

/** Wait before the next try after `attempts` failed tries: base, 2×base, 4×base … up to max. */
export function backoffDelay(attempts: number, b: Backoff = DEFAULT_BACKOFF): number {
  return Math.min(b.maxMs, b.baseMs * 2 ** Math.max(0, Math.min(30, attempts - 1)));
}

export async function claimDueMail(ctx: ServiceContext, opts: { limit: number; leaseMs: number }): Promise<ClaimedMail[]> {
  authorize(ctx, 'run:system');
  const now = ctx.now();
  const rows = await withTransaction(ctx, (tx) =>
    queryRows<{ id: string; template: string; to_address_sealed: string; subject: string; body: string; attempts: number }>(
      tx.db,
      sql`update outbox set send_after = ${new Date(now.getTime() + opts.leaseMs).toISOString()}::timestamptz, attempts = attempts + 1
          where id in (select id from outbox where sent_at is null and send_after <= ${now.toISOString()}::timestamptz
                       order by send_after limit ${opts.limit} for update skip locked)
          returning id, template, to_address_sealed, subject, body, attempts`,
    ),
  );
  return rows.map((r) => ({
    id: r.id,
    to: unseal(ctx.keys.master, { table: 'outbox', column: 'to_address', row: r.id }, r.to_address_sealed),
    subject: r.subject,
    // A composed message's body, and one whose link opens a report, are sealed like the address.
    body: r.template === COMPOSED_TEMPLATE || SEALED_BODY_TEMPLATES.has(r.template) ? unseal(ctx.keys.master, sealedBodyBinding(r.id), r.body) : r.body,
    attempts: Number(r.attempts),
  }));
}

export async function markMailSent(ctx: ServiceContext, id: string): Promise<void> {
  authorize(ctx, 'run:system');
  await ctx.db.update(outbox).set({ sentAt: ctx.now(), lastError: null }).where(and(eq(outbox.id, id), isNull(outbox.sentAt)));
}

export async function markMailFailed(ctx: ServiceContext, input: { id: string; attempts: number; reason: string; backoff?: Backoff }): Promise<Date> {
  authorize(ctx, 'run:system');
  const retryAt = new Date(ctx.now().getTime() + backoffDelay(input.attempts, input.backoff));
  await ctx.db.update(outbox).set({ lastError: input.reason.slice(0, 200), sendAfter: retryAt }).where(and(eq(outbox.id, input.id), isNull(outbox.sentAt)));
  return retryAt;
}
