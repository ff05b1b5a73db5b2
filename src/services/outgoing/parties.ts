// The known parties of one case for the redaction engine: every person row's code name and sealed
// identity (names, aliases, usernames, emails), plus the reporter's contact address from the
// report form. Decrypting identities is a read of confidential data: the verbs that call this audit.
import { eq } from 'drizzle-orm';
import { casePeople, people, reports } from '../../db/schema';
import { ROLE_IN_CASE_LABELS, type RoleInCase } from '../../domain/case-lifecycle';
import { unsealOrNull } from '../../privacy/envelope';
import type { KnownParty } from '../../privacy/redaction';
import type { ServiceContext } from '../context';
import { unsealIdentity } from '../people/person-identity';

export interface CaseParty {
  party: KnownParty;
  /** What the reviewer is told the match was: "Reporter". */
  label: string;
  /** The person's code name, shown only to identity-key holders (it links the words to the key). */
  codeName: string | null;
  roleInCase: RoleInCase | 'reporter_contact';
}

export async function loadCaseParties(ctx: ServiceContext, caseId: string): Promise<CaseParty[]> {
  const rows = await ctx.db
    .select({ personId: people.id, codeName: people.codeName, identitySealed: people.identitySealed, role: casePeople.roleInCase })
    .from(casePeople)
    .innerJoin(people, eq(people.id, casePeople.personId))
    .where(eq(casePeople.caseId, caseId))
    .orderBy(casePeople.position);
  const out: CaseParty[] = rows.map((r) => {
    const identity = unsealIdentity(ctx, r.personId, r.identitySealed);
    return {
      party: { names: [r.codeName, ...identity.realNames, ...identity.aliases], usernames: identity.usernames, emails: identity.emails },
      label: ROLE_IN_CASE_LABELS[r.role],
      codeName: r.codeName,
      roleInCase: r.role,
    };
  });
  const [report] = await ctx.db.select({ contactSealed: reports.contactSealed }).from(reports).where(eq(reports.caseId, caseId));
  const contact = report ? unsealOrNull(ctx.keys.master, { table: 'reports', column: 'contact', row: caseId }, report.contactSealed) : null;
  if (contact) out.push({ party: { names: [], usernames: [], emails: [contact] }, label: 'Reporter (address given on the report form)', codeName: null, roleInCase: 'reporter_contact' });
  return out;
}
