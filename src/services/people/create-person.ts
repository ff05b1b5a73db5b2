import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { people } from '../../db/schema';
import { generatePersonCodeName } from '../../domain/code-names';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { sealIdentity, writeIdentityIndexes } from './person-identity';
import { createPersonInput, identityInput } from './schemas';

/** Every person code name, lower-cased: they are unique regardless of case. */
export async function takenPersonCodeNames(ctx: ServiceContext): Promise<Set<string>> {
  const rows = await ctx.db.select({ codeName: people.codeName }).from(people);
  return new Set(rows.map((r) => r.codeName.toLowerCase()));
}

export async function findPersonByCodeName(ctx: ServiceContext, codeName: string): Promise<{ id: string; codeName: string } | null> {
  const rows = await ctx.db
    .select({ id: people.id, codeName: people.codeName })
    .from(people)
    .where(sql`lower(${people.codeName}) = lower(${codeName.trim()})`)
    .limit(1);
  return rows[0] ?? null;
}

/** Adds a person to the identity key. Without an identity it is a code name only (as imported). */
export async function createPerson(
  ctx: ServiceContext,
  raw: { codeName?: string; identity?: unknown },
): Promise<{ id: string; codeName: string }> {
  authorize(ctx, 'update:identity');
  const input = parseInput(createPersonInput, raw, 'The person');
  const identity = input.identity ? parseInput(identityInput, input.identity, 'The identity') : null;
  return withTransaction(ctx, async (tx) => {
    if (input.codeName && (await findPersonByCodeName(tx, input.codeName))) {
      throw new CandorError('conflict', `the person code name "${input.codeName}" is already in use`, [
        { field: 'codeName', message: 'already in use' },
      ]);
    }
    const codeName = input.codeName ?? generatePersonCodeName(await takenPersonCodeNames(tx));
    const id = randomUUID(); // made here so the identity can be sealed to its row
    await tx.db.insert(people).values({ id, codeName, identitySealed: identity ? sealIdentity(tx, id, identity) : null });
    if (identity) await writeIdentityIndexes(tx, id, identity);
    await audit(tx, { action: 'person.create', entity: 'person', entityRef: codeName });
    return { id, codeName };
  });
}
