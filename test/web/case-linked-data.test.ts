// What the people, audit, conflicts and access-request pages show to a keyholder recused from or
// excluded from a case, to the board and to an offboarded member: never the people named only in
// that case, never their link to it, never its audit entries; and to an excluded member the case
// answers exactly as a case that does not exist.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { requestCaseAccess } from '../../src/services/access-requests/request-case-access';
import { addCasePerson } from '../../src/services/cases/add-case-person';
import { createCase } from '../../src/services/cases/create-case';
import { withActor, type ServiceContext } from '../../src/services/context';
import { createPerson } from '../../src/services/people/create-person';
import { declareRecusal } from '../../src/services/recusals/declare-recusal';
import { excludeMember } from '../../src/services/recusals/exclude-member';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor, type BuiltMember } from '../helpers/members';
import { appFor, TestClient } from './helpers/client';

let ctx: ServiceContext;
let chair: BuiltMember;
let recused: BuiltMember;
let excluded: BuiltMember;
let board: BuiltMember;
let namedBoard: BuiltMember;
let offboarded: BuiltMember;
let secret: { id: string; codeName: string };
let open: { id: string; codeName: string };
let onlySecret: { id: string; codeName: string };
let both: { id: string; codeName: string };
let secretRow: string;

beforeEach(async () => {
  ctx = await freshContext();
  await completeSetupDirectly(ctx);
  chair = await buildMember(ctx, { role: 'chair', identityKeyAccess: true });
  recused = await buildMember(ctx, { role: 'vice_chair', identityKeyAccess: true });
  excluded = await buildMember(ctx, { role: 'chair', identityKeyAccess: true });
  board = await buildMember(ctx, { role: 'board' });
  namedBoard = await buildMember(ctx, { role: 'board' });
  offboarded = await buildMember(ctx, { role: 'chair', identityKeyAccess: true, active: false });
  const asChair = withActor(ctx, chair.actor);
  secret = await createCase(asChair, { receivedOn: '2025-03-10' });
  open = await createCase(asChair, { receivedOn: '2025-03-11' });
  onlySecret = await createPerson(asChair, { identity: { realNames: ['Xena Secretparty'], emails: ['xena@example.org'] } });
  both = await createPerson(asChair, { identity: { realNames: ['Bo Bothcases'] } });
  secretRow = (await addCasePerson(asChair, { caseId: secret.id, personCodeName: onlySecret.codeName, consequence: 'ban' })).id;
  await addCasePerson(asChair, { caseId: secret.id, personCodeName: both.codeName, consequence: 'ban' });
  await addCasePerson(asChair, { caseId: open.id, personCodeName: both.codeName, consequence: 'warning' });
  await declareRecusal(withActor(ctx, recused.actor), { caseId: secret.id, reason: 'relationship', details: 'Shares a flat' });
  await excludeMember(asChair, { caseId: secret.id, memberId: excluded.id });
  await excludeMember(asChair, { caseId: secret.id, memberId: namedBoard.id });
  await requestCaseAccess(withActor(ctx, board.actor), { caseCodeName: secret.codeName, reason: 'Oversight of the handling' });
});

async function clientFor(m: BuiltMember): Promise<TestClient> {
  const client = new TestClient(appFor(ctx));
  client.cookies.set(SESSION_COOKIE, await sessionFor(ctx, m.id));
  return client;
}

