// The case register's pages through app.request(): forms that keep values at 400, code names
// only in lists and titles, 404 for recused members, sealed attachments downloaded safely.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/services/context';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor, type BuiltMember } from '../helpers/members';
import { appFor, BASE, TestClient } from './helpers/client';

let ctx: ServiceContext;
let chair: BuiltMember;
let member: BuiltMember;

beforeEach(async () => {
  ctx = await freshContext();
  await completeSetupDirectly(ctx);
  chair = await buildMember(ctx, { role: 'chair', identityKeyAccess: true });
  member = await buildMember(ctx, { role: 'member' });
});

async function clientFor(m: BuiltMember): Promise<TestClient> {
  const client = new TestClient(appFor(ctx));
  client.cookies.set(SESSION_COOKIE, await sessionFor(ctx, m.id));
  return client;
}

async function recordCase(client: TestClient): Promise<{ path: string; codeName: string }> {
  await client.get('/wg/cases/new');
  const res = await client.post('/wg/cases', { receivedOn: '2025-03-02', channel: 'web_form', safetyRisk: 'no', categories: ['Harassment'], narrative: 'Reported by Jane Realname' });
  expect(res.status).toBe(303);
  const path = res.headers.get('location')!;
  await client.follow(res);
  const codeName = /<h1>Case ([a-z]+ [a-z]+)<\/h1>/.exec(client.lastHtml)![1]!;
  return { path, codeName };
}

describe('case pages', () => {
  it('records a case, keeping values and naming fields on a bad form', async () => {
    const client = await clientFor(chair);
    await client.get('/wg/cases/new');
    const bad = await client.post('/wg/cases', { receivedOn: '2025-02-30', channel: 'web_form', narrative: 'Kept text', categories: ['Harassment'] });
    expect(bad.status).toBe(400);
    expect(client.lastHtml).toContain('value="2025-02-30"');
    expect(client.lastHtml).toContain('Kept text');
    expect(client.lastHtml).toMatch(/href="#f-receivedOn"/);
    expect(client.lastHtml).toMatch(/value="Harassment" checked/);

    const { path, codeName } = await recordCase(client);
    expect(client.lastHtml).toContain(`<title>Case ${codeName}`);
    expect(client.lastHtml).toContain('Reported by Jane Realname'); // the narrative, for those allowed

    // People rows, a note, a stage and the resolution, all through forms.
    await client.get(`${path}/people/new`);
    expect((await client.post(`${path}/people`, { personCodeName: '', roleInCase: 'reported', consequence: 'warning' })).status).toBe(303);
    expect((await client.post(`${path}/people`, { personCodeName: 'Nobody Known', roleInCase: 'reported' })).status).toBe(400);
    expect(client.lastHtml).toContain('value="Nobody Known"');
    await client.get(path);
    expect((await client.post(`${path}/notes`, { body: '' })).status).toBe(400);
    expect(client.lastHtml).toMatch(/href="#f-body"/);
    expect((await client.post(`${path}/notes`, { body: 'Called the reporter back' })).status).toBe(303);
    expect((await client.post(`${path}/stage`, { stage: 'evaluating' })).status).toBe(303);
    await client.get(`${path}/resolve`);
    expect((await client.post(`${path}/resolve`, { resolvedOn: '2025-04-01', resolutionSource: 'working_group', reviewOn: '', summary: '', outcome: 'Warned' })).status).toBe(400);
    expect(client.lastHtml).toContain('Warned');
    expect((await client.post(`${path}/resolve`, { resolvedOn: '2025-04-01', resolutionSource: 'working_group', reviewOn: '2025-10-01', summary: 'Wrote to them', outcome: 'Warned' })).status).toBe(303);
    await client.get(path);
    expect(client.lastHtml).toContain('Called the reporter back');
    expect(client.lastHtml).toContain('Wrote to them');

    await client.get('/wg/cases?status=resolved');
    expect(client.lastHtml).toContain(codeName);
    expect(client.lastHtml).not.toContain('Realname');
    await client.get('/wg/cases?period=soon');
    expect(client.lastHtml).toMatch(/href="#f-period"/);
  });

  it('gives a recused member the code name in the list and 404 everywhere else', async () => {
    const chairClient = await clientFor(chair);
    const { path, codeName } = await recordCase(chairClient);
    const client = await clientFor(member);
    expect((await client.get(path)).status).toBe(200);
    await client.get(`${path}/recuse`);
    expect((await client.post(`${path}/recuse`, { reason: 'other', details: '' })).status).toBe(400);
    expect((await client.post(`${path}/recuse`, { reason: 'relationship', details: 'Close friend' })).status).toBe(303);
    for (const p of [path, `${path}/edit`, `${path}/people/new`, `${path}/resolve`]) expect((await client.get(p)).status, p).toBe(404);
    await client.get('/wg/cases');
    expect(client.lastHtml).toContain(codeName);
    expect(client.lastHtml).toContain('Recused');
    expect(client.lastHtml).not.toContain(`href="${path}"`);
  });

  it('stores attachments sealed, refuses disguised files and forces a download', async () => {
    const client = await clientFor(chair);
    const { path } = await recordCase(client);
    const upload = async (name: string, type: string, content: string) => {
      const form = new FormData();
      form.append('file', new File([content], name, { type }));
      const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      return client.app.request(`${BASE}${path}/attachments?_csrf=${encodeURIComponent(client.csrf())}`, { method: 'POST', headers: { cookie }, body: form });
    };
    const bad = await upload('evil.pdf', 'application/pdf', '<html><script>alert(1)</script>');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('must be a PDF, an image');
    const disguised = await upload('report.pdf', 'application/pdf', 'plain words');
    expect(disguised.status).toBe(400);
    expect(await disguised.text()).toContain('its content does not match its type');
    expect((await upload('notes from "call".txt', 'text/plain', 'plain words')).status).toBe(303);
    await client.get(path);
    const href = /href="(\/wg\/cases\/[^"]+\/attachments\/[^"]+)"/.exec(client.lastHtml)![1]!;
    const file = await client.get(href);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="notes from call.txt"; filename\*=UTF-8''/);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await file.text()).toBe('plain words');
    expect((await (await clientFor(member)).get(href)).status).toBe(200);
    const adviser = await buildMember(ctx, { role: 'adviser' });
    expect((await (await clientFor(adviser)).get(href)).status).toBe(404);
  });
});

