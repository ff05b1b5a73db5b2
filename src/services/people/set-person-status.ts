import { eq } from 'drizzle-orm';
import { people } from '../../db/schema';
import { notFound } from '../../errors';
import { sealOrNull } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { isUuid } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { maySeePerson } from './people-access';
import { personStatusInput, type PersonStatusInput } from './schemas';

/**
 * Flags a person (events that they may attend should know) or marks them banned, each with a
 * sealed reason and an optional expiry. Clearing a status clears its reason too.
 */
export async function setPersonStatus(ctx: ServiceContext, raw: PersonStatusInput): Promise<void> {
  authorize(ctx, 'update:identity', {});
  const { personId, ...s } = parseInput(personStatusInput, raw, 'The status');
  await withTransaction(ctx, async (tx) => {
    if (!isUuid(personId)) throw notFound();
    const [p] = await tx.db.select({ id: people.id, codeName: people.codeName }).from(people).where(eq(people.id, personId));
    if (!p || !(await maySeePerson(tx, p.id))) throw notFound();
    const m = tx.keys.master;
    await tx.db
      .update(people)
      .set({
        flagged: s.flagged,
        flagReasonSealed: s.flagged ? sealOrNull(m, { table: 'people', column: 'flag_reason', row: p.id }, s.flagReason) : null,
        flagExpiresOn: s.flagged ? s.flagExpiresOn : null,
        banned: s.banned,
        banReasonSealed: s.banned ? sealOrNull(m, { table: 'people', column: 'ban_reason', row: p.id }, s.banReason) : null,
        banExpiresOn: s.banned ? s.banExpiresOn : null,
        guidanceSealed: s.flagged || s.banned ? sealOrNull(m, { table: 'people', column: 'guidance', row: p.id }, s.guidance) : null,
      })
      .where(eq(people.id, p.id));
    await audit(tx, { action: 'person.flag', entity: 'person', entityRef: p.codeName, details: { flagged: s.flagged, banned: s.banned } });
  });
}