/** The page's text with the per-session CSRF token taken out, to compare two pages. */
const page = async (client: TestClient, path: string) => {
  const res = await client.get(path);
  return { status: res.status, html: (await res.text()).replace(/name="_csrf" value="[^"]+"/g, '') };
};

describe.each([
  ['recused from', () => recused],
  ['excluded from', () => excluded],
])('people pages for a keyholder %s a case', (_, who) => {
  it('list, search and person page show nobody named only in that case, nor the link to it', async () => {
    const client = await clientFor(who());
    const list = await page(client, '/wg/people');
    expect(list.status).toBe(200);
    expect(list.html).toContain(both.codeName);
    expect(list.html).not.toContain(onlySecret.codeName);

    const search = await page(client, '/wg/people?identifier=xena%40example.org');
    expect(search.status).toBe(200);
    expect(search.html).not.toContain(onlySecret.codeName);

    const person = await page(client, `/wg/people/${both.id}`);
    expect(person.status).toBe(200);
    expect(person.html).toContain('Bo Bothcases');
    expect(person.html).toContain(open.codeName);
    expect(person.html).not.toContain(secret.codeName);

    // The hidden person's pages answer exactly as for an id that does not exist.
    const unknown = await page(client, `/wg/people/${randomUUID()}`);
    expect(unknown.status).toBe(404);
    for (const path of [`/wg/people/${onlySecret.id}`, `/wg/people/${onlySecret.id}/edit`]) {
      const hidden = await page(client, path);
      expect(hidden).toEqual(unknown);
      expect(hidden.html).not.toContain('Xena');
    }
    await client.get('/wg/people');
    for (const [path, fields] of [
      [`/wg/people/${onlySecret.id}/status`, { flagged: 'yes', flagReason: 'x' }],
      [`/wg/people/${onlySecret.id}/edit`, { realNames: 'Renamed' }],
      [`/wg/people/${onlySecret.id}/link`, { casePersonId: secretRow }],
    ] as const) {
      expect((await client.post(path, fields)).status, path).toBe(404);
    }
  });

  it('the audit trail leaves the case out, also when asked for by its code name', async () => {
    const client = await clientFor(who());
    const trail = await page(client, '/wg/audit');
    expect(trail.status).toBe(200);
    expect(trail.html).toContain(open.codeName);
    expect(trail.html).not.toContain(secret.codeName);
    expect(trail.html).not.toContain(onlySecret.codeName);
    const filtered = await page(client, `/wg/audit?caseCode=${encodeURIComponent(secret.codeName)}`);
    const nothing = await page(client, `/wg/audit?caseCode=${encodeURIComponent('no such case')}`);
    expect(filtered.status).toBe(200);
    // The filter's own value is echoed in the form; apart from it, the two pages are the same.
    expect(filtered.html.replaceAll(secret.codeName, 'X')).toEqual(nothing.html.replaceAll('no such case', 'X'));
  });

  it('the records-access requests leave the case out', async () => {
    const review = await page(await clientFor(who()), '/wg/access-requests/review');
    expect(review.status).toBe(200);
    expect(review.html).not.toContain(secret.codeName);
    expect((await page(await clientFor(chair), '/wg/access-requests/review')).html).toContain(secret.codeName);
  });
});

describe('a member excluded from a case', () => {
  it('gets the same page for it as for a case that does not exist, and never sees its code name', async () => {
    const client = await clientFor(excluded);
    const ghost = randomUUID();
    for (const suffix of ['', '/recuse', '/people/new']) {
      const real = await page(client, `/wg/cases/${secret.id}${suffix}`);
      const none = await page(client, `/wg/cases/${ghost}${suffix}`);
      expect(real.status, suffix).toBe(404);
      expect(real, suffix).toEqual(none);
      expect(real.html).not.toContain('exclude');
    }
    await client.get('/wg/cases');
    expect(client.lastHtml).toContain(open.codeName);
    expect(client.lastHtml).not.toContain(secret.codeName);
    await client.get('/wg/conflicts');
    expect(client.lastHtml).toContain(open.codeName);
    expect(client.lastHtml).not.toContain(secret.codeName);
    expect((await client.post(`/wg/cases/${secret.id}/recuse`, { reason: 'involved' })).status).toBe(404);
  });

  it('a member who declared the conflict still sees the code name, marked recused', async () => {
    const client = await clientFor(recused);
    expect((await page(client, `/wg/cases/${secret.id}/recuse`)).html).toContain(secret.codeName);
    expect((await page(client, '/wg/cases')).html).toContain(secret.codeName);
  });
});

describe('the board and offboarded members', () => {
  it('the board reads the trail of every case except one that names them, and never the identity key', async () => {
    const trail = (await page(await clientFor(board), '/wg/audit')).html;
    expect(trail).toContain(secret.codeName);
    const named = await clientFor(namedBoard);
    expect((await page(named, '/wg/audit')).html).not.toContain(secret.codeName);
    expect((await page(named, '/wg/people')).status).toBe(404);
    expect((await page(named, `/wg/people/${both.id}`)).status).toBe(404);
  });

  it('an offboarded member is sent to sign in from every one of these pages', async () => {
    const client = await clientFor(offboarded);
    for (const path of ['/wg/people', `/wg/people/${both.id}`, '/wg/audit', '/wg/access-requests/review', `/wg/cases/${secret.id}/recuse`]) {
      const res = await client.get(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location'), path).toMatch(/^\/login/);
    }
  });
});
