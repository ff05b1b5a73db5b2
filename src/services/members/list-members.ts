// The membership page: members, pending invitations and the spaces a local representative can
// be given. Names and emails of members are not case data; reading them is not audited.
import { and, asc, desc, gt, isNull } from 'drizzle-orm';
import { grantRequests, invites, members, memberSpaces, spaces } from '../../db/schema';
import type { MemberRole } from '../../domain/access';
import { authorize } from '../authorize';
import type { ServiceContext } from '../context';
import { asRole } from '../auth/load-actor';

export interface MemberRow {
  id: string;
  displayName: string;
  email: string;
  role: MemberRole;
  active: boolean;
  identityKeyAccess: boolean;
  /** A grant of identity-key access waits for a second member's approval. */
  identityKeyPending: boolean;
  conflictsDeclared: boolean;
  spaceNames: string[];
  offboardedAt: Date | null;
}

export interface MembershipView {
  members: MemberRow[];
  pendingInvites: { id: string; displayName: string; email: string; role: MemberRole; expiresAt: Date; pendingApproval: boolean }[];
  spaces: { id: string; name: string }[];
}

export async function listMembers(ctx: ServiceContext): Promise<MembershipView> {
  authorize(ctx, 'manage:member', {});
  const [rows, links, spaceRows, pending, grants] = await Promise.all([
    ctx.db.select().from(members).orderBy(desc(members.active), asc(members.displayName)),
    ctx.db.select().from(memberSpaces),
    ctx.db.select({ id: spaces.id, name: spaces.name }).from(spaces).orderBy(asc(spaces.name)),
    ctx.db
      .select()
      .from(invites)
      .where(and(isNull(invites.usedAt), gt(invites.expiresAt, ctx.now())))
      .orderBy(desc(invites.createdAt)),
    ctx.db.select().from(grantRequests).where(isNull(grantRequests.decidedAt)),
  ]);
  const pendingMembers = new Set(grants.filter((g) => g.kind === 'identity_key').map((g) => g.memberId));
  const pendingInvites = new Set(grants.filter((g) => g.kind === 'invite').map((g) => g.inviteId));
  const spaceName = new Map(spaceRows.map((s) => [s.id, s.name]));
  return {
    members: rows.map((m) => ({
      id: m.id,
      displayName: m.displayName,
      email: m.email,
      role: asRole(m.role),
      active: m.active,
      identityKeyAccess: m.identityKeyAccess,
      identityKeyPending: pendingMembers.has(m.id),
      conflictsDeclared: m.conflictsDeclaredAt !== null,
      spaceNames: links.filter((l) => l.memberId === m.id).map((l) => spaceName.get(l.spaceId) ?? '?'),
      offboardedAt: m.offboardedAt,
    })),
    pendingInvites: pending.map((i) => ({ id: i.id, displayName: i.displayName, email: i.email, role: asRole(i.role), expiresAt: i.expiresAt, pendingApproval: pendingInvites.has(i.id) })),
    spaces: spaceRows,
  };
}
