// "Is this person already in the identity key?" answered through blind indexes: the identifier is
// hashed the same way as stored identities and compared; nothing is decrypted to search.
import { and, asc, inArray } from 'drizzle-orm';
import { people, personIndexes } from '../../db/schema';
import { blindIndex, type IndexKind } from '../../privacy/blind-index';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { peopleAccess } from './people-access';
import { findPersonInput } from './schemas';

const KINDS: readonly IndexKind[] = ['name', 'email', 'username'];

export async function findPeopleByIdentifier(
  ctx: ServiceContext,
  raw: { identifier?: unknown },
): Promise<Array<{ id: string; codeName: string; matchedOn: IndexKind[] }>> {
  authorize(ctx, 'read:identity', {});
  const { identifier } = parseInput(findPersonInput, raw, 'The search');
  return withTransaction(ctx, async (tx) => {
    // Under every index key held: during a key rotation some rows still carry the old key's digests.
    const digests = tx.keys.epochs.flatMap((e) => KINDS.map((kind) => ({ kind, digest: blindIndex(e.index, kind, identifier) })));
    const hits = await tx.db
      .select({ personId: personIndexes.personId, kind: personIndexes.kind, digest: personIndexes.digest })
      .from(personIndexes)
      .where(inArray(personIndexes.digest, digests.map((d) => d.digest)));
    const matched = new Map<string, Set<IndexKind>>();
    for (const h of hits) {
      const d = digests.find((x) => x.digest === h.digest && x.kind === h.kind);
      if (d) matched.set(h.personId, (matched.get(h.personId) ?? new Set()).add(d.kind));
    }
    const ids = [...matched.keys()];
    // Someone named only in cases the actor may not see is not a match either.
    const access = await peopleAccess(tx, 'read:case', ids);
    const rows =
      ids.length === 0
        ? []
        : await tx.db
            .select({ id: people.id, codeName: people.codeName })
            .from(people)
            .where(and(inArray(people.id, ids), access.allowsPerson(people.id)))
            .orderBy(asc(people.codeName));
    // The identifier itself is confidential: the audit records only that a search happened.
    await audit(tx, { action: 'person.find', entity: 'person', details: { matches: rows.length } });
    return rows.map((r) => ({ ...r, matchedOn: [...(matched.get(r.id) ?? [])] }));
  });
}