describe('undoing access', () => {
  it('revokes a share and withdraws an exclusion from the case page', async () => {
    const client = await clientFor(chair);
    const { path } = await recordCase(client);
    const adviser = await buildMember(ctx, { role: 'adviser' });
    const asAdviser = await clientFor(adviser);
    await client.get(path);
    expect((await client.post(`${path}/share`, { memberId: adviser.id })).status).toBe(303);
    expect((await asAdviser.get(path)).status).toBe(200);
    await client.get(path);
    expect(client.lastHtml).toContain(`action="${path}/unshare"`);
    const revoked = await client.post(`${path}/unshare`, { memberId: adviser.id });
    expect(revoked.status).toBe(303);
    await client.follow(revoked);
    expect(client.lastHtml).toContain('The adviser no longer has access to the case.');
    expect((await asAdviser.get(path)).status).toBe(404);

    expect((await client.post(`${path}/exclude`, { excludeMemberId: member.id })).status).toBe(303);
    const asMember = await clientFor(member);
    expect((await asMember.get(path)).status).toBe(404);
    await client.get(path);
    expect(client.lastHtml).toContain(`action="${path}/lift-exclusion"`);
    expect((await client.post(`${path}/lift-exclusion`, { memberId: member.id })).status).toBe(303);
    expect((await asMember.get(path)).status).toBe(200);
    // Nothing left to undo: the case page again, with the field named.
    await client.get(path);
    expect((await client.post(`${path}/lift-exclusion`, { memberId: member.id })).status).toBe(400);
  });
});

describe('withdrawing a declared conflict', () => {
  it('the member asks from the register, the chair confirms on the case page', async () => {
    const client = await clientFor(chair);
    const { path } = await recordCase(client);
    const asMember = await clientFor(member);
    await asMember.get(`${path}/recuse`);
    expect((await asMember.post(`${path}/recuse`, { reason: 'employer' })).status).toBe(303);
    await asMember.get('/wg/cases');
    expect(asMember.lastHtml).toContain(`href="${path}/recuse"`);
    await asMember.get(`${path}/recuse`);
    expect(asMember.lastHtml).toContain('Ask to withdraw my conflict');
    expect((await asMember.post(`${path}/recusal/withdraw`, {})).status).toBe(400); // not confirmed
    const asked = await asMember.post(`${path}/recusal/withdraw`, { confirm: 'yes' });
    expect(asked.status).toBe(303);
    expect((await asMember.get(path)).status).toBe(404); // still recused until the chair confirms
    await asMember.get(`${path}/recuse`);
    expect(asMember.lastHtml).toContain('You stay recused until the chair confirms it.');

    await client.get(path);
    expect(client.lastHtml).toContain('asks to withdraw their declared conflict');
    const decided = await client.post(`${path}/recusal-withdrawal`, { memberId: member.id, decision: 'confirmed' });
    expect(decided.status).toBe(303);
    expect((await asMember.get(path)).status).toBe(200);
  });
});

describe('identity key pages', () => {
  it('adds a person, finds them, and keeps real names out of lists and titles', async () => {
    const client = await clientFor(chair);
    await client.get('/wg/people/new');
    expect((await client.post('/wg/people', { realNames: 'Grace Realname', emails: 'not-an-email' })).status).toBe(400);
    expect(client.lastHtml).toMatch(/href="#f-emails"/);
    expect(client.lastHtml).toContain('Grace Realname');
    const ok = await client.post('/wg/people', { realNames: 'Grace Realname', emails: 'grace@example.org', aliases: '', usernames: '@gr' });
    expect(ok.status).toBe(303);
    await client.follow(ok);
    expect(client.lastHtml).toContain('Grace Realname');
    expect(/<title>[^<]*Realname/.test(client.lastHtml)).toBe(false);
    await client.get('/wg/people?identifier=GRACE%40example.org');
    expect(client.lastHtml).toContain('matched on email');
    expect(client.lastHtml).not.toContain('Grace Realname');
    expect((await (await clientFor(member)).get('/wg/people')).status).toBe(404);
  });
});
