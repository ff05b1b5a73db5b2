// Outgoing mail end to end against a real SMTP peer: the outbox row is part of the event's
// transaction, the worker delivers it, retries with backoff after the peer refuses or is gone,
// never loses a message, and without SMTP writes 0600 files. The texts carry no case content.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cases, outbox, people } from '../../../src/db/schema';
import { startMailWorker, type MailWorker } from '../../../src/jobs/mail-worker';
import { withTransaction, type ServiceContext } from '../../../src/services/context';
import { backoffDelay, fileTransport, getMailStatus, queueMail, smtpTransport, STUCK_AFTER_ATTEMPTS, type MailTransport } from '../../../src/services/mail';
import { countOutbox } from '../../../src/services/mail/mail-status';
import { freshContext } from '../../helpers/db';
import { decodeMailText, startSmtpPeer, type SmtpPeer } from '../../helpers/smtp-peer';

const CONFIG = { organisation: { name: 'Example Foundation', publicUrl: 'https://conduct.example.org' }, mail: { from: 'candor@example.org' } };
const BACKOFF = { baseMs: 60_000, maxMs: 3_600_000 };

let ctx: ServiceContext;
let clock: Date;
let peer: SmtpPeer;
let transport: MailTransport;
let worker: MailWorker | null = null;

beforeAll(async () => {
  peer = await startSmtpPeer();
  transport = smtpTransport(peer.url, { timeoutMs: 5000 });
});
afterAll(async () => {
  transport.close();
  await peer.close();
});
beforeEach(async () => {
  clock = new Date('2026-03-01T10:00:00Z');
  ctx = await freshContext({ now: () => clock, config: CONFIG });
  peer.delivered.length = 0;
  peer.failNext(0);
});
afterEach(async () => {
  await worker?.stop();
  worker = null;
});

function startWorker(t: MailTransport = transport): MailWorker {
  // A long interval: the test drives the worker with runOnce() and moves the clock itself.
  worker = startMailWorker({ context: () => ctx, transport: t, from: 'candor@example.org', intervalMs: 3_600_000, backoff: BACKOFF });
  return worker;
}

const rows = () => ctx.db.select().from(outbox);

