// Choices the case forms offer: spaces, and members to share with or exclude. Names of spaces and
// working-group members are not confidential; they are read by anyone who may change a case.
import { and, asc, eq } from 'drizzle-orm';
import { members, spaces } from '../../db/schema';
import { can } from '../../domain/permissions';
import { CandorError } from '../../errors';
import type { ServiceContext } from '../context';

export async function listSpaceOptions(ctx: ServiceContext): Promise<Array<{ id: string; name: string }>> {
  if (!can(ctx.actor, 'list:case') && !can(ctx.actor, 'create:case')) throw new CandorError('forbidden', 'Not found');
  return ctx.db.select({ id: spaces.id, name: spaces.name }).from(spaces).orderBy(asc(spaces.name));
}

export async function listMemberOptions(ctx: ServiceContext): Promise<Array<{ id: string; name: string; role: string }>> {
  if (!can(ctx.actor, 'share:case') && !can(ctx.actor, 'exclude:case')) return [];
  return ctx.db
    .select({ id: members.id, name: members.displayName, role: members.role })
    .from(members)
    .where(and(eq(members.active, true)))
    .orderBy(asc(members.displayName));
}
