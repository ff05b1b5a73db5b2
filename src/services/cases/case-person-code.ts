// A people row always carries a person code name, so repeat reports about one person show up
// without real names. Typing a code name links the row to that person; leaving it blank draws
// a new one. Only code names are written here: identities belong to the identity key.
import { people } from '../../db/schema';
import { generatePersonCodeName } from '../../domain/code-names';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import type { ServiceContext } from '../context';
import { findPersonByCodeName, takenPersonCodeNames } from '../people/create-person';

export async function resolvePersonCode(ctx: ServiceContext, codeName: string | undefined): Promise<{ id: string; codeName: string }> {
  if (codeName) {
    const found = await findPersonByCodeName(ctx, codeName);
    if (!found) {
      throw new CandorError('invalid_input', 'No person has that code name', [
        { field: 'personCodeName', message: 'no person has this code name; leave it blank to draw a new one' },
      ]);
    }
    return found;
  }
  const drawn = generatePersonCodeName(await takenPersonCodeNames(ctx));
  const [row] = await ctx.db.insert(people).values({ codeName: drawn }).returning({ id: people.id });
  await audit(ctx, { action: 'person.create', entity: 'person', entityRef: drawn });
  return { id: row!.id, codeName: drawn };
}
