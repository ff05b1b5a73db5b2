// Builds the acting member from the database. Only active members become actors: offboarding
// flips `active`, and from that moment no session resolves to them.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import { members, memberSpaces } from '../../db/schema';
import { MEMBER_ROLES, type MemberActor, type MemberRole } from '../../domain/access';

export function asRole(role: string): MemberRole {
  if ((MEMBER_ROLES as readonly string[]).includes(role)) return role as MemberRole;
  throw new Error(`unknown member role in database: ${role}`);
}

export async function loadMemberActor(db: Db, memberId: string): Promise<MemberActor | null> {
  const rows = await db
    .select()
    .from(members)
    .where(and(eq(members.id, memberId), eq(members.active, true)))
    .limit(1);
  const m = rows[0];
  if (!m) return null;
  const spaces = await db.select({ spaceId: memberSpaces.spaceId }).from(memberSpaces).where(eq(memberSpaces.memberId, m.id));
  return {
    kind: 'member',
    id: m.id,
    displayName: m.displayName,
    role: asRole(m.role),
    identityKeyAccess: m.identityKeyAccess,
    conflictsDeclared: m.conflictsDeclaredAt !== null,
    spaceIds: spaces.map((s) => s.spaceId),
  };
}
