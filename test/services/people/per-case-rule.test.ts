// One per-case rule for everything linked to a case: a keyholder recused from (or excluded from) a
// case sees nothing of the people named only in it, nor that person's link to it; the audit trail
// and the access requests leave that case out for them too.
import { beforeEach, describe, expect, it } from 'vitest';
import { cases } from '../../../src/db/schema';
import type { MemberActor } from '../../../src/domain/access';
import { listAccessRequests } from '../../../src/services/access-requests/list-access-requests';
import { requestCaseAccess } from '../../../src/services/access-requests/request-case-access';
import { listAuditEntries } from '../../../src/services/audit/list-entries';
import { addCasePerson } from '../../../src/services/cases/add-case-person';
import { caseAccess } from '../../../src/services/cases/case-resource';
import { listCases } from '../../../src/services/cases/list-cases';
import type { ServiceContext } from '../../../src/services/context';
import { listCaseCodeNames } from '../../../src/services/members/list-case-code-names';
import { createPerson } from '../../../src/services/people/create-person';
import { findPeopleByIdentifier } from '../../../src/services/people/find-person';
import { getPerson } from '../../../src/services/people/get-person';
import { linkCasePerson } from '../../../src/services/people/link-case-person';
import { listLinkableRows } from '../../../src/services/people/list-linkable-rows';
import { listPeople } from '../../../src/services/people/list-people';
import { setPersonStatus } from '../../../src/services/people/set-person-status';
import { updatePersonIdentity } from '../../../src/services/people/update-person-identity';
import { declareRecusal } from '../../../src/services/recusals/declare-recusal';
import { excludeMember } from '../../../src/services/recusals/exclude-member';
import { getOwnRecusal } from '../../../src/services/recusals/get-own-recusal';
import { freshContext } from '../../helpers/db';
import { as, buildCase, buildMember } from '../cases/factories';

let ctx: ServiceContext;
let chair: MemberActor;
let recused: MemberActor;
let excluded: MemberActor;
let plain: MemberActor;
let secret: { id: string; codeName: string };
let open: { id: string; codeName: string };
let onlySecret: { id: string; codeName: string };
let both: { id: string; codeName: string };
let loose: { id: string; codeName: string };
let secretRow: string;
let drawn: string;

beforeEach(async () => {
  ctx = await freshContext();
  chair = await buildMember(ctx, { role: 'chair', identityKeyAccess: true });
  recused = await buildMember(ctx, { role: 'vice_chair', identityKeyAccess: true });
  excluded = await buildMember(ctx, { role: 'chair', identityKeyAccess: true });
  plain = await buildMember(ctx, { identityKeyAccess: true });
  secret = await buildCase(ctx, chair);
  open = await buildCase(ctx, chair);
  onlySecret = await createPerson(as(ctx, chair), { identity: { realNames: ['Xena Secretparty'], emails: ['xena@example.org'] } });
  both = await createPerson(as(ctx, chair), { identity: { realNames: ['Bo Bothcases'] } });
  loose = await createPerson(as(ctx, chair), { identity: { realNames: ['Lu Nocase'] } });
  secretRow = (await addCasePerson(as(ctx, chair), { caseId: secret.id, personCodeName: onlySecret.codeName, consequence: 'ban' })).id;
  await addCasePerson(as(ctx, chair), { caseId: secret.id, personCodeName: both.codeName, consequence: 'ban' });
  await addCasePerson(as(ctx, chair), { caseId: open.id, personCodeName: both.codeName, consequence: 'warning' });
  drawn = (await addCasePerson(as(ctx, chair), { caseId: open.id, consequence: 'no_action' })).personCodeName;
  await declareRecusal(as(ctx, recused), { caseId: secret.id, reason: 'relationship', details: 'Shares a flat with Xena' });
  await excludeMember(as(ctx, chair), { caseId: secret.id, memberId: excluded.id });
});

describe('caseAccess', () => {
  it('answers for a batch of cases and filters a query in SQL', async () => {
    const mine = await caseAccess(as(ctx, recused), 'read:case');
    expect([...mine.allowed]).toEqual([open.id]);
    expect([...mine.refused]).toEqual([[secret.id, secret.codeName]]);
    const rows = await ctx.db.select({ id: cases.id }).from(cases).where(mine.allows(cases.id));
    expect(rows.map((r) => r.id)).toEqual([open.id]);
    const theirs = await caseAccess(as(ctx, plain), 'read:case');
    expect(theirs.refused.size).toBe(0);
    expect(await ctx.db.select({ id: cases.id }).from(cases).where(theirs.allows(cases.id))).toHaveLength(2);
    // Asked about some cases only: nothing else passes.
    const some = await caseAccess(as(ctx, plain), 'read:case', [open.id]);
    expect((await ctx.db.select({ id: cases.id }).from(cases).where(some.allows(cases.id))).map((r) => r.id)).toEqual([open.id]);
  });
});

