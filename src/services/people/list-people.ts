// The identity key's index page: code names, counts and status only. Real names appear on a
// person's own page, never in a list, so a glance over a shoulder shows nothing. People named only
// in cases the actor may not see are left out (see people-access.ts).
import { asc } from 'drizzle-orm';
import { people } from '../../db/schema';
import type { Consequence } from '../../domain/outcomes';
import { localDate } from '../../domain/periods';
import { currentPersonStatus } from '../../domain/person-status';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { peopleAccess } from './people-access';
import { summarisePeople } from './person-summary';

export interface PersonListRow {
  id: string;
  codeName: string;
  hasIdentity: boolean;
  /** Flagged / banned today: an expired status no longer counts (derived at read time). */
  flagged: boolean;
  banned: boolean;
  reportCount: number;
  highestConsequence: Consequence | null;
}

export async function listPeople(ctx: ServiceContext): Promise<PersonListRow[]> {
  authorize(ctx, 'read:identity', {});
  return withTransaction(ctx, async (tx) => {
    const access = await peopleAccess(tx);
    const rows = await tx.db
      .select({
        id: people.id,
        codeName: people.codeName,
        identitySealed: people.identitySealed,
        flagged: people.flagged,
        flagExpiresOn: people.flagExpiresOn,
        banned: people.banned,
        banExpiresOn: people.banExpiresOn,
      })
      .from(people)
      .where(access.allowsPerson(people.id))
      .orderBy(asc(people.codeName));
    const summary = await summarisePeople(tx, rows.map((r) => r.id), access);
    await audit(tx, { action: 'person.list', entity: 'person', details: { shown: rows.length } });
    const today = localDate(tx.now(), tx.config.organisation.timeZone);
    return rows.map((r) => {
      const status = currentPersonStatus(r, today);
      return {
        id: r.id,
        codeName: r.codeName,
        hasIdentity: r.identitySealed !== null,
        flagged: status.flagged,
        banned: status.banned,
        ...summary.get(r.id)!,
      };
    });
  });
}