describe('queueMail', () => {
  it('writes the message in the transaction of its event: rolled back with it, address sealed', async () => {
    await expect(
      withTransaction(ctx, async (tx) => {
        await queueMail(tx, { to: 'rolled.back@example.net', template: 'member_attention', link: '/wg/account' });
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    expect(await rows()).toHaveLength(0);

    await withTransaction(ctx, (tx) => queueMail(tx, { to: 'kept@example.net', template: 'member_attention', link: '/wg/account' }));
    const [row] = await rows();
    expect(row!.template).toBe('member_attention');
    expect(JSON.stringify(row)).not.toContain('kept@example.net');
    expect(row!.toAddressSealed.startsWith('v2.')).toBe(true);
  });

  it('refuses to run outside a transaction, a link with a query, and a link that spells a code name', async () => {
    await expect(queueMail(ctx, { to: 'a@example.net', template: 'member_attention', link: '/wg' })).rejects.toThrow(/transaction/);
    await ctx.db.insert(cases).values({ codeName: 'home shelf', receivedOn: '2026-01-10' });
    await ctx.db.insert(people).values({ codeName: 'Olive Heron' });
    for (const link of ['/wg/cases/home-shelf', '/wg/people/olive-heron', '/wg?case=home', '/WG', 'https://evil.example/wg', '/wg/../x']) {
      await expect(withTransaction(ctx, (tx) => queueMail(tx, { to: 'a@example.net', template: 'member_attention', link }))).rejects.toMatchObject({ code: 'invalid_input' });
    }
    expect(await rows()).toHaveLength(0);
  });
});

describe('the mail worker', () => {
  it('delivers to the SMTP peer: the link and nothing of the case', async () => {
    const [kase] = await ctx.db.insert(cases).values({ codeName: 'garden violin', receivedOn: '2026-01-10' }).returning();
    await withTransaction(ctx, async (tx) => {
      await queueMail(tx, { to: 'member@example.net', template: 'member_attention', link: `/wg/cases/${kase!.id}` });
      await queueMail(tx, { to: 'reporter@example.net', template: 'reporter_news', link: '/portal' });
    });
    expect(await startWorker().runOnce()).toBe(2);

    expect(peer.delivered.map((d) => d.to).sort()).toEqual([['member@example.net'], ['reporter@example.net']]);
    const to = (a: string) => peer.delivered.filter((d) => d.to.includes(a)).map((d) => ({ ...d, raw: decodeMailText(d.raw) }))[0];
    const [toMember, toReporter] = [to('member@example.net'), to('reporter@example.net')];
    expect(toMember!.from).toBe('candor@example.org');
    expect(toMember!.raw).toMatch(/Subject: Code of Conduct Working Group: something needs your attention/);
    expect(toMember!.raw).toContain(`https://conduct.example.org/wg/cases/${kase!.id}`);
    expect(toReporter!.raw).toMatch(/Subject: Example Foundation: there is news about your report/);
    expect(toReporter!.raw).toContain('https://conduct.example.org/portal');
    for (const d of peer.delivered) expect(decodeMailText(d.raw).toLowerCase()).not.toContain('garden violin');
    expect((await rows()).every((r) => r.sentAt !== null && r.attempts === 1)).toBe(true);
    expect(await startWorker().runOnce()).toBe(0); // sent once only
    expect(peer.delivered).toHaveLength(2);
  });

  it('retries with exponential backoff after the peer refuses, and then delivers', async () => {
    await withTransaction(ctx, (tx) => queueMail(tx, { to: 'patient@example.net', template: 'member_attention', link: '/wg/account' }));
    peer.failNext(2, 451);
    const w = startWorker();
    expect(await w.runOnce()).toBe(0);
    let [row] = await rows();
    expect(row!.attempts).toBe(1);
    expect(row!.lastError).toMatch(/451/);
    expect(row!.lastError).not.toContain('patient@example.net'); // the peer's answer quotes it; the outbox does not
    expect(row!.sendAfter.getTime()).toBe(clock.getTime() + backoffDelay(1, BACKOFF));

    expect(await w.runOnce()).toBe(0); // not due yet: nothing tried
    expect((await rows())[0]!.attempts).toBe(1);

    clock = new Date(row!.sendAfter.getTime());
    expect(await w.runOnce()).toBe(0); // refused again: the wait doubles
    [row] = await rows();
    expect(row!.attempts).toBe(2);
    expect(row!.sendAfter.getTime()).toBe(clock.getTime() + 2 * BACKOFF.baseMs);

    clock = new Date(row!.sendAfter.getTime());
    expect(await w.runOnce()).toBe(1);
    [row] = await rows();
    expect(row!.sentAt).not.toBeNull();
    expect(row!.lastError).toBeNull();
    expect(peer.delivered.map((d) => d.to)).toEqual([['patient@example.net']]);
  });

  it('keeps the message when the SMTP server is gone, shows it stuck, and sends it once it is back', async () => {
    const gone = await startSmtpPeer();
    const goneTransport = smtpTransport(gone.url, { timeoutMs: 5000 });
    await gone.close();
    await withTransaction(ctx, (tx) => queueMail(tx, { to: 'later@example.net', template: 'reporter_news', link: '/portal' }));
    const w = startWorker(goneTransport);
    for (let i = 0; i < STUCK_AFTER_ATTEMPTS; i++) {
      expect(await w.runOnce()).toBe(0);
      clock = new Date((await rows())[0]!.sendAfter.getTime());
    }
    const [row] = await rows();
    expect(row!.attempts).toBe(STUCK_AFTER_ATTEMPTS);
    expect(row!.lastError).toMatch(/ECONNECTION|ESOCKET/);
    expect(await countOutbox(ctx)).toEqual({ queued: 1, stuck: 1 });
    const status = await getMailStatus(ctx, {});
    expect(status.stuckMessages).toMatchObject([{ id: row!.id, template: 'reporter_news', attempts: STUCK_AFTER_ATTEMPTS }]);
    expect(JSON.stringify(status)).not.toContain('later@example.net');
    await w.stop();
    goneTransport.close();

    expect(await startWorker().runOnce()).toBe(1); // the configured server is back
    expect(peer.delivered.map((d) => d.to)).toEqual([['later@example.net']]);
    expect(await countOutbox(ctx)).toEqual({ queued: 0, stuck: 0 });
  });

  it('counts a message no worker picked up for a while as stuck', async () => {
    await withTransaction(ctx, (tx) => queueMail(tx, { to: 'x@example.net', template: 'member_attention', link: '/wg' }));
    expect((await countOutbox(ctx)).stuck).toBe(0);
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect((await countOutbox(ctx)).stuck).toBe(1);
  });

  it('without SMTP writes each message to a file of its own, readable by the owner only', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'candor-mail-')), 'mail');
    await withTransaction(ctx, (tx) => queueMail(tx, { to: 'filed@example.net', template: 'member_attention', link: '/wg/account' }));
    const files = fileTransport(dir);
    expect(await startWorker(files).runOnce()).toBe(1);
    const [row] = await rows();
    expect(readdirSync(dir)).toEqual([`${row!.id}.eml`]);
    const file = path.join(dir, `${row!.id}.eml`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const text = decodeMailText(readFileSync(file, 'utf8'));
    expect(text).toContain('To: filed@example.net');
    expect(text).toContain('Subject: Code of Conduct Working Group: something needs your attention');
    expect(text).toContain('https://conduct.example.org/wg/account');
    expect(row!.sentAt).not.toBeNull();
    files.close();
    expect(await ctx.db.select().from(outbox).where(eq(outbox.id, row!.id))).toHaveLength(1);
  });
});
