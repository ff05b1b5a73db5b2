// The chair invites someone: a one-time link that expires. Only the token's hash is stored; the
// link itself is shown once to the chair (or printed by `candor member add`).
import { eq, inArray, sql } from 'drizzle-orm';
import { invites, members, spaces } from '../../db/schema';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { hashToken, newToken } from '../auth/tokens';
import { inviteNeedsApproval, needsApproval } from '../../domain/permissions';
import { requestGrant } from './grant-requests';
import { INVITE_TTL_DAYS, inviteSchema, type InviteInput } from './schemas';

export interface Invitation {
  inviteId: string;
  token: string;
  path: string; // relative link; the caller adds the public URL
  expiresAt: Date;
  /** The link works only once another member approves (invitations to roles that approve grants). */
  pendingApproval: boolean;
}

export async function inviteMember(ctx: ServiceContext, raw: InviteInput): Promise<Invitation> {
  authorize(ctx, 'manage:member', {});
  const data = parseInput(inviteSchema, raw);
  return withTransaction(ctx, async (tx) => {
    // Offboarded members' rows stay for the audit trail; their address may be invited again.
    const existing = await tx.db.select({ id: members.id }).from(members).where(sql`lower(${members.email}) = lower(${data.email}) and ${members.active}`).limit(1);
    if (existing.length > 0) {
      throw new CandorError('invalid_input', 'Some fields need attention', [{ field: 'email', message: 'A member with this email address already exists' }]);
    }
    const spaceIds = data.role === 'local' ? [...data.spaceIds] : [];
    for (const slug of data.role === 'local' ? data.spaceSlugs : []) {
      const found = await tx.db.select({ id: spaces.id }).from(spaces).where(eq(spaces.slug, slug));
      if (!found[0]) throw new CandorError('invalid_input', 'Some fields need attention', [{ field: 'spaceSlugs', message: `no space with slug "${slug}"` }]);
      spaceIds.push(found[0].id);
    }
    if (spaceIds.length > 0) {
      const found = await tx.db.select({ id: spaces.id }).from(spaces).where(inArray(spaces.id, spaceIds));
      if (found.length !== new Set(spaceIds).size) {
        throw new CandorError('invalid_input', 'Some fields need attention', [{ field: 'spaceIds', message: 'Choose spaces from the list' }]);
      }
    }
    const token = newToken();
    const now = tx.now();
    const expiresAt = new Date(now.getTime() + INVITE_TTL_DAYS * 86_400_000);
    const [row] = await tx.db
      .insert(invites)
      .values({
        tokenHash: hashToken(token),
        email: data.email,
        displayName: data.displayName,
        role: data.role,
        spaceIds,
        createdBy: tx.actor.kind === 'member' ? tx.actor.id : null,
        expiresAt,
        createdAt: now,
      })
      .returning({ id: invites.id });
    await audit(tx, { action: 'member.invite', entity: 'invite', entityRef: row!.id, details: { role: data.role } });
    const pendingApproval = inviteNeedsApproval(data.role) && needsApproval(tx.actor);
    if (pendingApproval) await requestGrant(tx, { kind: 'invite', inviteId: row!.id, details: { role: data.role } });
    return { inviteId: row!.id, token, path: `/enrol/${token}`, expiresAt, pendingApproval };
  });
}
