// Re-seals values written by the v1 envelope (bound to their column only) as v2 (bound to table,
// column and row), in place, in small batches. Runs at every start after the migrations (so also
// on `candor migrate`); once nothing is left in v1 it only looks and finds nothing. A v1 value that
// does not open (altered, or sealed with another master key) is left as it is: reading it reports
// the integrity error, as it would have before.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows } from '../db/connect';
import { isLegacySealed, seal, SealError, unseal } from '../privacy/envelope';
import { withTransaction, type ServiceContext } from './context';
import { authorize } from './authorize';
import { SEALED_BODY_TEMPLATES } from './mail/messages';
import { COMPOSED_TEMPLATE } from './mail/queue-mail';

interface SealedColumn {
  table: string;
  column: string;
  /** The column in SQL, holding the sealed text. */
  sealedSql: string;
  /** The row id as text, as the services bind it. */
  rowSql: string;
  /** Which rows hold a sealed value, where only some do (a constant of this file, never input). */
  onlySql?: string;
}

/** The rows of a sealed column that hold a sealed value, as SQL. */
export const sealedRows = (c: SealedColumn): SQL => sql.raw(c.onlySql ?? 'true');

const byId = (table: string, column: string): SealedColumn => ({ table, column, sealedSql: `${column}_sealed`, rowSql: 'id::text' });

/** Every sealed column of the schema (src/db/schema/), with the row id its values are bound to. */
export const SEALED_COLUMNS: readonly SealedColumn[] = [
  byId('members', 'totp'),
  byId('cases', 'narrative'),
  byId('cases', 'documents'),
  byId('cases', 'resolution'),
  byId('case_events', 'body'),
  byId('people', 'identity'),
  byId('people', 'flag_reason'),
  byId('people', 'ban_reason'),
  byId('people', 'guidance'),
  byId('case_studies', 'draft'),
  { table: 'recusals', column: 'details', sealedSql: 'details_sealed', rowSql: `case_id::text || ':' || member_id::text` },
  byId('access_requests', 'reason'),
  byId('attachments', 'filename'),
  byId('attachments', 'content'),
  byId('reconsiderations', 'details'),
  byId('unilateral_actions', 'details'),
  byId('decisions', 'summary'),
  byId('decision_consequences', 'terms'),
  byId('decision_votes', 'note'),
  byId('decision_consultations', 'feedback'),
  byId('publication_keys', 'private_key'),
  { table: 'reports', column: 'contact', sealedSql: 'contact_sealed', rowSql: 'case_id::text' },
  { table: 'reports', column: 'details', sealedSql: 'details_sealed', rowSql: 'case_id::text' },
  byId('community_submissions', 'body'),
  byId('outbox', 'to_address'),
  // A mail's body is sealed only for the templates that carry a credential or composed text.
  { table: 'outbox', column: 'body', sealedSql: 'body', rowSql: 'id::text', onlySql: `template in (${[COMPOSED_TEMPLATE, ...SEALED_BODY_TEMPLATES].map((t) => `'${t}'`).join(', ')})` },
  byId('outgoing_messages', 'recipients'),
  byId('outgoing_messages', 'content'),
  byId('outgoing_messages', 'text'),
  byId('board_decisions', 'review'),
  byId('board_decisions', 'reasons'),
  byId('board_reports', 'summary'),
  byId('information_requests', 'request'),
  byId('information_requests', 'answer'),
];

const BATCH = 100;

export interface SealUpgrade {
  upgraded: number;
  /** v1 values that did not open with the current master key; left untouched. */
  unopened: number;
}

async function upgradeColumn(ctx: ServiceContext, c: SealedColumn, out: SealUpgrade): Promise<void> {
  const table = sql.identifier(c.table);
  const sealedCol = sql.identifier(c.sealedSql);
  const rowId: SQL = sql.raw(c.rowSql); // a constant of this file, never input
  let after = '';
  for (;;) {
    const done = await withTransaction(ctx, async (tx) => {
      const rows = await queryRows<{ row: string; sealed: string }>(
        tx.db,
        sql`select ${rowId} as row, ${sealedCol} as sealed from ${table} where ${sealedRows(c)} and left(${sealedCol}, 3) = 'v1.' and ${rowId} > ${after} order by 1 limit ${BATCH}`,
      );
      for (const r of rows) {
        const binding = { table: c.table, column: c.column, row: r.row };
        let plain: string;
        try {
          plain = unseal(tx.keys.master, binding, r.sealed);
        } catch (e) {
          if (!(e instanceof SealError)) throw e;
          out.unopened += 1;
          continue;
        }
        // Only if unchanged since it was read, so a concurrent write is never overwritten.
        await tx.db.execute(sql`update ${table} set ${sealedCol} = ${seal(tx.keys.master, binding, plain)} where ${rowId} = ${r.row} and ${sealedCol} = ${r.sealed}`);
        out.upgraded += 1;
      }
      if (rows.length > 0) after = rows[rows.length - 1]!.row;
      return rows.length < BATCH;
    });
    if (done) return;
  }
}

/** Override reasons live inside the findings (jsonb) of a public text review; each is bound to `<review id>:<finding index>`. */
async function upgradeOverrides(ctx: ServiceContext, out: SealUpgrade): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const rows = await queryRows<{ id: string; findings: Array<Record<string, unknown>> }>(
      tx.db,
      sql`select id::text as id, findings from public_text_reviews where findings::text like '%"reasonSealed": "v1.%' or findings::text like '%"reasonSealed":"v1.%'`,
    );
    for (const r of rows) {
      let changed = false;
      const findings = r.findings.map((f, i) => {
        const o = f.override as { reasonSealed?: unknown } | undefined;
        if (!o || typeof o.reasonSealed !== 'string' || !isLegacySealed(o.reasonSealed)) return f;
        const binding = { table: 'public_text_reviews', column: 'override', row: `${r.id}:${i}` };
        try {
          const reasonSealed = seal(tx.keys.master, binding, unseal(tx.keys.master, binding, o.reasonSealed));
          changed = true;
          out.upgraded += 1;
          return { ...f, override: { ...o, reasonSealed } };
        } catch (e) {
          if (!(e instanceof SealError)) throw e;
          out.unopened += 1;
          return f;
        }
      });
      if (changed) await tx.db.execute(sql`update public_text_reviews set findings = ${JSON.stringify(findings)}::jsonb where id = ${r.id}::uuid`);
    }
  });
}

export async function upgradeSealedValues(ctx: ServiceContext): Promise<SealUpgrade> {
  authorize(ctx, 'run:system');
  const out: SealUpgrade = { upgraded: 0, unopened: 0 };
  for (const c of SEALED_COLUMNS) await upgradeColumn(ctx, c, out);
  await upgradeOverrides(ctx, out);
  return out;
}
