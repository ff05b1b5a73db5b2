// Choices the case forms offer: spaces, and members to share with or exclude. Names of spaces and
// working-group members are not confidential; they are read by anyone who may change a case.
import { and, asc, eq } from 'drizzle-orm';
import { members, spaces } from '../../db/schema';
import { can } from '../../domain/permissions';
import { authorize } from '../authorize';
import type { ServiceContext } from '../context';

export async function listSpaceOptions(ctx: ServiceContext): Promise<Array<{ id: string; name: string }>> {
  authorize(ctx, ['list:case', 'create:case']);
  return ctx.db.select({ id: spaces.id, name: spaces.name }).from(spaces).orderBy(asc(spaces.name));
}

export async function listMemberOptions(ctx: ServiceContext): Promise<Array<{ id: string; name: string; role: string }>> {
  authorize(ctx, 'view:workspace');
  // Only those who share or exclude choose among members; everyone else gets no list.
  if (!can(ctx.actor, 'share:case') && !can(ctx.actor, 'exclude:case')) return [];
  return ctx.db
    .select({ id: members.id, name: members.displayName, role: members.role })
    .from(members)
    .where(and(eq(members.active, true)))
    .orderBy(asc(members.displayName));
}
