// A NUL byte (or any control character) in a form field or query parameter is a 400 naming the
// field, from one check in front of every route; never a 500. Sign-in answers as for any wrong
// credentials and counts the attempt.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import type { ServiceContext } from '../../src/services/context';
import { totpCode } from '../../src/services/auth/totp';
import { auditEntries } from '../helpers/audit';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, type BuiltMember } from '../helpers/members';
import { appFor, TestClient } from './helpers/client';

let ctx: ServiceContext;
let clock: Date;
let logged: string[];
beforeEach(async () => {
  clock = new Date('2025-03-01T10:00:00Z');
  ctx = await freshContext({ now: () => clock });
  await completeSetupDirectly(ctx);
  logged = [];
});

async function signedIn(m: BuiltMember): Promise<TestClient> {
  const client = new TestClient(appFor(ctx, { log: (x) => logged.push(x) }));
  await client.get('/login');
  expect((await client.post('/login', { email: m.email, password: m.password, code: totpCode(m.totpSecret, clock) })).status).toBe(303);
  clock = new Date(clock.getTime() + 30_000);
  return client;
}

describe('control characters', () => {
  it('a NUL byte in the audit filter is a 400 naming the parameter', async () => {
    const client = await signedIn(await buildMember(ctx, { role: 'board' }));
    const r = await client.get('/wg/audit?caseCode=home%00shelf');
    expect(r.status).toBe(400);
    expect(client.lastHtml).toContain('the field &quot;caseCode&quot;');
    expect((await client.get('/wg/audit?action=member.login%1b[2J')).status).toBe(400);
    expect((await client.get('/wg/audit?caseCode=home%20shelf')).status).toBe(200);
    expect(logged).toEqual([]);
  });

  it('a control character in a form field is a 400 naming the field; line breaks in a form field pass', async () => {
    const client = await signedIn(await buildMember(ctx, { role: 'chair' }));
    await client.get('/wg/members');
    const r = await client.post('/wg/members/invite', { displayName: 'Bo\u0000', email: 'bo@example.org', role: 'member' });
    expect(r.status).toBe(400);
    expect(client.lastHtml).toContain('the field &quot;displayName&quot;');
    await client.get('/wg/members');
    const ok = await client.post('/wg/members/invite', { displayName: 'Bo\tBo', email: 'bo@example.org', role: 'member' });
    expect(ok.status).toBe(200); // the middleware lets tabs and line breaks through; the field's schema decides
    expect(logged).toEqual([]);
  });

  it('sign-in with a NUL byte answers as for wrong credentials, is audited and counts against the throttle', async () => {
    const m = await buildMember(ctx);
    const client = new TestClient(appFor(ctx, { log: (x) => logged.push(x) }));
    await client.get('/login');
    const before = (await ctx.db.select().from(auditLog)).length;
    for (let i = 0; i < 5; i++) {
      const r = await client.post('/login', { email: `${m.email}\u0000`, password: 'whatever it is', code: '123456' });
      expect(r.status).toBe(401);
      expect(client.lastHtml).toContain('do not match');
    }
    const reasons = (await auditEntries(ctx)).slice(before).map((e) => e.details.reason);
    expect(reasons).toEqual(['malformed', 'malformed', 'malformed', 'malformed', 'malformed']);
    // The sixth comes too soon: it is throttled like any repeated failure.
    expect((await client.post('/login', { email: `${m.email}\u0000`, password: 'x', code: '1' })).status).toBe(401);
    expect((await auditEntries(ctx)).at(-1)?.details.reason).toBe('throttled');
    const pw = await client.post('/login', { email: m.email, password: 'pass\u0000word', code: '123456' });
    expect(pw.status).toBe(401);
    expect((await auditEntries(ctx)).at(-1)?.details.reason).toBe('malformed');
    expect(logged).toEqual([]);
  });
});
