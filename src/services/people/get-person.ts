import { and, asc, eq } from 'drizzle-orm';
import { casePeople, cases, people } from '../../db/schema';
import type { RoleInCase } from '../../domain/case-lifecycle';
import type { Consequence } from '../../domain/outcomes';
import { localDate } from '../../domain/periods';
import { currentPersonStatus, type CurrentPersonStatus } from '../../domain/person-status';
import { notFound } from '../../errors';
import { unsealOrNull } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { isUuid } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { peopleAccess } from './people-access';
import { unsealIdentity } from './person-identity';
import { summarisePeople, type PersonSummary } from './person-summary';
import { parseInput } from '../parse-input';
import { personRefInput, type Identity, type PersonRefInput } from './schemas';

export interface PersonView extends PersonSummary, CurrentPersonStatus {
  id: string;
  codeName: string;
  identity: Identity;
  /** Flagged / banned today (an expired status no longer holds); the lapse dates say when one expired. */
  flagged: boolean;
  flagReason: string | null;
  flagExpiresOn: string | null;
  banned: boolean;
  banReason: string | null;
  banExpiresOn: string | null;
  /** What an attendee check tells an event with its answer. */
  guidance: string | null;
  rows: Array<{ caseId: string; caseCodeName: string; roleInCase: RoleInCase; consequence: Consequence | null }>;
}

/** One person of the identity key, with their real identity unsealed, and their rows in the cases
 * the actor may see; not found when every case naming them is refused. Audited as person.read. */
export async function getPerson(ctx: ServiceContext, raw: PersonRefInput): Promise<PersonView> {
  authorize(ctx, 'read:identity', {});
  const { personId } = parseInput(personRefInput, raw);
  return withTransaction(ctx, async (tx) => {
    if (!isUuid(personId)) throw notFound();
    const [p] = await tx.db.select().from(people).where(eq(people.id, personId));
    if (!p) throw notFound();
    const access = await peopleAccess(tx, 'read:case', [p.id]);
    if (access.hidden.has(p.id)) throw notFound();
    const rows = await tx.db
      .select({ caseId: cases.id, caseCodeName: cases.codeName, roleInCase: casePeople.roleInCase, consequence: casePeople.consequence })
      .from(casePeople)
      .innerJoin(cases, eq(cases.id, casePeople.caseId))
      .where(and(eq(casePeople.personId, p.id), access.allowsCase(casePeople.caseId)))
      .orderBy(asc(cases.receivedOn));
    const summary = (await summarisePeople(tx, [p.id], access)).get(p.id)!;
    const m = tx.keys.master;
    await audit(tx, { action: 'person.read', entity: 'person', entityRef: p.codeName });
    const status = currentPersonStatus(p, localDate(tx.now(), tx.config.organisation.timeZone));
    return {
      id: p.id,
      codeName: p.codeName,
      identity: unsealIdentity(tx, p.id, p.identitySealed),
      ...status,
      // The reason of a lapsed status is history, kept for the record; the form starts clear.
      flagReason: unsealOrNull(m, { table: 'people', column: 'flag_reason', row: p.id }, p.flagReasonSealed),
      flagExpiresOn: p.flagExpiresOn,
      banReason: unsealOrNull(m, { table: 'people', column: 'ban_reason', row: p.id }, p.banReasonSealed),
      banExpiresOn: p.banExpiresOn,
      guidance: unsealOrNull(m, { table: 'people', column: 'guidance', row: p.id }, p.guidanceSealed),
      rows,
      ...summary,
    };
  });
}
