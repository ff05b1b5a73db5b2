// The chair's publication flow through the web forms (no JavaScript): prepare a draft, review it
// with the audit's explanation beside the history, publish it; the public page then shows it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/services/context';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor } from '../helpers/members';
import { buildSmallRegister } from '../services/publications/factory';
import { appFor, TestClient } from './helpers/client';

describe('publication pages', () => {
  let ctx: ServiceContext;
  let chair: TestClient;
  let member: TestClient;
  beforeAll(async () => {
    ctx = await freshContext({ now: () => new Date('2026-03-01T12:00:00Z') });
    await completeSetupDirectly(ctx);
    await buildSmallRegister(ctx);
    const app = appFor(ctx);
    chair = new TestClient(app);
    member = new TestClient(app);
    chair.cookies.set(SESSION_COOKIE, await sessionFor(ctx, (await buildMember(ctx, { role: 'chair' })).id));
    member.cookies.set(SESSION_COOKIE, await sessionFor(ctx, (await buildMember(ctx, { role: 'member' })).id));
  }, 120_000);

  it('prepares, reviews and publishes statistics; keeps the typed period on error', async () => {
    expect((await member.get('/wg/publications')).status).toBe(404);
    expect((await chair.get('/wg/publications')).status).toBe(200);
    const bad = await chair.post('/wg/publications/stats', { period: '2099-H1' });
    expect(bad.status).toBe(400);
    expect(chair.lastHtml).toContain('value="2099-H1"');
    expect(chair.lastHtml).toContain('statistics are published after the half-year ends');

    const made = await chair.post('/wg/publications/stats', { period: '2025-H1' });
    expect(made.status).toBe(303);
    const page = await chair.follow(made);
    expect(page.status).toBe(200);
    expect(chair.lastHtml).toContain('What the disclosure audit did');
    expect(chair.lastHtml).toContain('Beside the published history');
    const url = new URL(made.headers.get('location')!, 'http://localhost').pathname;
    const published = await chair.post(`${url}/publish`, { note: 'Half-year figures.' });
    expect(published.status).toBe(303);
    await chair.follow(published);
    expect(chair.lastHtml).toContain('Published releases never change');

    const pub = new TestClient(appFor(ctx));
    await pub.get('/statistics');
    expect(pub.lastHtml).toContain('2025-H1');
    expect(pub.lastHtml).toContain('What each column counts');
  });
});
