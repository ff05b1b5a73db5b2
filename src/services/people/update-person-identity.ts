import { eq } from 'drizzle-orm';
import { people, personIndexes } from '../../db/schema';
import { notFound } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { isUuid } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { maySeePerson } from './people-access';
import { sealIdentity, writeIdentityIndexes } from './person-identity';
import { updateIdentityInput, type UpdateIdentityInput } from './schemas';

/** Replaces a person's sealed identity and rebuilds their blind indexes to match. */
export async function updatePersonIdentity(ctx: ServiceContext, raw: UpdateIdentityInput): Promise<void> {
  authorize(ctx, 'update:identity', {});
  const { personId, ...identity } = parseInput(updateIdentityInput, raw, 'The identity');
  await withTransaction(ctx, async (tx) => {
    if (!isUuid(personId)) throw notFound();
    const [p] = await tx.db.select({ id: people.id, codeName: people.codeName }).from(people).where(eq(people.id, personId));
    if (!p || !(await maySeePerson(tx, p.id))) throw notFound();
    await tx.db.update(people).set({ identitySealed: sealIdentity(tx, p.id, identity) }).where(eq(people.id, p.id));
    await tx.db.delete(personIndexes).where(eq(personIndexes.personId, p.id));
    await writeIdentityIndexes(tx, p.id, identity);
    await audit(tx, { action: 'person.update', entity: 'person', entityRef: p.codeName });
  });
}
