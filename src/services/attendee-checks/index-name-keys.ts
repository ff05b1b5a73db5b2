// Name keys (decision 029) were added to the blind indexes after people were already recorded:
// at every start, people whose identity has names but no name key get theirs. Once every person
// has them this only looks and finds nothing.
import { isNotNull, sql } from 'drizzle-orm';
import { people, personIndexes } from '../../db/schema';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { unsealIdentity, writeIdentityIndexes } from '../people/person-identity';

export async function indexNameKeys(ctx: ServiceContext): Promise<number> {
  authorize(ctx, 'run:system');
  return withTransaction(ctx, async (tx) => {
    const keyed = tx.db.select({ id: personIndexes.personId }).from(personIndexes).where(sql`${personIndexes.kind} = 'name_key'`);
    const rows = await tx.db
      .select({ id: people.id, identitySealed: people.identitySealed })
      .from(people)
      .where(sql`${isNotNull(people.identitySealed)} and ${people.id} not in (${keyed})`);
    let done = 0;
    for (const r of rows) {
      const identity = unsealIdentity(tx, r.id, r.identitySealed);
      if (identity.realNames.length + identity.aliases.length === 0) continue;
      await writeIdentityIndexes(tx, r.id, identity);
      done += 1;
    }
    if (done > 0) await audit(tx, { action: 'person.reindex', entity: 'person', details: { people: done } });
    return done;
  });
}
