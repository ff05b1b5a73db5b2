// The per-case access rule, read from the database in the caller's transaction: what can() needs to
// know about a case, and — in one batch — which cases an actor may reach with a permission. Every
// read of case-linked data (a case, its people, the people of the identity key, audit entries,
// access requests) asks here, so a recused or excluded member is refused everywhere the same way.
import { and, eq, gt, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { accessRequests, caseShares, caseSpaces, cases, recusals } from '../../db/schema';
import { can, type Permission, type Resource } from '../../domain/permissions';
import type { ServiceContext } from '../context';

/** Resources of the given cases (every case when `caseIds` is omitted), keyed by case id. */
export async function loadCaseResources(ctx: ServiceContext, caseIds?: readonly string[]): Promise<Map<string, Resource>> {
  const out = new Map<string, Resource>();
  const ids = caseIds ? [...new Set(caseIds)] : (await ctx.db.select({ id: cases.id }).from(cases)).map((c) => c.id);
  if (ids.length === 0) return out;
  // Every case: no id list to send (thousands of parameters cost more than the rows they filter).
  const of = (column: AnyPgColumn) => (caseIds ? inArray(column, ids) : undefined);
  const [recused, shares, spaceRows, grants] = await Promise.all([
    ctx.db.select({ caseId: recusals.caseId, memberId: recusals.memberId, reason: recusals.reason }).from(recusals).where(of(recusals.caseId)),
    ctx.db.select({ caseId: caseShares.caseId, memberId: caseShares.memberId }).from(caseShares).where(of(caseShares.caseId)),
    ctx.db.select({ caseId: caseSpaces.caseId, spaceId: caseSpaces.spaceId }).from(caseSpaces).where(of(caseSpaces.caseId)),
    ctx.db
      .select({ caseId: accessRequests.caseId, memberId: accessRequests.memberId })
      .from(accessRequests)
      .where(and(of(accessRequests.caseId), eq(accessRequests.status, 'granted'), gt(accessRequests.expiresAt, ctx.now()))),
  ]);
  const byCase = <T extends { caseId: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.caseId, [...(m.get(r.caseId) ?? []), r]);
    return (id: string) => m.get(id) ?? [];
  };
  const [recusedOf, sharesOf, spacesOf, grantsOf] = [byCase(recused), byCase(shares), byCase(spaceRows), byCase(grants)];
  for (const id of ids) {
    const rs = recusedOf(id);
    out.set(id, {
      kind: 'case',
      caseId: id,
      recusedMemberIds: rs.filter((r) => r.reason !== 'excluded').map((r) => r.memberId),
      // The chair marks members named in a case as excluded: they are parties, not just conflicted.
      namesMemberIds: rs.filter((r) => r.reason === 'excluded').map((r) => r.memberId),
      sharedWithMemberIds: sharesOf(id).map((s) => s.memberId),
      spaceIds: spacesOf(id).map((s) => s.spaceId),
      accessGrantedMemberIds: grantsOf(id).map((g) => g.memberId),
    });
  }
  return out;
}

export async function loadCaseResource(ctx: ServiceContext, caseId: string): Promise<Resource> {
  return (await loadCaseResources(ctx, [caseId])).get(caseId) ?? { kind: 'case' };
}

export interface CaseAccess {
  /** Case ids the actor may reach with the permission. */
  allowed: Set<string>;
  /** Case ids (and code names, which audit entries refer to) the actor may not reach. */
  refused: Map<string, string>;
  /** A SQL condition on a column holding a case id: true only for cases the actor may reach. */
  allows(column: AnyPgColumn): SQL;
}

/**
 * Which cases (of `caseIds`, or all) may the actor reach with `permission`? The answer is the
 * same can() every verb asks, applied case by case, plus a SQL condition so lists filter in the
 * query (a page of fifty stays fifty) rather than after it.
 */
export async function caseAccess(ctx: ServiceContext, permission: Permission, caseIds?: readonly string[]): Promise<CaseAccess> {
  const resources = await loadCaseResources(ctx, caseIds);
  const codes = resources.size === 0 ? [] : await ctx.db.select({ id: cases.id, codeName: cases.codeName }).from(cases).where(caseIds ? inArray(cases.id, [...resources.keys()]) : undefined);
  const allowed = new Set<string>();
  const refused = new Map<string, string>();
  for (const { id, codeName } of codes) {
    if (!resources.has(id)) continue; // a case recorded since the resources were read
    if (can(ctx.actor, permission, resources.get(id))) allowed.add(id);
    else refused.set(id, codeName);
  }
  return {
    allowed,
    refused,
    // Asked about some cases: only those allowed pass. Asked about all: whichever list is shorter
    // (a member is refused a few cases, the board all but a few).
    allows: (column) =>
      caseIds || allowed.size < refused.size ? inArray(column, [...allowed]) : refused.size === 0 ? sql`true` : notInArray(column, [...refused.keys()]),
  };
}
