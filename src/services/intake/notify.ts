// Who hears, by mail, that something happened on a reporter's case — never what happened
// (src/services/mail builds every mail text). Called inside the transaction of the event, so a
// rolled-back event sends nothing.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { members } from '../../db/schema';
import type { MemberRole } from '../../domain/access';
import { loadCaseResource } from '../cases/case-resource';
import type { ServiceContext } from '../context';
import { queueMail } from '../mail';
import { loadReportRow, openReportDetails } from './thread';

/**
 * "Something needs your attention" to the active members of `roles`, except those recused from
 * or named in the case: even a content-free mail would tell a reported member that a report came in.
 */
export async function notifyMembers(tx: ServiceContext, caseId: string, roles: readonly MemberRole[], link: string): Promise<void> {
  const resource = await loadCaseResource(tx, caseId);
  const excluded = new Set([...(resource.recusedMemberIds ?? []), ...(resource.namesMemberIds ?? [])]);
  const rows = await tx.db
    .select({ id: members.id, email: members.email })
    .from(members)
    .where(and(eq(members.active, true), isNull(members.offboardedAt), inArray(members.role, [...roles])));
  for (const m of rows) if (!excluded.has(m.id)) await queueMail(tx, { to: m.email, template: 'member_attention', link });
}

/** "There is news about your report" to the reporter, when they left an address. */
export async function notifyReporter(tx: ServiceContext, caseId: string): Promise<void> {
  const report = await loadReportRow(tx, caseId);
  const contact = report ? openReportDetails(tx, report).contact : null;
  if (contact) await queueMail(tx, { to: contact, template: 'reporter_news', link: '/portal' });
}
