// The register's tables as the database knows them, for backup and restore: every table of the
// public schema (the migration journal lives in its own schema), and the schema's version.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connect';

export async function registerTables(db: Db): Promise<string[]> {
  const rows = await queryRows<{ tablename: string }>(db, sql`select tablename from pg_tables where schemaname = 'public' order by tablename`);
  return rows.map((r) => r.tablename);
}

/** The last migration applied: drizzle's journal timestamp, the same on PGlite and PostgreSQL. */
export async function schemaVersion(db: Db): Promise<number> {
  const rows = await queryRows<{ v: string | number | null }>(db, sql`select max(created_at) as v from drizzle.__drizzle_migrations`);
  return Number(rows[0]?.v ?? 0);
}

export async function rowCount(db: Db, table: string): Promise<number> {
  const rows = await queryRows<{ n: string | number }>(db, sql`select count(*) as n from ${sql.identifier(table)}`);
  return Number(rows[0]!.n);
}

/**
 * Tables ordered so that each comes after the tables its foreign keys point to. A table pointing at
 * itself needs no order: PostgreSQL checks those keys at the end of the one insert statement.
 */
export async function tablesInDependencyOrder(db: Db, tables: string[]): Promise<string[]> {
  const edges = await queryRows<{ child: string; parent: string }>(
    db,
    sql`select c.relname as child, p.relname as parent from pg_constraint k
        join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public'`,
  );
  const needs = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) if (e.child !== e.parent) needs.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const next = tables.filter((t) => !placed.has(t) && [...needs.get(t)!].every((p) => placed.has(p) || !needs.has(p)));
    if (next.length === 0) throw new Error('the register has a cycle of foreign keys between tables; restore cannot order them');
    for (const t of next) {
      ordered.push(t);
      placed.add(t);
    }
  }
  return ordered;
}
