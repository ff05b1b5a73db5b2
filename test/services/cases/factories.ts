// Test data for the case register: members of each role as actors, cases, spaces. No fixed ids.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { auditLog, members, spaces } from '../../../src/db/schema';
import type { MemberActor, MemberRole } from '../../../src/domain/access';
import { createCase } from '../../../src/services/cases/create-case';
import { withActor, type ServiceContext } from '../../../src/services/context';

export async function buildMember(
  ctx: ServiceContext,
  overrides: Partial<Omit<MemberActor, 'kind' | 'id'>> & { role?: MemberRole } = {},
): Promise<MemberActor> {
  const role = overrides.role ?? 'member';
  const displayName = overrides.displayName ?? `${role} ${randomUUID().slice(0, 6)}`;
  const [row] = await ctx.db
    .insert(members)
    .values({ displayName, email: `${randomUUID()}@example.org`, role, identityKeyAccess: overrides.identityKeyAccess ?? false, conflictsDeclaredAt: new Date() })
    .returning({ id: members.id });
  return {
    kind: 'member',
    id: row!.id,
    displayName,
    role,
    identityKeyAccess: overrides.identityKeyAccess ?? false,
    conflictsDeclared: overrides.conflictsDeclared ?? true,
    spaceIds: overrides.spaceIds ?? [],
  };
}

export async function buildSpace(ctx: ServiceContext, name = `Space ${randomUUID().slice(0, 4)}`): Promise<string> {
  const [row] = await ctx.db
    .insert(spaces)
    .values({ slug: `s-${randomUUID().slice(0, 8)}`, name, kind: 'online', groupName: 'Online' })
    .returning({ id: spaces.id });
  return row!.id;
}

export async function buildCase(
  ctx: ServiceContext,
  actor: MemberActor,
  overrides: Partial<Parameters<typeof createCase>[1]> = {},
): Promise<{ id: string; codeName: string }> {
  return createCase(withActor(ctx, actor), { receivedOn: '2025-03-10', ...overrides });
}

export async function auditEntries(ctx: ServiceContext, action: string, entityRef?: string) {
  return ctx.db
    .select()
    .from(auditLog)
    .where(entityRef ? and(eq(auditLog.action, action), eq(auditLog.entityRef, entityRef)) : eq(auditLog.action, action));
}

export const as = withActor;
