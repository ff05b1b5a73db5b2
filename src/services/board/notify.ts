// Mail for the board's work: "something needs your attention" and a link, nothing else (no code
// name, no content). About a case, members recused from or named in it hear nothing, as for
// every other case notification (../intake/notify.ts).
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { members } from '../../db/schema';
import type { MemberRole } from '../../domain/access';
import type { ServiceContext } from '../context';
import { notifyMembers } from '../intake/notify';
import { queueMail } from '../mail';

export async function notifyRoles(tx: ServiceContext, roles: readonly MemberRole[], link: string, caseId: string | null): Promise<void> {
  if (caseId !== null) return notifyMembers(tx, caseId, roles, link);
  const rows = await tx.db
    .select({ email: members.email })
    .from(members)
    .where(and(eq(members.active, true), isNull(members.offboardedAt), inArray(members.role, [...roles])));
  for (const m of rows) await queueMail(tx, { to: m.email, template: 'member_attention', link });
}
