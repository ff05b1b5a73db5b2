// The public form's spam resistance and the portal's guard on receipt codes, through the web app:
// a refused submission says why and keeps the text; wrong codes are limited per client and each
// answer takes the same minimum time.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/services/context';
import { freshContext } from '../helpers/db';
import { completeSetupDirectly } from '../helpers/members';
import { appFor, BASE, TestClient } from './helpers/client';

let ctx: ServiceContext;
let client: TestClient;

beforeEach(async () => {
  ctx = await freshContext();
  await completeSetupDirectly(ctx);
  client = new TestClient(appFor(ctx));
});

async function formToken(): Promise<string> {
  await client.get('/report');
  return decodeURIComponent(/action="\/report\?_csrf=([^"]+)"/.exec(client.lastHtml)![1]!);
}

const TEXT = 'Someone kept sending me private messages after I asked them to stop.';

describe('the report form', () => {
  it('refuses a filled honeypot, saying why and keeping the text', async () => {
    const res = await client.post('/report', { whatHappened: TEXT, website: 'http://spam.example' }, { csrf: await formToken() });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('automated spam');
    expect(html).toContain(TEXT);
  });

  it('limits submissions per client, keeping the text of the refused one', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await client.post('/report', { whatHappened: `${TEXT} ${i}` }, { csrf: await formToken() });
      expect(res.status, await res.clone().text()).toBe(200);
      expect(await res.text()).toContain('Your receipt code');
    }
    const refused = await client.post('/report', { whatHappened: `${TEXT} again` }, { csrf: await formToken() });
    expect(refused.status).toBe(429);
    const html = await refused.text();
    expect(html).toContain('Too many reports');
    expect(html).toContain(`${TEXT} again`);
  });
});

describe('an oversized attachment on the report form', () => {
  it('is named on the form and the typed text is kept, however large the file', async () => {
    const token = await formToken();
    const form = new FormData();
    form.append('whatHappened', TEXT);
    form.append('files', new File([new Uint8Array(24 * 1024 * 1024).fill(0x61)], 'screen recording.txt', { type: 'text/plain' }));
    const res = await client.app.request(`${BASE}/report?_csrf=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      body: form,
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('screen recording.txt');
    expect(html).toContain('at most 3 MB');
    expect(html).toContain(TEXT);
  });
});

describe('the portal', () => {
  it('answers wrong codes slowly and alike, then refuses after ten', async () => {
    await client.get('/portal');
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = Date.now();
      const res = await client.post('/portal', { receiptCode: i % 2 ? 'not a code at all' : 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about' });
      times.push(Date.now() - start);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('No report has this receipt code');
    }
    expect(Math.min(...times)).toBeGreaterThanOrEqual(390);
    const blocked = await client.post('/portal', { receiptCode: 'anything' });
    expect(blocked.status).toBe(429);
  }, 120_000);

  it('sends a visitor without a report back to the code page', async () => {
    const res = await client.get('/portal/report');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/portal');
  });
});
