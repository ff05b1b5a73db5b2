// The approvals page: grants of power waiting for a second member (identity-key access, invitations
// to roles that approve grants), for chairs, vice-chairs and the board. Each row says whether the
// viewer may decide it (not their own request, not about themselves).
import { asc, inArray, isNull } from 'drizzle-orm';
import { grantRequests, invites, members } from '../../db/schema';
import { mayDecideGrant, type GrantKind } from '../../domain/permissions';
import type { MemberRole } from '../../domain/access';
import { asRole } from '../auth/load-actor';
import { authorize } from '../authorize';
import type { ServiceContext } from '../context';

export interface PendingGrant {
  id: string;
  kind: GrantKind;
  /** Who would receive the power: the member, or the invitee. */
  subject: { name: string; email: string; role: MemberRole };
  requestedBy: string; // a display name
  createdAt: Date;
  mayDecide: boolean;
}

export async function listGrantRequests(ctx: ServiceContext): Promise<PendingGrant[]> {
  authorize(ctx, 'approve:grant');
  const pending = await ctx.db.select().from(grantRequests).where(isNull(grantRequests.decidedAt)).orderBy(asc(grantRequests.createdAt));
  if (pending.length === 0) return [];
  const memberIds = [...new Set(pending.flatMap((g) => [g.memberId, g.requestedBy]).filter((x): x is string => x !== null))];
  const inviteIds = pending.map((g) => g.inviteId).filter((x): x is string => x !== null);
  const [people, invs] = await Promise.all([
    memberIds.length > 0 ? ctx.db.select().from(members).where(inArray(members.id, memberIds)) : [],
    inviteIds.length > 0 ? ctx.db.select().from(invites).where(inArray(invites.id, inviteIds)) : [],
  ]);
  const member = new Map(people.map((m) => [m.id, m]));
  const invite = new Map(invs.map((i) => [i.id, i]));
  return pending.flatMap((g) => {
    const who = g.kind === 'invite' ? invite.get(g.inviteId ?? '') : member.get(g.memberId ?? '');
    if (!who) return [];
    return [
      {
        id: g.id,
        kind: g.kind === 'invite' ? 'invite' : 'identity_key',
        subject: { name: who.displayName, email: who.email, role: asRole(who.role) },
        requestedBy: g.requestedBy ? (member.get(g.requestedBy)?.displayName ?? 'a former member') : 'the operator',
        createdAt: g.createdAt,
        mayDecide: mayDecideGrant(ctx.actor, g),
      },
    ];
  });
}
