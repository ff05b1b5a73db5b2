// Uploads are checked for their CSRF token before their body is read: the token travels in the
// form's action, a request from another site is refused at once, and a body that cannot be parsed
// is the sender's error (400), not a crash (500). Raw requests, as an attacker would send them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/services/context';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor, type BuiltMember } from '../helpers/members';
import { appFor, BASE, TestClient } from './helpers/client';

let ctx: ServiceContext;
let chair: BuiltMember;
let client: TestClient;
let casePath: string;
beforeAll(async () => {
  ctx = await freshContext();
  await completeSetupDirectly(ctx);
  chair = await buildMember(ctx, { role: 'chair' });
  client = new TestClient(appFor(ctx));
  client.cookies.set(SESSION_COOKIE, await sessionFor(ctx, chair.id));
  await client.get('/wg/cases/new');
  const created = await client.post('/wg/cases', { receivedOn: '2025-03-02', channel: 'web_form', safetyRisk: 'no', categories: ['Harassment'] });
  casePath = created.headers.get('location')!;
  await client.get(casePath);
});

const cookieOf = () => [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** A multipart body that records whether anyone read it. */
function watchedBody(text: string): { body: ReadableStream<Uint8Array>; read: () => boolean } {
  let pulled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled = true;
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  }, { highWaterMark: 0 }); // pulled only when someone reads
  return { body, read: () => pulled };
}

const BOUNDARY = 'candorboundary';
const wellFormed = (token?: string) =>
  [
    ...(token ? [`--${BOUNDARY}`, 'Content-Disposition: form-data; name="_csrf"', '', token] : []),
    `--${BOUNDARY}`,
    'Content-Disposition: form-data; name="file"; filename="notes.txt"',
    'Content-Type: text/plain',
    '',
    'plain words',
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');

async function upload(query: string, text: string, headers: Record<string, string> = {}) {
  const watched = watchedBody(text);
  const res = await client.app.request(`${BASE}${casePath}/attachments${query}`, {
    method: 'POST',
    headers: { cookie: cookieOf(), 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
    body: watched.body,
    duplex: 'half',
  } as RequestInit);
  return { res, read: watched.read() };
}

describe('CSRF before multipart parsing', () => {
  it('the page puts the token in the upload form action', async () => {
    await client.get(casePath);
    expect(client.lastHtml).toContain(`action="${casePath}/attachments?_csrf=${encodeURIComponent(client.csrf())}"`);
  });

  it('refuses an upload without a token in its action before reading its body, even with the token in the body', async () => {
    for (const query of ['', '?_csrf=forged']) {
      const { res, read } = await upload(query, wellFormed(client.csrf()));
      expect(res.status, query).toBe(403);
      expect(read, query).toBe(false);
    }
  });

  it('refuses a request from another site before reading its body, even with a valid token', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const { res, read } = await upload(`?_csrf=${encodeURIComponent(client.csrf())}`, wellFormed(), { 'sec-fetch-site': site });
      expect(res.status, site).toBe(403);
      expect(read, site).toBe(false);
    }
  });

  it('answers a malformed multipart body with 400, not 500', async () => {
    const token = `?_csrf=${encodeURIComponent(client.csrf())}`;
    for (const text of ['this is not multipart at all', `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nno closing boundary`]) {
      const { res } = await upload(token, text);
      expect(res.status, text).toBe(400);
      expect(await res.text()).toContain('The form could not be read');
    }
  });

  it('accepts a well-formed upload with the token in its action, from our own page', async () => {
    const { res, read } = await upload(`?_csrf=${encodeURIComponent(client.csrf())}`, wellFormed(), { 'sec-fetch-site': 'same-origin' });
    expect(read).toBe(true);
    expect(res.status).toBe(303);
  });
});