describe.each([
  ['recused', () => recused],
  ['excluded', () => excluded],
])('the identity key for a keyholder %s from a case', (_, who) => {
  it('lists, opens and finds only people named in cases they may see, and counts only those cases', async () => {
    const actor = who();
    const list = await listPeople(as(ctx, actor));
    expect(list.map((p) => p.codeName).sort()).toEqual([both.codeName, loose.codeName, drawn].sort());
    expect(list.find((p) => p.id === both.id)).toMatchObject({ reportCount: 1, highestConsequence: 'warning' });

    await expect(getPerson(as(ctx, actor), { personId: onlySecret.id })).rejects.toMatchObject({ code: 'not_found' });
    const seen = await getPerson(as(ctx, actor), { personId: both.id });
    expect(seen.rows.map((r) => r.caseCodeName)).toEqual([open.codeName]);
    expect(seen).toMatchObject({ reportCount: 1, highestConsequence: 'warning' });
    expect(JSON.stringify(seen)).not.toContain(secret.codeName);

    expect(await findPeopleByIdentifier(as(ctx, actor), { identifier: 'xena@example.org' })).toEqual([]);
    expect(await findPeopleByIdentifier(as(ctx, actor), { identifier: 'Bo Bothcases' })).toHaveLength(1);

    await expect(setPersonStatus(as(ctx, actor), { personId: onlySecret.id, flagged: true, flagReason: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(updatePersonIdentity(as(ctx, actor), { personId: onlySecret.id, realNames: ['Other'] })).rejects.toMatchObject({ code: 'not_found' });
    await expect(linkCasePerson(as(ctx, actor), { personId: onlySecret.id, casePersonId: secretRow })).rejects.toMatchObject({ code: 'not_found' });
    const linkable = await listLinkableRows(as(ctx, actor), { personId: loose.id });
    expect(linkable.map((r) => r.caseCodeName)).toEqual([open.codeName, open.codeName]);
  });

  it('leaves the case and its people out of the audit trail, also when asked for by code name', async () => {
    const actor = who();
    const page = await listAuditEntries(as(ctx, actor), {});
    const text = JSON.stringify(page.entries);
    expect(page.entries.some((e) => e.entityRef === open.codeName)).toBe(true);
    expect(text).not.toContain(secret.codeName);
    expect(text).not.toContain(onlySecret.codeName);
    expect(text).not.toContain('relationship'); // the recusal reason of case.recuse
    expect((await listAuditEntries(as(ctx, actor), { caseCode: secret.codeName })).entries.filter((e) => e.action !== 'audit.read')).toEqual([]);
  });
});

describe('the same rule elsewhere', () => {
  it('shows every keyholder who may see both cases everything', async () => {
    const list = await listPeople(as(ctx, plain));
    expect(list).toHaveLength(4); // three by hand, one drawn for a row
    expect(list.find((p) => p.id === both.id)).toMatchObject({ reportCount: 2, highestConsequence: 'ban' });
    expect((await getPerson(as(ctx, plain), { personId: onlySecret.id })).rows.map((r) => r.caseCodeName)).toEqual([secret.codeName]);
    const trail = JSON.stringify((await listAuditEntries(as(ctx, chair), {})).entries);
    expect(trail).toContain(secret.codeName);
  });

  it('keeps the board out of the trail of a case that names them, not of others', async () => {
    const board = await buildMember(ctx, { role: 'board' });
    const named = await buildMember(ctx, { role: 'board' });
    await excludeMember(as(ctx, chair), { caseId: secret.id, memberId: named.id });
    expect(JSON.stringify((await listAuditEntries(as(ctx, board), {})).entries)).toContain(secret.codeName);
    expect(JSON.stringify((await listAuditEntries(as(ctx, named), {})).entries)).not.toContain(secret.codeName);
  });

  it('hides the records-access requests on a case from a chair recused from it', async () => {
    const board = await buildMember(ctx, { role: 'board' });
    await requestCaseAccess(as(ctx, board), { caseCodeName: secret.codeName, reason: 'Oversight of the handling' });
    await requestCaseAccess(as(ctx, board), { caseCodeName: open.codeName, reason: 'Oversight of the handling' });
    expect((await listAccessRequests(as(ctx, chair))).map((r) => r.caseCodeName).sort()).toEqual([secret.codeName, open.codeName].sort());
    expect((await listAccessRequests(as(ctx, excluded))).map((r) => r.caseCodeName)).toEqual([open.codeName]);
    expect((await listAccessRequests(as(ctx, board))).map((r) => r.caseCodeName).sort()).toEqual([secret.codeName, open.codeName].sort());
  });

  it('makes a case an excluded member is named in look like no case at all', async () => {
    await expect(getOwnRecusal(as(ctx, excluded), { caseId: secret.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(declareRecusal(as(ctx, excluded), { caseId: secret.id, reason: 'involved' })).rejects.toMatchObject({ code: 'not_found' });
    expect((await listCaseCodeNames(as(ctx, excluded))).cases.map((c) => c.id)).toEqual([open.id]);
    expect((await listCases(as(ctx, excluded))).map((c) => c.id)).toEqual([open.id]);
    // A member who declared the conflict themselves still sees the code name, marked recused.
    expect((await getOwnRecusal(as(ctx, recused), { caseId: secret.id })).recusal).toBe('declared');
    expect((await listCases(as(ctx, recused))).find((c) => c.id === secret.id)).toMatchObject({ kind: 'recused' });
  });
});
