// What attendee checks told whom: for the working group, every check (who ran it, when, how many
// rows, what was disclosed, by person code name). Reading it is audited like every confidential read.
// The per-case rule applies to the people disclosed: someone named only in cases the reader may not
// see is counted, never named (as on every people page).
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { attendeeCheckDisclosures, attendeeChecks, members, people } from '../../db/schema';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { peopleAccess } from '../people/people-access';

export interface AttendeeCheckRecord {
  id: string;
  checkedAt: Date;
  memberName: string;
  memberRole: string;
  rowCount: number;
  answered: number;
  listHash: string;
  disclosures: Array<{ personCodeName: string; status: 'flagged' | 'banned'; withGuidance: boolean }>;
  /** Disclosures about people the reader may not see (only in cases they are recused or excluded from). */
  hiddenDisclosures: number;
}

export async function listAttendeeChecks(ctx: ServiceContext): Promise<AttendeeCheckRecord[]> {
  authorize(ctx, 'read:disclosures');
  return withTransaction(ctx, async (tx) => {
    const checks = await tx.db
      .select({ check: attendeeChecks, memberName: members.displayName })
      .from(attendeeChecks)
      .leftJoin(members, eq(members.id, attendeeChecks.memberId))
      .orderBy(desc(attendeeChecks.checkedAt))
      .limit(500);
    const ids = checks.map((c) => c.check.id);
    const disclosures =
      ids.length === 0
        ? []
        : await tx.db
            .select({ checkId: attendeeCheckDisclosures.checkId, personId: people.id, codeName: people.codeName, status: attendeeCheckDisclosures.status, withGuidance: attendeeCheckDisclosures.withGuidance })
            .from(attendeeCheckDisclosures)
            .innerJoin(people, eq(people.id, attendeeCheckDisclosures.personId))
            .where(inArray(attendeeCheckDisclosures.checkId, ids))
            .orderBy(asc(people.codeName));
    const hidden = disclosures.length === 0 ? new Set<string>() : (await peopleAccess(tx, 'read:case', [...new Set(disclosures.map((d) => d.personId))])).hidden;
    const byCheck = new Map<string, typeof disclosures>();
    for (const d of disclosures) {
      const list = byCheck.get(d.checkId);
      if (list) list.push(d);
      else byCheck.set(d.checkId, [d]);
    }
    await audit(tx, { action: 'attendee_check.list', entity: 'attendee_check', details: { checks: checks.length } });
    return checks.map(({ check, memberName }) => {
      const own = byCheck.get(check.id) ?? [];
      const shown = own.filter((d) => !hidden.has(d.personId));
      return {
        id: check.id,
        checkedAt: check.checkedAt,
        memberName: memberName ?? 'a former member',
        memberRole: check.memberRole,
        rowCount: check.rowCount,
        answered: check.answered,
        listHash: check.listHash,
        disclosures: shown.map((d) => ({ personCodeName: d.codeName, status: d.status, withGuidance: d.withGuidance === 'yes' })),
        hiddenDisclosures: own.length - shown.length,
      };
    });
  });
}
