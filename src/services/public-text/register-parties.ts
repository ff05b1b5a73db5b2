// The known-parties layer for public text: every person in the register (so every party of
// every case), by code name and by their sealed real names, aliases, usernames and emails.
// Decrypting the identity key is a read of confidential data: the caller audits the check.
import { people } from '../../db/schema';
import type { KnownParty } from '../../privacy/redaction';
import type { ServiceContext } from '../context';
import { unsealIdentity } from '../people/person-identity';

export async function loadRegisterParties(ctx: ServiceContext): Promise<KnownParty[]> {
  const rows = await ctx.db.select({ id: people.id, codeName: people.codeName, identitySealed: people.identitySealed }).from(people);
  return rows.map((r) => {
    const identity = unsealIdentity(ctx, r.id, r.identitySealed);
    return { names: [r.codeName, ...identity.realNames, ...identity.aliases], usernames: identity.usernames, emails: identity.emails };
  });
}

/** The organisation's own addresses identify nobody and are never findings. */
export function organisationAddresses(ctx: ServiceContext): string[] {
  const o = ctx.config.organisation;
  return [o.contactEmail, ...(o.boardEmail ? [o.boardEmail] : []), o.publicUrl, ...ctx.config.spaces.flatMap((s) => s.contacts)];
}
