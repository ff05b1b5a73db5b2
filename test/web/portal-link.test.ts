// The sign-in link through the web app, as a browser without JavaScript uses it: ask on
// /portal/link, open the mailed link (a page with a button, so a mail scanner following the link
// does not use it up), land on the report; a used link says so; asking is limited per client.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { outbox } from '../../src/db/schema';
import type { ServiceContext } from '../../src/services/context';
import { submitReport } from '../../src/services/intake';
import { claimDueMail } from '../../src/services/mail/outbox';
import { freshContext } from '../helpers/db';
import { completeSetupDirectly } from '../helpers/members';
import { as } from '../services/cases/factories';
import { appFor, TestClient } from './helpers/client';

const EMAIL = 'someone@example.net';
let ctx: ServiceContext;
let client: TestClient;

beforeEach(async () => {
  ctx = await freshContext();
  await completeSetupDirectly(ctx);
  await submitReport(as(ctx, { kind: 'anonymous' }), { contactEmail: EMAIL, whatHappened: 'A stranger followed me between sessions at the meetup.', files: [] });
  client = new TestClient(appFor(ctx));
});

async function ask(email: string): Promise<Response> {
  await client.get('/portal/link');
  return client.post('/portal/link', { email });
}

async function mailedPath(): Promise<string> {
  const ids = new Set((await ctx.db.select({ id: outbox.id }).from(outbox).where(eq(outbox.template, 'reporter_sign_in'))).map((r) => r.id));
  const mail = (await claimDueMail(ctx, { limit: 100, leaseMs: 60_000 })).find((m) => ids.has(m.id))!;
  return new URL(/https?:\/\/\S+\/portal\/link\/\S+/.exec(mail.body)![0]).pathname;
}

describe('the portal sign-in link', () => {
  it('opens the report from the mailed link after a button press, once', async () => {
    await client.get('/portal');
    expect(client.lastHtml).toContain('href="/portal/link"');
    const asked = await ask(EMAIL);
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toBe('/portal/link?sent=1');
    await client.get('/portal/link?sent=1');
    expect(client.lastHtml).toContain('If a report was sent with this address, we have sent a link to it.');

    const path = await mailedPath();
    expect((await client.get(path)).status).toBe(200);
    expect(client.lastHtml).toContain('Open my report');
    const opened = await client.post(path, {});
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/portal/report');
    expect((await client.get('/portal/report')).status).toBe(200);
    expect(client.lastHtml).toContain('<h1>Your report</h1>');
    expect(client.lastHtml).toContain('Status: ');

    const other = new TestClient(appFor(ctx));
    await other.get(path);
    const again = await other.post(path, {});
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('This link has expired or was already used.');
  });

  it('answers an unknown address as a known one, keeps a mistyped one with the field named, and limits asking', async () => {
    expect((await ask('nobody@example.org')).headers.get('location')).toBe('/portal/link?sent=1');
    const bad = await ask('not an address');
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('must be an email address');
    expect(html).toContain('value="not an address"');
    for (let i = 0; i < 4; i++) expect((await ask(`n${i}@example.org`)).status).toBe(303);
    const refused = await ask(EMAIL);
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain('Too many links were asked for from here.');
  });
});
