// Every response forbids framing — pages, error pages, redirects, refusals, downloads and the
// stylesheet — with both the CSP's frame-ancestors and X-Frame-Options for older browsers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/services/context';
import { MAX_FORM_BYTES } from '../../src/web/middleware/body-limit';
import { freshContext } from '../helpers/db';
import { completeSetupDirectly } from '../helpers/members';
import { appFor, TestClient } from './helpers/client';

let ctx: ServiceContext;
beforeAll(async () => {
  ctx = await freshContext();
  await completeSetupDirectly(ctx);
});

describe('framing', () => {
  it('sends X-Frame-Options: DENY and frame-ancestors none on every kind of response', async () => {
    const client = new TestClient(appFor(ctx));
    const responses = {
      page: await client.get('/login'),
      notFound: await client.get('/no/such/page'),
      redirect: await client.get('/wg'),
      csrfRefused: await client.post('/login', { email: 'a@example.org' }, { csrf: 'forged' }),
      tooLarge: await client.post('/login', { email: 'x'.repeat(MAX_FORM_BYTES) }, { csrf: 'forged' }),
      download: await client.get('/statistics.csv'),
      stylesheet: await client.get('/static/candor.css'),
    };
    expect(responses.redirect.status).toBe(303);
    expect(responses.csrfRefused.status).toBe(403);
    expect(responses.tooLarge.status).toBe(413);
    for (const [name, res] of Object.entries(responses)) {
      expect(res.headers.get('x-frame-options'), name).toBe('DENY');
      expect(res.headers.get('content-security-policy'), name).toContain("frame-ancestors 'none'");
    }
  });
});
