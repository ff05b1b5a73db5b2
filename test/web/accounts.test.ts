// The account pages through app.request(): security headers, CSRF, forms that keep what was
// typed and name each bad field, cookies, sign-in and sign-out, membership and the audit trail.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog, invites, members, passwordResets } from '../../src/db/schema';
import { totpCode } from '../../src/services/auth/totp';
import type { ServiceContext } from '../../src/services/context';
import { setupPath } from '../../src/services/setup/setup-token';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, memberRow, type BuiltMember } from '../helpers/members';
import { appFor, TestClient } from './helpers/client';

let ctx: ServiceContext;
let clock: Date;
beforeEach(async () => {
  clock = new Date('2025-03-01T10:00:00Z');
  ctx = await freshContext({ now: () => clock });
});

async function signIn(client: TestClient, m: BuiltMember) {
  await client.get('/login');
  const res = await client.post('/login', { email: m.email, password: m.password, code: totpCode(m.totpSecret, clock) });
  expect(res.status).toBe(303);
  clock = new Date(clock.getTime() + 30_000); // the next code is a new time step
  return res;
}

describe('first-run setup', () => {
  it('sends every page to setup, keeps values on errors, then creates the chair', async () => {
    const client = new TestClient(appFor(ctx));
    for (const path of ['/', '/wg', '/login', '/wg/members']) {
      const r = await client.get(path);
      expect(r.status, path).toBe(303);
      expect(r.headers.get('location')).toBe('/setup');
    }
    const page = await client.get(setupPath(ctx.keys));
    expect(page.status).toBe(200);
    expect(client.lastHtml).toContain('<svg');
    const secret = /name="totpSecret" value="([A-Z2-7]+)"/.exec(client.lastHtml)![1]!;

    const bad = await client.post(setupPath(ctx.keys), { organisationName: 'Example Foundation', displayName: 'Ada', email: 'not-an-email', password: 'short', passwordConfirm: 'short', totpSecret: secret, code: '' });
    expect(bad.status).toBe(400);
    const html = client.lastHtml;
    expect(html).toContain('value="Example Foundation"');
    expect(html).toContain('value="not-an-email"');
    expect(html).not.toContain('value="short"'); // passwords are never sent back
    expect(html).toContain(`value="${secret}"`); // the same secret, so the app scan stays valid
    expect(html).toMatch(/href="#f-email"/);
    expect(html).toMatch(/aria-invalid="true"/);

    const ok = await client.post(setupPath(ctx.keys), {
      organisationName: 'Example Foundation',
      displayName: 'Ada',
      email: 'ada@example.org',
      password: 'a long enough password',
      passwordConfirm: 'a long enough password',
      totpSecret: secret,
      code: totpCode(secret, clock),
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/login');
    const login = await client.follow(ok);
    expect(login.status).toBe(200);
    expect(client.lastHtml).toContain('Your organisation is set up');
    expect((await client.get('/setup')).status).toBe(404);
    expect((await client.get(setupPath(ctx.keys))).status).toBe(404);
  });
});

describe('security', () => {
  beforeEach(async () => {
    await completeSetupDirectly(ctx);
  });

  it('sends a strict CSP and secure headers on every page', async () => {
    const client = new TestClient(appFor(ctx));
    const res = await client.get('/login');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(client.lastHtml).not.toMatch(/<script|style="/);
    expect(client.lastHtml.startsWith('<!DOCTYPE html>')).toBe(true);
    const css = await client.get('/static/candor.css');
    expect(css.headers.get('content-type')).toContain('text/css');
  });

  it('rejects a form without a valid CSRF token', async () => {
    const m = await buildMember(ctx);
    const client = new TestClient(appFor(ctx));
    await client.get('/login');
    const token = client.csrf();
    const input = { email: m.email, password: m.password, code: totpCode(m.totpSecret, clock) };
    expect((await client.post('/login', input, { csrf: false })).status).toBe(403);
    expect((await client.post('/login', input, { csrf: 'forged' })).status).toBe(403);
    const other = new TestClient(appFor(ctx));
    await other.get('/login');
    expect((await client.post('/login', input, { csrf: other.csrf() })).status).toBe(403);
    expect(await ctx.db.select().from(auditLog)).toHaveLength(0); // nothing reached the verb
    expect((await client.post('/login', input, { csrf: token })).status).toBe(303);
  });

  it('sets the session cookie HttpOnly, Secure, SameSite=Lax, and stores only its hash', async () => {
    const m = await buildMember(ctx);
    const client = new TestClient(appFor(ctx));
    const res = await signIn(client, m);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('candor_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = client.cookies.get('candor_session')!;
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits
    const rows = await ctx.db.select().from(auditLog);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('shows a 404 page without details for unknown pages and pages a role may not see', async () => {
    const m = await buildMember(ctx);
    const client = new TestClient(appFor(ctx));
    await signIn(client, m);
    for (const path of ['/nope', '/wg/members', '/wg/audit']) {
      const r = await client.get(path);
      expect(r.status, path).toBe(404);
      expect(client.lastHtml).toContain('Page not found');
    }
  });

  it('logs unexpected errors for the operator and shows nothing of them', async () => {
    const logged: string[] = [];
    const app = appFor(ctx, { log: (m) => logged.push(m) });
    app.get('/boom', () => {
      throw new Error('secret narrative text\nmore');
    });
    const r = await app.request('http://localhost/boom');
    expect(r.status).toBe(500);
    const body = await r.text();
    expect(body).not.toContain('secret');
    expect(body).not.toMatch(/at .*\.ts/);
    expect(logged).toHaveLength(1);
  });
});

describe('sign-in and sign-out', () => {
  beforeEach(async () => {
    await completeSetupDirectly(ctx);
  });

  it('keeps the email and says nothing specific on a failed sign-in', async () => {
    const m = await buildMember(ctx);
    const client = new TestClient(appFor(ctx));
    await client.get('/login');
    const r = await client.post('/login', { email: m.email, password: 'wrong password', code: '123456' });
    expect(r.status).toBe(401);
    expect(client.lastHtml).toContain(`value="${m.email}"`);
    expect(client.lastHtml).toContain('do not match');
    const empty = await client.post('/login', {});
    expect(empty.status).toBe(400);
    expect(client.lastHtml).toContain('Enter your email address');
  });

  it('signs in, follows a local ?next, and signs out', async () => {
    const m = await buildMember(ctx, { role: 'chair' });
    const client = new TestClient(appFor(ctx));
    const r0 = await client.get('/wg/members');
    expect(r0.headers.get('location')).toBe('/login?next=%2Fwg%2Fmembers');
    await client.get('/login?next=%2Fwg%2Fmembers');
    const r = await client.post('/login?next=%2Fwg%2Fmembers', { email: m.email, password: m.password, code: totpCode(m.totpSecret, clock) });
    expect(r.headers.get('location')).toBe('/wg/members');
    expect((await client.follow(r)).status).toBe(200);
    const out = await client.post('/logout');
    expect(out.status).toBe(303);
    expect((await client.get('/wg')).status).toBe(303);
  });

  it('does not lock a member out after five wrong passwords, and warns them on their account page', async () => {
    const m = await buildMember(ctx);
    const attacker = new TestClient(appFor(ctx));
    const app = attacker.app; // one app: one throttle, as in a running server
    await attacker.get('/login');
    for (let i = 0; i < 6; i++) expect((await attacker.post('/login', { email: m.email, password: 'guess number ' + i, code: '123456' })).status).toBe(401);
    clock = new Date(clock.getTime() + 3_000);
    const member = new TestClient(app);
    await member.get('/login');
    const r = await member.post('/login', { email: m.email, password: m.password, code: totpCode(m.totpSecret, clock) });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/wg/account');
    await member.follow(r);
    expect(member.lastHtml).toContain('Someone failed to sign in to your account 5 times');
    expect(member.lastHtml).toContain('Failed sign-ins to your account');
    const dismissed = await member.post('/wg/account/sign-in-alert/dismiss', { confirm: 'yes' });
    expect(dismissed.status).toBe(303);
    await member.follow(dismissed);
    expect(member.lastHtml).not.toContain('Failed sign-ins to your account');
  });

  it('changes the password on the account page, naming each bad field', async () => {
    const m = await buildMember(ctx);
    const client = new TestClient(appFor(ctx));
    await signIn(client, m);
    await client.get('/wg/account');
    const bad = await client.post('/wg/account/password', { currentPassword: m.password, password: '1qaz2wsx3edc', passwordConfirm: '1qaz2wsx3edc' });
    expect(bad.status).toBe(400);
    expect(client.lastHtml).toContain('New password: This is one of the 10,000 most common passwords');
    expect(client.lastHtml).not.toContain('1qaz2wsx3edc');
    const ok = await client.post('/wg/account/password', { currentPassword: m.password, password: 'a brand new passphrase', passwordConfirm: 'a brand new passphrase' });
    expect(ok.status).toBe(303);
    await client.follow(ok);
    expect(client.lastHtml).toContain('Your password has been changed');
    const again = new TestClient(client.app);
    await again.get('/login');
    expect((await again.post('/login', { email: m.email, password: 'a brand new passphrase', code: totpCode(m.totpSecret, clock) })).status).toBe(303);
  });

  it('signs out everywhere', async () => {
    const m = await buildMember(ctx);
    const a = new TestClient(appFor(ctx));
    const b = new TestClient(appFor(ctx));
    await signIn(a, m);
    await signIn(b, m);
    await a.get('/wg/account');
    expect((await a.post('/wg/account/logout-everywhere')).status).toBe(303);
    expect((await b.get('/wg')).status).toBe(303);
  });
});

describe('members pages', () => {
  beforeEach(async () => {
    await completeSetupDirectly(ctx);
  });

  it('invites with a link shown once, keeps values on errors, and enrols through the link', async () => {
    const chair = await buildMember(ctx, { role: 'chair' });
    const client = new TestClient(appFor(ctx));
    await signIn(client, chair);
    await client.get('/wg/members');
    const bad = await client.post('/wg/members/invite', { displayName: 'Bo', email: 'bo@', role: 'member' });
    expect(bad.status).toBe(400);
    expect(client.lastHtml).toContain('value="Bo"');
    expect(client.lastHtml).toContain('value="bo@"');
    const ok = await client.post('/wg/members/invite', { displayName: 'Bo', email: 'bo@example.org', role: 'member' });
    expect(ok.status).toBe(200);
    const link = /http:\/\/localhost:3000(\/enrol\/[A-Za-z0-9_-]+)/.exec(client.lastHtml)![1]!;
    const [inv] = await ctx.db.select().from(invites);
    expect(link).not.toContain(inv!.tokenHash);

    const invitee = new TestClient(appFor(ctx));
    expect((await invitee.get(link)).status).toBe(200);
    const secret = /name="totpSecret" value="([A-Z2-7]+)"/.exec(invitee.lastHtml)![1]!;
    const short = await invitee.post(link, { password: 'short', passwordConfirm: 'short', totpSecret: secret, code: totpCode(secret, clock) });
    expect(short.status).toBe(400);
    expect(invitee.lastHtml).toContain('At least 12 characters');
    const done = await invitee.post(link, { password: 'bo has a long password', passwordConfirm: 'bo has a long password', totpSecret: secret, code: totpCode(secret, clock) });
    expect(done.status).toBe(303);
    expect((await invitee.get(link)).status).toBe(404);
    expect((await ctx.db.select().from(members)).map((m) => m.email)).toContain('bo@example.org');
  });

  it('a chair\'s grant of the identity key waits for a board member to approve it on the approvals page', async () => {
    const chair = await buildMember(ctx, { role: 'chair' });
    const board = await buildMember(ctx, { role: 'board' });
    const m = await buildMember(ctx, { displayName: 'Sock Puppet' });
    const chairClient = new TestClient(appFor(ctx));
    await signIn(chairClient, chair);
    await chairClient.get('/wg/members');
    const r = await chairClient.post(`/wg/members/${m.id}/identity-access`, { granted: 'true' });
    await chairClient.follow(r);
    expect(chairClient.lastHtml).toContain('takes effect once another chair, vice-chair or board member approves it');
    expect(chairClient.lastHtml).toContain('Waiting for approval');
    expect((await memberRow(ctx, m.id)).identityKeyAccess).toBe(false);
    await chairClient.get('/wg/grants');
    expect(chairClient.lastHtml).toContain('Sock Puppet');
    expect(chairClient.lastHtml).toContain('Waiting for another member');
    expect(chairClient.lastHtml).not.toContain(`/wg/grants/`);

    const boardClient = new TestClient(chairClient.app);
    await signIn(boardClient, board);
    await boardClient.get('/wg');
    expect(boardClient.lastHtml).toContain('href="/wg/grants"');
    await boardClient.get('/wg/grants');
    const action = /action="(\/wg\/grants\/[0-9a-f-]+\/approve)"/.exec(boardClient.lastHtml)![1]!;
    expect((await boardClient.post(action, {})).status).toBe(400); // a bare post decides nothing
    await boardClient.get('/wg/grants');
    const ok = await boardClient.post(action, { confirm: 'yes' });
    expect(ok.status).toBe(303);
    await boardClient.follow(ok);
    expect(boardClient.lastHtml).toContain('Nothing is waiting for approval');
    expect((await memberRow(ctx, m.id)).identityKeyAccess).toBe(true);
  });

  it('a chair issues a one-time password-reset link; the member sets a new password with their authenticator code', async () => {
    const chair = await buildMember(ctx, { role: 'chair' });
    const m = await buildMember(ctx);
    const chairClient = new TestClient(appFor(ctx));
    await signIn(chairClient, chair);
    const memberClient = new TestClient(chairClient.app);
    await signIn(memberClient, m);
    await chairClient.get('/wg/members');
    expect((await chairClient.post(`/wg/members/${m.id}/password-reset`, { confirm: 'yes' })).status).toBe(200);
    const link = /http:\/\/localhost:3000(\/reset\/[A-Za-z0-9_-]+)/.exec(chairClient.lastHtml)![1]!;
    const [stored] = await ctx.db.select().from(passwordResets);
    expect(stored!.tokenHash).not.toContain(link.slice('/reset/'.length));

    const visitor = new TestClient(chairClient.app);
    expect((await visitor.get(link)).status).toBe(200);
    const wrongCode = await visitor.post(link, { password: 'my fresh passphrase', passwordConfirm: 'my fresh passphrase', code: '000000' });
    expect(wrongCode.status).toBe(400);
    expect(visitor.lastHtml).toContain('That code does not match');
    const common = await visitor.post(link, { password: 'qwerty123456', passwordConfirm: 'qwerty123456', code: totpCode(m.totpSecret, clock) });
    expect(common.status).toBe(400);
    expect(visitor.lastHtml).toContain('10,000 most common');
    const done = await visitor.post(link, { password: 'my fresh passphrase', passwordConfirm: 'my fresh passphrase', code: totpCode(m.totpSecret, clock) });
    expect(done.status).toBe(303);
    expect((await visitor.get(link)).status).toBe(404); // used up
    expect((await memberClient.get('/wg')).status).toBe(303); // every session ended
    const actions = (await ctx.db.select().from(auditLog)).map((e) => e.action);
    expect(actions).toContain('member.password_reset_issue');
    expect(actions).toContain('member.password_reset');
    clock = new Date(clock.getTime() + 30_000);
    await memberClient.get('/login');
    expect((await memberClient.post('/login', { email: m.email, password: 'my fresh passphrase', code: totpCode(m.totpSecret, clock) })).status).toBe(303);
  });

  it('a password-reset link expires after a day', async () => {
    const chair = await buildMember(ctx, { role: 'chair' });
    const m = await buildMember(ctx);
    const chairClient = new TestClient(appFor(ctx));
    await signIn(chairClient, chair);
    await chairClient.get('/wg/members');
    await chairClient.post(`/wg/members/${m.id}/password-reset`, { confirm: 'yes' });
    const link = /http:\/\/localhost:3000(\/reset\/[A-Za-z0-9_-]+)/.exec(chairClient.lastHtml)![1]!;
    clock = new Date(clock.getTime() + 25 * 3_600_000);
    expect((await new TestClient(chairClient.app).get(link)).status).toBe(404);
  });

  it('offboarding ends the member\'s session at once', async () => {
    const chair = await buildMember(ctx, { role: 'chair' });
    const m = await buildMember(ctx);
    const chairClient = new TestClient(appFor(ctx));
    const memberClient = new TestClient(appFor(ctx));
    await signIn(chairClient, chair);
    await signIn(memberClient, m);
    expect((await memberClient.get('/wg')).status).toBe(200);
    await chairClient.get('/wg/members');
    const r = await chairClient.post(`/wg/members/${m.id}/offboard`, { confirm: 'yes' });
    expect(r.status).toBe(303);
    await chairClient.follow(r);
    expect(chairClient.lastHtml).toContain('has been offboarded');
    expect((await memberClient.get('/wg')).status).toBe(303);
  });
});

describe('conflicts and audit pages', () => {
  beforeEach(async () => {
    await completeSetupDirectly(ctx);
  });

  it('asks new members to declare and keeps their ticks on errors', async () => {
    const { cases } = await import('../../src/db/schema');
    const [c] = await ctx.db.insert(cases).values({ codeName: 'home shelf', receivedOn: '2025-01-02' }).returning();
    const m = await buildMember(ctx, { conflictsDeclared: false });
    const client = new TestClient(appFor(ctx));
    await signIn(client, m);
    await client.get('/wg');
    expect(client.lastHtml).toContain('Declare your conflicts of interest first');
    await client.get('/wg/conflicts');
    expect(client.lastHtml).toContain('home shelf');
    const bad = await client.post('/wg/conflicts', { case: c!.id, [`reason-${c!.id}`]: 'other', [`details-${c!.id}`]: '' });
    expect(bad.status).toBe(400);
    expect(client.lastHtml).toMatch(/checked=""/);
    expect(client.lastHtml).toContain('Say briefly what the conflict is');
    const ok = await client.post('/wg/conflicts', { case: c!.id, [`reason-${c!.id}`]: 'employer', [`details-${c!.id}`]: '' });
    expect(ok.status).toBe(303);
    await client.follow(ok);
    expect(client.lastHtml).not.toContain('Declare your conflicts of interest first');
  });

  it('lets the board browse and filter the audit trail; bad filters are 400', async () => {
    const board = await buildMember(ctx, { role: 'board' });
    const client = new TestClient(appFor(ctx));
    await signIn(client, board);
    const r = await client.get('/wg/audit?action=member.login');
    expect(r.status).toBe(200);
    expect(client.lastHtml).toContain('member.login');
    const bad = await client.get('/wg/audit?from=yesterday');
    expect(bad.status).toBe(400);
    expect(client.lastHtml).toContain('value="yesterday"');
  });
});
