// Accepting an invitation: the invitee sets a password and enrols TOTP; the invitation is used up
// in the same transaction that creates the account, so a link works exactly once.
import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { invites, members, memberSpaces } from '../../db/schema';
import { CandorError, notFound } from '../../errors';
import { seal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { loadMemberActor } from '../auth/load-actor';
import { hashToken } from '../auth/tokens';
import { checkEnrolmentCredentials } from '../auth/enrolment-credentials';
import { withActor, withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { awaitingApproval, inviteApproval } from './grant-requests';
import { enrolSchema, type EnrolInput } from './schemas';
import { authorize } from '../authorize';

export async function enrolMember(ctx: ServiceContext, raw: EnrolInput): Promise<{ memberId: string }> {
  authorize(ctx, 'redeem:token');
  // Access: the invitation token is the permission; it is checked (and consumed) below.
  const data = parseInput(enrolSchema, raw);
  const now = ctx.now();
  const { passwordHash, totpStep: step } = await checkEnrolmentCredentials(data, now);
  return withTransaction(ctx, async (tx) => {
    const used = await tx.db
      .update(invites)
      .set({ usedAt: now })
      .where(and(eq(invites.tokenHash, hashToken(data.token)), isNull(invites.usedAt), gt(invites.expiresAt, now)))
      .returning();
    const inv = used[0];
    if (!inv) throw notFound('This invitation link is not valid any more');
    const approval = await inviteApproval(tx.db, inv.id);
    if (approval === 'declined') throw notFound('This invitation link is not valid any more');
    if (approval === 'pending') throw awaitingApproval(); // rolls back: the link stays usable
    const taken = await tx.db.select({ id: members.id }).from(members).where(sql`lower(${members.email}) = lower(${inv.email}) and ${members.active}`).limit(1);
    if (taken.length > 0) throw new CandorError('conflict', 'An account with this email address exists already; ask the chair');
    const id = randomUUID(); // made here so the TOTP secret can be sealed to its row
    const [m] = await tx.db
      .insert(members)
      .values({
        id,
        displayName: inv.displayName,
        email: inv.email,
        role: inv.role,
        passwordHash,
        totpSealed: seal(tx.keys.master, { table: 'members', column: 'totp', row: id }, data.totpSecret),
        totpLastStep: step,
        createdAt: now,
      })
      .returning({ id: members.id });
    for (const spaceId of inv.spaceIds) await tx.db.insert(memberSpaces).values({ memberId: m!.id, spaceId });
    const actor = await loadMemberActor(tx.db, m!.id);
    await audit(withActor(tx, actor!), { action: 'member.enrol', entity: 'member', entityRef: m!.id, details: { role: inv.role } });
    return { memberId: m!.id };
  });
}
