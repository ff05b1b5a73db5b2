// Factories for accounts: members inserted directly (no invite round-trip), with a known password
// and TOTP secret so tests can sign in through the real login verb or the web form.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { members, memberSpaces, organisation } from '../../src/db/schema';
import type { MemberActor, MemberRole } from '../../src/domain/access';
import { seal } from '../../src/privacy/envelope';
import { loadMemberActor } from '../../src/services/auth/load-actor';
import { hashPassword } from '../../src/services/auth/passwords';
import { createSession } from '../../src/services/auth/sessions';
import { newTotpSecret } from '../../src/services/auth/totp';
import { withTransaction, type ServiceContext } from '../../src/services/context';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;
let counter = 0;

export interface BuiltMember {
  id: string;
  email: string;
  password: string;
  totpSecret: string;
  actor: MemberActor;
}

export interface MemberOverrides {
  role?: MemberRole;
  displayName?: string;
  email?: string;
  identityKeyAccess?: boolean;
  conflictsDeclared?: boolean;
  active?: boolean;
  spaceIds?: string[];
}

export async function buildMember(ctx: ServiceContext, over: MemberOverrides = {}): Promise<BuiltMember> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  counter += 1;
  const role = over.role ?? 'member';
  const email = over.email ?? `${role}.${counter}.${Date.now()}@example.org`;
  const totpSecret = newTotpSecret();
  const id = randomUUID();
  const [row] = await ctx.db
    .insert(members)
    .values({
      id,
      displayName: over.displayName ?? `Test ${role} ${counter}`,
      email,
      role,
      passwordHash: await passwordHash,
      totpSealed: seal(ctx.keys.master, { table: 'members', column: 'totp', row: id }, totpSecret),
      identityKeyAccess: over.identityKeyAccess ?? false,
      conflictsDeclaredAt: over.conflictsDeclared === false ? null : ctx.now(),
      active: over.active ?? true,
      offboardedAt: over.active === false ? ctx.now() : null,
    })
    .returning({ id: members.id });
  for (const spaceId of over.spaceIds ?? []) await ctx.db.insert(memberSpaces).values({ memberId: row!.id, spaceId });
  const actor = (await loadMemberActor(ctx.db, row!.id)) ?? {
    kind: 'member' as const,
    id: row!.id,
    displayName: 'inactive',
    role,
    identityKeyAccess: false,
    conflictsDeclared: false,
    spaceIds: [],
  };
  return { id: row!.id, email, password: TEST_PASSWORD, totpSecret, actor };
}

/** A session for a member without going through the login form; returns the cookie token. */
export async function sessionFor(ctx: ServiceContext, memberId: string): Promise<string> {
  return withTransaction(ctx, async (tx) => (await createSession(tx, memberId)).token);
}

/** Marks first-run setup as done, as if a chair had completed it. */
export async function completeSetupDirectly(ctx: ServiceContext, name = 'Test Foundation'): Promise<void> {
  await ctx.db.insert(organisation).values({ id: 1, name, setupCompletedAt: ctx.now() }).onConflictDoNothing();
}

export async function memberRow(ctx: ServiceContext, id: string) {
  const rows = await ctx.db.select().from(members).where(eq(members.id, id));
  return rows[0]!;
}
