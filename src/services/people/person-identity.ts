// Sealing an identity and its blind indexes: the only code that turns real names into stored bytes.
import { personIndexes } from '../../db/schema';
import { blindIndex, nameKeyIndexes, type IndexKind } from '../../privacy/blind-index';
import { seal, unseal } from '../../privacy/envelope';
import type { ServiceContext } from '../context';
import type { Identity } from './schemas';

const identityBinding = (personId: string) => ({ table: 'people', column: 'identity', row: personId });

export function sealIdentity(ctx: ServiceContext, personId: string, identity: Identity): string {
  return seal(ctx.keys.master, identityBinding(personId), JSON.stringify(identity));
}

export function unsealIdentity(ctx: ServiceContext, personId: string, sealed: string | null): Identity {
  if (!sealed) return { realNames: [], aliases: [], emails: [], usernames: [] };
  return JSON.parse(unseal(ctx.keys.master, identityBinding(personId), sealed)) as Identity;
}

export function identityDigests(ctx: ServiceContext, identity: Identity): Array<{ kind: IndexKind; digest: string }> {
  const out = new Map<string, { kind: IndexKind; digest: string }>();
  const add = (kind: IndexKind, v: string) => {
    const digest = blindIndex(ctx.keys.index, kind, v);
    out.set(`${kind}:${digest}`, { kind, digest });
  };
  for (const n of [...identity.realNames, ...identity.aliases]) {
    add('name', n);
    for (const digest of nameKeyIndexes(ctx.keys.index, n)) out.set(`name_key:${digest}`, { kind: 'name_key', digest });
  }
  for (const e of identity.emails) add('email', e);
  for (const u of identity.usernames) add('username', u);
  return [...out.values()];
}

/** Writes a person's blind indexes under the current key, marked with it (decision 031: rotation finds the others). */
export async function writeIdentityIndexes(ctx: ServiceContext, personId: string, identity: Identity): Promise<void> {
  const digests = identityDigests(ctx, identity);
  const keyId = ctx.keys.epochs[0]!.id;
  if (digests.length > 0) {
    await ctx.db.insert(personIndexes).values(digests.map((d) => ({ personId, ...d, keyId }))).onConflictDoNothing();
  }
}
