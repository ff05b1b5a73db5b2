// Whether first-run setup is still possible. It is only while the register has no organisation,
// no member and no invitation: once the operator has invited someone with `candor member add` or
// anyone has an account, setup is closed for good and the web app runs normally.
import { invites, members, organisation } from '../../db/schema';
import type { ServiceContext } from '../context';
import { authorize } from '../authorize';

export async function isSetupOpen(ctx: ServiceContext): Promise<boolean> {
  authorize(ctx, 'read:published');
  const [org, member, invite] = await Promise.all([
    ctx.db.select({ id: organisation.id }).from(organisation).limit(1),
    ctx.db.select({ id: members.id }).from(members).limit(1),
    ctx.db.select({ id: invites.id }).from(invites).limit(1),
  ]);
  return org.length + member.length + invite.length === 0;
}

export async function isSetupComplete(ctx: ServiceContext): Promise<boolean> {
  const rows = await ctx.db.select({ done: organisation.setupCompletedAt }).from(organisation).limit(1);
  return rows[0]?.done != null;
}

export async function organisationName(ctx: ServiceContext): Promise<string | null> {
  authorize(ctx, 'read:published');
  const rows = await ctx.db.select({ name: organisation.name }).from(organisation).limit(1);
  return rows[0]?.name ?? null;
}
