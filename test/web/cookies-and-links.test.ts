// Cookies and links that leave the app: flash messages are sealed (a code name never sits in a
// readable cookie), cookie names carry __Host- when the public URL is https, and invitation
// links use the configured public URL whatever Host the request named.
import { beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/services/auth/totp';
import type { ServiceContext } from '../../src/services/context';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor, type BuiltMember } from '../helpers/members';
import { appFor, TestClient } from './helpers/client';

const PUBLIC_URL = 'https://conduct.example.org';
let clock = new Date('2025-03-01T10:00:00Z');
let ctx: ServiceContext;
let chair: BuiltMember;
beforeAll(async () => {
  ctx = await freshContext({ now: () => clock, config: { organisation: { publicUrl: PUBLIC_URL } } });
  await completeSetupDirectly(ctx);
  chair = await buildMember(ctx, { role: 'chair' });
});

const setCookies = (res: Response) => res.headers.getSetCookie();

describe('cookies over https', () => {
  it('names every cookie with __Host-, Secure, Path=/ and no Domain, and signs in with them', async () => {
    const client = new TestClient(appFor(ctx));
    const login = await client.get('/login');
    const csrf = setCookies(login).find((c) => c.startsWith('__Host-candor_csrf='));
    expect(csrf).toBeDefined();
    expect(csrf).toMatch(/; Secure/);
    expect(csrf).toMatch(/; Path=\//);
    expect(csrf).not.toMatch(/Domain=/i);
    const res = await client.post('/login', { email: chair.email, password: chair.password, code: totpCode(chair.totpSecret, clock) });
    clock = new Date(clock.getTime() + 30_000);
    expect(res.status).toBe(303);
    expect(setCookies(res).some((c) => c.startsWith('__Host-candor_session='))).toBe(true);
    expect([...client.cookies.keys()].every((k) => k.startsWith('__Host-'))).toBe(true);
    expect((await client.get('/wg')).status).toBe(200);
  });

  it('ignores a cookie without the prefix, as a sibling site could plant', async () => {
    const client = new TestClient(appFor(ctx));
    client.cookies.set('candor_session', await sessionFor(ctx, chair.id));
    expect((await client.get('/wg')).status).toBe(303); // sent to sign in
  });
});

describe('flash messages', () => {
  it('keeps the code name out of the cookie and shows it on the next page', async () => {
    const client = new TestClient(appFor(ctx));
    client.cookies.set('__Host-candor_session', await sessionFor(ctx, chair.id));
    await client.get('/wg/cases/new');
    const created = await client.post('/wg/cases', { receivedOn: '2025-03-02', channel: 'web_form', safetyRisk: 'no', categories: ['Harassment'] });
    expect(created.status).toBe(303);
    const flash = setCookies(created).find((c) => c.startsWith('__Host-candor_flash='))!;
    const value = decodeURIComponent(flash.split(';')[0]!.split('=').slice(1).join('='));
    const page = await client.follow(created);
    const codeName = /<h1>Case ([^<]+)<\/h1>/.exec(await page.text())![1]!;
    expect(client.lastHtml).toContain(`Case ${codeName} recorded.`);
    // Neither in clear nor merely encoded.
    const decoded = value.split('.').map((part) => Buffer.from(part, 'base64').toString('latin1')).join(' ');
    for (const text of [value, decoded]) {
      expect(text).not.toContain(codeName);
      expect(text).not.toContain('recorded');
    }
  });

  it('shows nothing for a forged or damaged flash cookie', async () => {
    const client = new TestClient(appFor(ctx));
    client.cookies.set('__Host-candor_flash', encodeURIComponent(JSON.stringify({ kind: 'success', text: 'Forged message' })));
    await client.get('/login');
    expect(client.lastHtml).not.toContain('Forged message');
  });
});

describe('links', () => {
  it('builds invitation links from the configured public URL, not the request Host', async () => {
    const client = new TestClient(appFor(ctx));
    client.cookies.set('__Host-candor_session', await sessionFor(ctx, chair.id));
    await client.get('/wg/members');
    const res = await client.post('/wg/members/invite', { displayName: 'New member', email: 'new.member@example.org', role: 'member' });
    expect(res.status).toBe(200);
    const link = /<code class="copy-link">([^<]+)<\/code>/.exec(client.lastHtml)![1]!;
    expect(link.startsWith(`${PUBLIC_URL}/enrol/`)).toBe(true);
    expect(link).not.toContain('localhost');
  });
});
