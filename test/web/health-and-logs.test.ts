// GET /healthz for a process manager, and the operator's log: one structured line per request
// with its id, and — driven through a failed and a successful sign-in, a case page, the members
// page and an error — never an email address, a client's address, its user agent, a credential,
// a code name or any case text.
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/config/logger';
import { outbox } from '../../src/db/schema';
import { queryRows, type Db } from '../../src/db/connect';
import type { Actor } from '../../src/domain/access';
import { totpCode } from '../../src/services/auth/totp';
import { LoginThrottle } from '../../src/services/auth/throttle';
import { createCase } from '../../src/services/cases/create-case';
import { withActor, type ServiceContext } from '../../src/services/context';
import { createApp } from '../../src/web/app';
import type { AppDeps } from '../../src/web/env';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly } from '../helpers/members';
import { BASE, TestClient } from './helpers/client';

let ctx: ServiceContext;
let clock: Date;
beforeEach(async () => {
  clock = new Date('2026-03-01T10:00:00Z');
  ctx = await freshContext({ now: () => clock, config: { organisation: { publicUrl: 'https://conduct.example.org' } } });
});

function appWith(over: Partial<AppDeps> = {}) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString('utf8'));
      cb();
    },
  });
  const logger = createLogger({ destination });
  const errors: string[] = [];
  const app = createApp({
    config: ctx.config,
    keys: ctx.keys,
    context: (actor: Actor) => ({ ...ctx, actor, inTransaction: false }),
    throttle: new LoginThrottle(),
    log: (m) => {
      errors.push(m);
      logger.error(m);
    },
    logger,
    mail: { mode: 'files', dir: '/srv/candor/data/mail' },
    ...over,
  });
  return { app, lines, errors };
}

describe('GET /healthz', () => {
  it('is 200 with every check ok, also before setup, and says nothing else', async () => {
    const { app } = appWith();
    const res = await app.request(`${BASE}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(body).toEqual({ status: 'ok', checks: { database: 'ok', migrations: 'ok', mail: 'ok' } });
  });

  it('is 503 naming the mail check while a message is stuck', async () => {
    await completeSetupDirectly(ctx);
    const { app } = appWith();
    await ctx.db.insert(outbox).values({ template: 'member_attention', toAddressSealed: 'v2.x', subject: 's', body: 'b', attempts: 5, lastError: 'ECONNECTION' });
    const res = await app.request(`${BASE}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'failing', checks: { database: 'ok', migrations: 'ok', mail: 'failing' } });
  });

  it('is 503 when the newest migration is not applied', async () => {
    const { app } = appWith();
    const [newest] = await queryRows<{ id: number; hash: string; created_at: string }>(ctx.db, sql`select id, hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`);
    await ctx.db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${newest!.id}`);
    try {
      const res = await app.request(`${BASE}/healthz`);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { checks: unknown }).checks).toEqual({ database: 'ok', migrations: 'failing', mail: 'ok' });
    } finally {
      await ctx.db.execute(sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${newest!.id}, ${newest!.hash}, ${newest!.created_at})`);
    }
    expect((await app.request(`${BASE}/healthz`)).status).toBe(200);
  });

  it('is 503 when the database does not answer, without its error', async () => {
    const broken = { execute: () => Promise.reject(new Error('connection refused to postgres://candor:pw@db')) } as unknown as Db;
    const { app, lines } = appWith({ context: (actor: Actor) => ({ ...ctx, db: broken, actor, inTransaction: false }) });
    const res = await app.request(`${BASE}/healthz`);
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ status: 'failing', checks: { database: 'failing', migrations: 'failing', mail: 'failing' } });
    expect(text + lines.join('')).not.toMatch(/refused|postgres:|pw@/);
    expect(lines.join('')).toMatch(/"check":"database"/);
  });
});

describe('the request log', () => {
  it('has one line per request with its id, and nothing that identifies anyone or tells of a case', async () => {
    await completeSetupDirectly(ctx);
    const chair = await buildMember(ctx, { role: 'chair', email: 'chair.person@example.org', displayName: 'Chandra Chairperson' });
    const target = await buildMember(ctx, { role: 'member', email: 'victim.of.guessing@example.org' });
    const narrative = 'Zebulon Quartermaine shouted at Ottoline Fairweather in the hallway';
    const kase = await createCase(withActor(ctx, chair.actor), { receivedOn: '2026-02-01', narrative });
    const { app, lines, errors } = appWith();
    const UA = 'PlantedAgent/9.9 (reporter-laptop; fingerprint-77f1)';
    const IP = '203.0.113.77';

    // Someone guesses a member's password until the throttle starts (which also queues a mail).
    const guesser = new TestClient(app);
    Object.assign(guesser.defaultHeaders, { 'user-agent': UA, 'x-forwarded-for': IP, 'x-real-ip': IP });
    for (let i = 0; i < 6; i++) {
      await guesser.get('/login');
      await guesser.post('/login', { email: target.email, password: `wrong password ${i}`, code: '123456' });
    }
    const queued = await ctx.db.select().from(outbox);
    expect(queued.map((m) => m.template)).toEqual(['member_attention']);
    expect(queued[0]!.body).toContain('https://conduct.example.org/wg/account');

    // The chair signs in, opens the case, the members page and a page that does not exist.
    const client = new TestClient(app);
    Object.assign(client.defaultHeaders, { 'user-agent': UA, 'x-forwarded-for': IP });
    await client.get('/login');
    const code = totpCode(chair.totpSecret, clock);
    const signedIn = await client.post('/login', { email: chair.email, password: chair.password, code });
    expect(signedIn.status).toBe(303);
    const casePage = await client.get(`/wg/cases/${kase.id}`);
    expect(casePage.status).toBe(200);
    expect(await casePage.text()).toContain('Zebulon Quartermaine');
    const membersPage = await client.get('/wg/members');
    expect(membersPage.status).toBe(200);
    const html = await membersPage.text();
    expect(html).toContain('Mail is not being delivered');
    expect(html).toContain('1 waiting to be sent');
    expect((await client.get('/wg/cases/00000000-0000-4000-8000-00000000dead')).status).toBe(404);

    const log = lines.join('');
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = entries.filter((e) => e.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(16);
    expect(requests.every((e) => typeof e.reqId === 'string' && typeof e.status === 'number' && typeof e.route === 'string')).toBe(true);
    expect(requests.map((e) => e.route)).toContain('/wg/cases/:caseId'); // the pattern, not the path
    expect(new Set(requests.map((e) => e.reqId)).size).toBe(requests.length);
    expect(requests.map((e) => e.reqId)).toContain(casePage.headers.get('x-request-id'));
    expect(errors).toEqual([]);

    const secrets = [
      chair.email, target.email, 'example.org', UA, 'PlantedAgent', 'fingerprint-77f1', IP, '203.0.113',
      chair.password, 'wrong password', code, chair.totpSecret, 'Chandra', narrative, 'Zebulon', 'Ottoline', kase.codeName, kase.id,
      ...client.cookies.values(),
    ];
    for (const s of secrets) expect(log, `the log holds "${s}"`).not.toContain(s);
    expect(log).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/); // no address of any kind
    expect(log).not.toMatch(/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/);
  });
});
