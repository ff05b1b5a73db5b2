// What the enrolment page shows about an invitation: only to whoever holds the link, and only
// while it is unused and unexpired. Anything else is "not found", so links cannot be probed.
import { eq } from 'drizzle-orm';
import { invites } from '../../db/schema';
import type { MemberRole } from '../../domain/access';
import { notFound } from '../../errors';
import { asRole } from '../auth/load-actor';
import { tokenInput, type TokenInput } from '../auth/schemas';
import { hashToken } from '../auth/tokens';
import type { ServiceContext } from '../context';
import { awaitingApproval, inviteApproval } from './grant-requests';
import { authorize } from '../authorize';
import { parseInput } from '../parse-input';

export interface InviteView {
  displayName: string;
  email: string;
  role: MemberRole;
  expiresAt: Date;
}

export async function getInvite(ctx: ServiceContext, raw: TokenInput): Promise<InviteView> {
  authorize(ctx, 'redeem:token');
  const { token } = parseInput(tokenInput, raw);
  // Access: holding the token is the permission.
  if (token.length < 20 || token.length > 100) throw notFound();
  const rows = await ctx.db.select().from(invites).where(eq(invites.tokenHash, hashToken(token))).limit(1);
  const inv = rows[0];
  if (!inv || inv.usedAt !== null || inv.expiresAt <= ctx.now()) throw notFound();
  const approval = await inviteApproval(ctx.db, inv.id);
  if (approval === 'declined') throw notFound();
  if (approval === 'pending') throw awaitingApproval();
  return { displayName: inv.displayName, email: inv.email, role: asRole(inv.role), expiresAt: inv.expiresAt };
}
