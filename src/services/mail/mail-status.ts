// What the admin page and /healthz say about the outbox. A message is stuck when it is unsent and
// has failed STUCK_AFTER_ATTEMPTS times, or has waited past its time for OVERDUE_MS (no worker is
// sending: the server is down or the worker failed). Neither shows an address.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows } from '../../db/connect';
import { authorize } from '../authorize';
import type { ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { MAIL_TEMPLATES, type MailTemplate } from './messages';

export const STUCK_AFTER_ATTEMPTS = 5;
export const OVERDUE_MS = 15 * 60_000;

const stuckWhere = (now: Date) =>
  sql`sent_at is null and (attempts >= ${STUCK_AFTER_ATTEMPTS} or send_after < ${new Date(now.getTime() - OVERDUE_MS).toISOString()}::timestamptz)`;

export interface OutboxCounts {
  queued: number;
  stuck: number;
}

/** Counts only; for /healthz, which anyone may ask. */
export async function countOutbox(ctx: ServiceContext): Promise<OutboxCounts> {
  const [r] = await queryRows<{ queued: number; stuck: number }>(
    ctx.db,
    sql`select count(*) filter (where sent_at is null)::int as queued, count(*) filter (where ${stuckWhere(ctx.now())})::int as stuck from outbox`,
  );
  return { queued: Number(r?.queued ?? 0), stuck: Number(r?.stuck ?? 0) };
}

export interface StuckMail {
  id: string;
  template: MailTemplate | 'unknown';
  createdAt: Date;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
}

export interface MailStatus extends OutboxCounts {
  sentLastDay: number;
  stuckMessages: StuckMail[];
}

export const getMailStatusSchema = z.object({ limit: z.number().int().min(1).max(500).default(50) });

export async function getMailStatus(ctx: ServiceContext, input: z.input<typeof getMailStatusSchema>): Promise<MailStatus> {
  authorize(ctx, 'manage:member', {});
  const data = parseInput(getMailStatusSchema, input);
  const now = ctx.now();
  const counts = await countOutbox(ctx);
  const [sent] = await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from outbox where sent_at > ${new Date(now.getTime() - 86_400_000).toISOString()}::timestamptz`);
  const rows = await queryRows<{ id: string; template: string; created_at: string | Date; attempts: number; last_error: string | null; send_after: string | Date }>(
    ctx.db,
    sql`select id, template, created_at, attempts, last_error, send_after from outbox where ${stuckWhere(now)} order by created_at limit ${data.limit}`,
  );
  return {
    ...counts,
    sentLastDay: Number(sent?.n ?? 0),
    stuckMessages: rows.map((r) => ({
      id: r.id,
      template: (MAIL_TEMPLATES as readonly string[]).includes(r.template) ? (r.template as MailTemplate) : 'unknown',
      createdAt: new Date(r.created_at),
      attempts: Number(r.attempts),
      lastError: r.last_error,
      nextAttemptAt: new Date(r.send_after),
    })),
  };
}
