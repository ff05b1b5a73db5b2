import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { people, personIndexes } from '../../../src/db/schema';
import type { MemberActor } from '../../../src/domain/access';
import { addCasePerson } from '../../../src/services/cases/add-case-person';
import type { ServiceContext } from '../../../src/services/context';
import { createPerson } from '../../../src/services/people/create-person';
import { findPeopleByIdentifier } from '../../../src/services/people/find-person';
import { getPerson } from '../../../src/services/people/get-person';
import { linkCasePerson } from '../../../src/services/people/link-case-person';
import { listLinkableRows } from '../../../src/services/people/list-linkable-rows';
import { listPeople } from '../../../src/services/people/list-people';
import { setPersonStatus } from '../../../src/services/people/set-person-status';
import { updatePersonIdentity } from '../../../src/services/people/update-person-identity';
import { freshContext } from '../../helpers/db';
import { as, auditEntries, buildCase, buildMember } from '../cases/factories';

let ctx: ServiceContext;
let keyholder: MemberActor;
let member: MemberActor;

beforeEach(async () => {
  ctx = await freshContext();
  keyholder = await buildMember(ctx, { role: 'chair', identityKeyAccess: true });
  member = await buildMember(ctx);
});

describe('identity key', () => {
  it('adds a sealed person, finds them by blind index only, and audits without identifiers', async () => {
    await expect(createPerson(as(ctx, member), { identity: { realNames: ['Ada Example'] } })).rejects.toMatchObject({ code: 'forbidden' });
    const p = await createPerson(as(ctx, keyholder), {
      identity: { realNames: ['Ada Example'], aliases: ['Addy'], emails: ['ada@example.org'], usernames: ['@ada_x'] },
    });
    const [row] = await ctx.db.select().from(people).where(eq(people.id, p.id));
    // Whole identifiers: a short string like 'Ada' can occur in base64 by chance.
    expect(row!.identitySealed).not.toContain('Ada Example');
    expect(row!.identitySealed).not.toContain('ada@example.org');
    const digests = await ctx.db.select().from(personIndexes).where(eq(personIndexes.personId, p.id));
    // Exact name, alias, email, username, and a name key (decision 029) for the name and the alias.
    expect(digests).toHaveLength(6);
    expect(await findPeopleByIdentifier(as(ctx, keyholder), { identifier: 'ADA@example.org' })).toEqual([{ id: p.id, codeName: p.codeName, matchedOn: ['email'] }]);
    expect(await findPeopleByIdentifier(as(ctx, keyholder), { identifier: 'ada_x' })).toHaveLength(1);
    expect(await findPeopleByIdentifier(as(ctx, keyholder), { identifier: 'someone else' })).toEqual([]);
    await expect(findPeopleByIdentifier(as(ctx, member), { identifier: 'ada_x' })).rejects.toMatchObject({ code: 'forbidden' });
    const audits = await auditEntries(ctx, 'person.find');
    expect(audits).toHaveLength(3);
    // Not 'ada' alone: the entries' hex hashes hold it by chance about one run in ten.
    expect(JSON.stringify(audits)).not.toContain('ada@');
    expect(JSON.stringify(audits)).not.toContain('ada_x');
    expect(JSON.stringify(audits).toLowerCase()).not.toContain('ada example');

    await updatePersonIdentity(as(ctx, keyholder), { personId: p.id, realNames: ['Ada Renamed'], emails: [] });
    expect(await findPeopleByIdentifier(as(ctx, keyholder), { identifier: 'ada@example.org' })).toEqual([]);
    expect((await getPerson(as(ctx, keyholder), { personId: p.id })).identity.realNames).toEqual(['Ada Renamed']);
    expect(await auditEntries(ctx, 'person.update', p.codeName)).toHaveLength(1);
    expect(await auditEntries(ctx, 'person.read', p.codeName)).toHaveLength(1);
  });

  it('links people rows, counts reports and the highest consequence, flags and bans', async () => {
    const p = await createPerson(as(ctx, keyholder), { identity: { realNames: ['Bo Example'] } });
    const c1 = await buildCase(ctx, keyholder);
    const c2 = await buildCase(ctx, keyholder);
    const r1 = await addCasePerson(as(ctx, keyholder), { caseId: c1.id, consequence: 'warning' });
    const r2 = await addCasePerson(as(ctx, keyholder), { caseId: c2.id, consequence: 'second_suspension' });
    const linkable = await listLinkableRows(as(ctx, keyholder), { personId: p.id });
    expect(linkable.map((r) => r.id).sort()).toEqual([r1.id, r2.id].sort());
    await linkCasePerson(as(ctx, keyholder), { personId: p.id, casePersonId: r1.id });
    await linkCasePerson(as(ctx, keyholder), { personId: p.id, casePersonId: r2.id });
    expect(await auditEntries(ctx, 'case_person.link', c1.codeName)).toHaveLength(1);
    const view = await getPerson(as(ctx, keyholder), { personId: p.id });
    expect(view).toMatchObject({ reportCount: 2, highestConsequence: 'second_suspension' });

    await expect(setPersonStatus(as(ctx, keyholder), { personId: p.id, banned: true })).rejects.toMatchObject({ issues: [{ field: 'banReason' }] });
    await setPersonStatus(as(ctx, keyholder), { personId: p.id, flagged: true, flagReason: 'Repeated suspensions', flagExpiresOn: '2027-01-01', banned: true, banReason: 'Threats' });
    const after = await getPerson(as(ctx, keyholder), { personId: p.id });
    expect(after).toMatchObject({ flagged: true, flagReason: 'Repeated suspensions', flagExpiresOn: '2027-01-01', banned: true, banReason: 'Threats', banExpiresOn: null });
    const [flag] = await auditEntries(ctx, 'person.flag', p.codeName);
    expect(flag?.details).toEqual({ flagged: true, banned: true });

    const list = await listPeople(as(ctx, keyholder));
    expect(list.find((r) => r.id === p.id)).toMatchObject({ hasIdentity: true, reportCount: 2, banned: true });
    expect(JSON.stringify(list)).not.toContain('Bo Example');
    await expect(listPeople(as(ctx, member))).rejects.toMatchObject({ code: 'forbidden' });
    expect(await auditEntries(ctx, 'person.list')).toHaveLength(1);
  });

  it('shows a flag or ban as lifted once its expiry date has come, without any job running', async () => {
    let clock = new Date('2025-05-01T12:00:00Z');
    const at = (a: MemberActor): ServiceContext => ({ ...as(ctx, a), now: () => clock });
    const p = await createPerson(at(keyholder), { identity: { realNames: ['Cy Example'] } });
    await setPersonStatus(at(keyholder), { personId: p.id, flagged: true, flagReason: 'Pattern', flagExpiresOn: '2025-06-01', banned: true, banReason: 'Threats', banExpiresOn: '2025-09-01' });
    const row = async () => (await listPeople(at(keyholder))).find((r) => r.id === p.id);
    expect(await getPerson(at(keyholder), { personId: p.id })).toMatchObject({ flagged: true, banned: true, flagLapsedOn: null, banLapsedOn: null });
    expect(await row()).toMatchObject({ flagged: true, banned: true });

    clock = new Date('2025-06-01T12:00:00Z'); // the flag ends on this date
    expect(await getPerson(at(keyholder), { personId: p.id })).toMatchObject({ flagged: false, flagLapsedOn: '2025-06-01', banned: true, banLapsedOn: null });
    expect(await row()).toMatchObject({ flagged: false, banned: true });

    clock = new Date('2025-10-01T12:00:00Z');
    expect(await getPerson(at(keyholder), { personId: p.id })).toMatchObject({ flagged: false, banned: false, banLapsedOn: '2025-09-01' });
    expect(await row()).toMatchObject({ flagged: false, banned: false });
    // What was set stays on record (the stored values are history); only its reading changes.
    const [stored] = await ctx.db.select({ flagged: people.flagged, banned: people.banned }).from(people).where(eq(people.id, p.id));
    expect(stored).toEqual({ flagged: true, banned: true });
  });
});
