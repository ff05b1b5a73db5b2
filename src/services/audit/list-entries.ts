// Browsing the audit trail (chair, vice-chair, board): filter by action, actor, case code name
// and date range, newest first, a page at a time. Reading the trail is itself audited.
// Convention for writers: an entry about a case puts the case code name in entityRef (entity
// 'case'), or in details.caseCode when the entity is something inside a case. Entries about a case
// the reader may not see (recused, excluded: the per-case rule for 'read:audit') are left out in the
// query, and so are entries about people named only in such cases.
import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, members, people } from '../../db/schema';
import { authorize } from '../authorize';
import { caseAccess } from '../cases/case-resource';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { peopleAccess } from '../people/people-access';
import { AUDIT_ACTIONS } from './actions';
import { audit } from './emit';

export const AUDIT_PAGE_SIZE = 50;

const optional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), s.optional());

export const auditFilterSchema = z.object({
  action: optional(z.enum(AUDIT_ACTIONS, { message: 'Choose an action from the list' })),
  actorId: optional(z.uuid({ message: 'Choose a member from the list' })),
  caseCode: optional(z.string().trim().max(100)),
  from: optional(z.iso.date({ message: 'Use a date like 2025-01-31' })),
  to: optional(z.iso.date({ message: 'Use a date like 2025-01-31' })),
  page: optional(z.coerce.number().int().min(1).max(100_000)).default(1),
});
export type AuditFilter = RawInput<typeof auditFilterSchema>;

export interface AuditEntryView {
  id: number;
  at: Date;
  actor: string;
  action: string;
  entity: string;
  entityRef: string | null;
  details: Record<string, string | number | boolean | null>;
}

export interface AuditPage {
  entries: AuditEntryView[];
  page: number;
  hasNext: boolean;
  actors: { id: string; displayName: string }[];
}

/** Entries the reader may see: none about a refused case, nor about a person named only in refused cases. */
async function visibleEntries(tx: ServiceContext): Promise<SQL> {
  const access = await caseAccess(tx, 'read:audit');
  if (access.refused.size === 0) return sql`true`; // then every person named in a case shows too
  const cases = [...access.refused.values()].map((c) => c.toLowerCase());
  const hiddenPeople = (await peopleAccess(tx, 'read:audit', undefined, access)).hidden;
  const hidden: SQL[] = [];
  if (cases.length > 0) {
    hidden.push(and(eq(auditLog.entity, 'case'), inArray(sql`lower(${auditLog.entityRef})`, cases))!);
    hidden.push(inArray(sql`lower(${auditLog.details}->>'caseCode')`, cases));
  }
  if (hiddenPeople.size > 0) {
    const codes = await tx.db.select({ codeName: people.codeName }).from(people).where(inArray(people.id, [...hiddenPeople]));
    hidden.push(and(eq(auditLog.entity, 'person'), inArray(auditLog.entityRef, codes.map((c) => c.codeName)))!);
  }
  // coalesce: a comparison with a missing entity_ref or caseCode is null, which must not hide the entry.
  return hidden.length === 0 ? sql`true` : sql`not coalesce(${or(...hidden)}, false)`;
}

export async function listAuditEntries(ctx: ServiceContext, raw: AuditFilter): Promise<AuditPage> {
  authorize(ctx, 'read:audit', {});
  const f = parseInput(auditFilterSchema, raw);
  const where: SQL[] = [];
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.actorId) where.push(eq(auditLog.actorId, f.actorId));
  if (f.caseCode) {
    const code = f.caseCode.toLowerCase();
    where.push(or(sql`lower(${auditLog.entityRef}) = ${code}`, sql`lower(${auditLog.details}->>'caseCode') = ${code}`)!);
  }
  if (f.from) where.push(gte(auditLog.at, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) where.push(lt(auditLog.at, new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000)));
  return withTransaction(ctx, async (tx) => {
    const rows = await tx.db
      .select({ entry: auditLog, name: members.displayName })
      .from(auditLog)
      .leftJoin(members, eq(members.id, auditLog.actorId))
      .where(and(...where, await visibleEntries(tx)))
      .orderBy(desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE + 1)
      .offset((f.page - 1) * AUDIT_PAGE_SIZE);
    const actors = await tx.db.select({ id: members.id, displayName: members.displayName }).from(members).orderBy(members.displayName);
    await audit(tx, {
      action: 'audit.read',
      entity: 'audit_log',
      details: { page: f.page, filtered: where.length > 0 },
    });
    return {
      entries: rows.slice(0, AUDIT_PAGE_SIZE).map(({ entry: e, name }) => ({
        id: e.id,
        at: e.at,
        actor: name ?? e.actorLabel,
        action: e.action,
        entity: e.entity,
        entityRef: e.entityRef,
        details: e.details,
      })),
      page: f.page,
      hasNext: rows.length > AUDIT_PAGE_SIZE,
      actors,
    };
  });
}
