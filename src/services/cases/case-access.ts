// Opening one case for a verb: find it, build what can() needs, and check the permission on it.
// A case that does not exist and a case the actor may not see fail the same way (not found),
// so nobody learns that a case exists by guessing its id.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { cases } from '../../db/schema';
import type { Permission, Resource } from '../../domain/permissions';
import { notFound } from '../../errors';
import { authorize } from '../authorize';
import type { ServiceContext } from '../context';
import { loadCaseResource } from './case-resource';

export type CaseRow = typeof cases.$inferSelect;

const uuid = z.uuid();

export function isUuid(s: unknown): s is string {
  return uuid.safeParse(s).success;
}

export async function findCaseRow(ctx: ServiceContext, caseId: string): Promise<CaseRow | null> {
  if (!isUuid(caseId)) return null;
  const [row] = await ctx.db.select().from(cases).where(eq(cases.id, caseId));
  return row ?? null;
}

/** Loads the case and checks `permission` on it; call inside the verb's transaction. */
export async function openCase(
  ctx: ServiceContext,
  caseId: string,
  permission: Permission,
): Promise<{ row: CaseRow; resource: Resource }> {
  const row = await findCaseRow(ctx, caseId);
  if (!row) throw notFound();
  const resource = await loadCaseResource(ctx, row.id);
  authorize(ctx, permission, resource);
  return { row, resource };
}
