// What GET /healthz answers a process manager or a load balancer: is this instance fit to serve?
// Each check says only "ok" or "failing" — no counts, versions, names or errors, since anyone may
// ask. A failure's cause goes to the operator's log, not to the answer.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows } from '../../db/connect';
import { sourceFile } from '../../source-file';
import type { ServiceContext } from '../context';
import { countOutbox } from '../mail';
import { parseInput } from '../parse-input';

export type CheckResult = 'ok' | 'failing';

export interface Health {
  status: CheckResult;
  checks: Record<string, CheckResult>;
}

/** The newest migration this build knows (drizzle records each applied one by its timestamp). */
function newestMigrationMillis(): number {
  const journal = JSON.parse(readFileSync(sourceFile('db/migrations/meta/_journal.json'), 'utf8')) as { entries: { when: number }[] };
  return Math.max(...journal.entries.map((e) => e.when));
}

type Check = (ctx: ServiceContext) => Promise<boolean>;

const CHECKS: Record<string, Check> = {
  database: async (ctx) => (await queryRows<{ one: number }>(ctx.db, sql`select 1 as one`)).length === 1,
  migrations: async (ctx) => {
    const [r] = await queryRows<{ newest: string | number | null }>(ctx.db, sql`select max(created_at) as newest from drizzle.__drizzle_migrations`);
    return Number(r?.newest ?? 0) >= newestMigrationMillis();
  },
  // Unsent messages that keep failing or that no worker has picked up (src/services/mail/mail-status.ts).
  mail: async (ctx) => (await countOutbox(ctx)).stuck === 0,
  // lastBackup: add the backup check here once `candor backup` exists (issue 17): failing when the
  // newest backup is older than the configured age. Until then the answer has no backup field.
};

export const checkHealthSchema = z.object({ timeoutMs: z.number().int().positive().default(5000) });

export async function checkHealth(ctx: ServiceContext, input: z.input<typeof checkHealthSchema>, onFailure?: (check: string, e: unknown) => void): Promise<Health> {
  // Access: anyone (a process manager has no account); the answer holds no data.
  const { timeoutMs } = parseInput(checkHealthSchema, input);
  const checks: Record<string, CheckResult> = {};
  let dbOk = true;
  for (const [name, check] of Object.entries(CHECKS)) {
    if (!dbOk) {
      checks[name] = 'failing'; // every other check needs the database
      continue;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const ok = await Promise.race([
        check(ctx),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
        }),
      ]);
      checks[name] = ok ? 'ok' : 'failing';
      if (!ok) onFailure?.(name, null);
    } catch (e) {
      checks[name] = 'failing';
      onFailure?.(name, e);
    } finally {
      clearTimeout(timer);
    }
    if (name === 'database' && checks[name] !== 'ok') dbOk = false;
  }
  return { status: Object.values(checks).every((c) => c === 'ok') ? 'ok' : 'failing', checks };
}
