// The public community form counts every sender together (it is never told who sent what): past
// the limit a message is refused with 429, saying why and keeping the text; another app (a
// restart) starts with clean counts.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/services/context';
import { freshContext } from '../helpers/db';
import { completeSetupDirectly } from '../helpers/members';
import { appFor, TestClient } from './helpers/client';

let ctx: ServiceContext;
beforeEach(async () => {
  ctx = await freshContext();
  await completeSetupDirectly(ctx);
});

async function send(client: TestClient, body: string): Promise<Response> {
  await client.get('/community');
  return client.post('/community', { kind: 'question', documentId: '', body, website: '' });
}

describe('the community form limit', () => {
  it('accepts 30 messages in ten minutes from anyone, refuses the next and keeps its text', async () => {
    const app = appFor(ctx);
    for (let i = 0; i < 30; i++) {
      const res = await send(new TestClient(app), `How are reports counted? (${i})`);
      expect(res.status, `message ${i}`).toBe(303);
    }
    const refused = await send(new TestClient(app), 'Who reads the reports we send?');
    expect(refused.status).toBe(429);
    const html = await refused.text();
    expect(html).toContain('We are receiving many messages right now');
    expect(html).toContain('Who reads the reports we send?');

    expect((await send(new TestClient(appFor(ctx)), 'A fresh start.')).status).toBe(303);
  });
});
