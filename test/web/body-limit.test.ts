// Request bodies are capped before the CSRF check reads them: 413 with a page naming the limit,
// whether the size is announced or streamed. Attachments keep their own, smaller limit, named on
// the form like any other field error.
import { beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../../src/db/schema';
import { MAX_ATTACHMENT_BYTES } from '../../src/services/attachments/file-types';
import type { ServiceContext } from '../../src/services/context';
import { MAX_FORM_BYTES } from '../../src/web/middleware/body-limit';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { MAX_STREAMED_BYTES } from '../../src/web/middleware/multipart';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor, type BuiltMember } from '../helpers/members';
import { appFor, BASE, TestClient } from './helpers/client';

let ctx: ServiceContext;
let chair: BuiltMember;
beforeAll(async () => {
  ctx = await freshContext();
  await completeSetupDirectly(ctx);
  chair = await buildMember(ctx, { role: 'chair' });
});

async function signedIn(): Promise<TestClient> {
  const client = new TestClient(appFor(ctx));
  client.cookies.set(SESSION_COOKIE, await sessionFor(ctx, chair.id));
  await client.get('/wg');
  return client;
}

const cookieOf = (client: TestClient) => [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** POSTs a streamed body of `bytes` bytes to `path`, signed in, with the given headers. */
async function postStream(client: TestClient, path: string, headers: Record<string, string>, bytes: number): Promise<Response> {
  return client.app.request(`${BASE}${path}`, {
    method: 'POST',
    headers: { cookie: cookieOf(client), ...headers },
    body: streamOf(bytes),
    duplex: 'half',
  } as RequestInit);
}

/** A body sent in chunks without Content-Length, as a client streaming an upload would. */
function streamOf(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const n = Math.min(64 * 1024, bytes - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(0x61));
    },
  });
}

describe('request size limit', () => {
  it('answers 413 naming the limit for an oversized form, before the CSRF check', async () => {
    const client = await signedIn();
    const before = await ctx.db.select().from(cases);
    // No valid CSRF token: a 403 would mean the body was read first.
    const res = await client.post('/wg/cases', { narrative: 'x'.repeat(MAX_FORM_BYTES) }, { csrf: 'not-a-token' });
    expect(res.status).toBe(413);
    const html = await res.text();
    expect(html).toContain('That was too large to accept');
    expect(html).toContain('forms of at most 2 MB');
    expect(await ctx.db.select().from(cases)).toHaveLength(before.length);
  });

  it('refuses a body whose Content-Length is over the limit without reading it', async () => {
    const client = await signedIn();
    const res = await postStream(client, '/wg/cases', { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(MAX_FORM_BYTES + 1) }, MAX_FORM_BYTES + 1);
    expect(res.status).toBe(413);
  });

  it('counts a streamed body without Content-Length and stops at the limit', async () => {
    const client = await signedIn();
    const res = await postStream(client, '/wg/cases', { 'content-type': 'application/x-www-form-urlencoded' }, MAX_FORM_BYTES + 1);
    expect(res.status).toBe(413);
  });

  it('streams uploads: only a body past the streamed ceiling is refused with 413', async () => {
    const client = await signedIn();
    // With its token: an upload without one is refused before its body is read (csrf-multipart.test.ts).
    const action = `/wg/cases/00000000-0000-4000-8000-000000000000/attachments?_csrf=${encodeURIComponent(client.csrf())}`;
    const announced = await postStream(client, action, { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(MAX_STREAMED_BYTES + 1) }, 1024);
    expect(announced.status).toBe(413);
    const streamed = await postStream(client, action, { 'content-type': 'multipart/form-data; boundary=x' }, MAX_STREAMED_BYTES + 1);
    expect(streamed.status).toBe(413);
    const html = await streamed.text();
    expect(html).toContain('uploads of at most 256 MB');
    expect(html).toContain('an attachment may be at most 10 MB');
  });

  it('keeps the attachment limit: a file a little over it is named on the form (400), not cut off', async () => {
    const client = await signedIn();
    await client.get('/wg/cases/new');
    const created = await client.post('/wg/cases', { receivedOn: '2025-03-02', channel: 'web_form', safetyRisk: 'no', categories: ['Harassment'] });
    expect(created.status).toBe(303);
    const path = created.headers.get('location')!;
    await client.get(path);
    const form = new FormData();
    form.append('file', new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1024).fill(0x61)], 'long notes.txt', { type: 'text/plain' }));
    const action = `${BASE}${path}/attachments?_csrf=${encodeURIComponent(client.csrf())}`;
    const res = await client.app.request(action, { method: 'POST', headers: { cookie: cookieOf(client) }, body: form });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('must be at most 10 MB');
    // Far over the old 11 MB body ceiling: still a field error naming the file, not a 413 page.
    const huge = new FormData();
    huge.append('file', new File([new Uint8Array(40 * 1024 * 1024).fill(0x61)], 'screen capture.txt', { type: 'text/plain' }));
    const refused = await client.app.request(action, { method: 'POST', headers: { cookie: cookieOf(client) }, body: huge });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('must be at most 10 MB');
    const small = new FormData();
    small.append('file', new File(['plain words'], 'short.txt', { type: 'text/plain' }));
    expect((await client.app.request(action, { method: 'POST', headers: { cookie: cookieOf(client) }, body: small })).status).toBe(303);
  });
});
