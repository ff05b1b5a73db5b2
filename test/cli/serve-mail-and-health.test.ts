// The real `candor serve`: its mail worker sends what the outbox holds to the configured SMTP
// server (a real peer), /healthz answers, and stderr carries JSON log lines with request ids.
// Without SMTP the server warns and writes mail to 0600 files in the data directory.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime } from '../../src/runtime';
import { withTransaction } from '../../src/services/context';
import { queueMail } from '../../src/services/mail';
import { decodeMailText, startSmtpPeer, type SmtpPeer } from '../helpers/smtp-peer';
import { startServe } from './run-cli';

let dir: string;
let peer: SmtpPeer;
const env = () => ({ CANDOR_DATA_DIR: path.join(dir, 'data'), CANDOR_CONFIG: path.join(dir, 'none.yaml') });

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'candor-serve-mail-'));
  peer = await startSmtpPeer();
  // A message waiting in the outbox before the server starts, as after a restart.
  const rt = await openRuntime(env());
  try {
    await withTransaction(rt.context({ kind: 'system', label: 'test' }), (tx) => queueMail(tx, { to: 'waiting.member@example.net', template: 'member_attention', link: '/wg/account' }));
  } finally {
    await rt.close();
  }
});
afterAll(async () => {
  await peer.close();
  rmSync(dir, { recursive: true, force: true });
});

// Two server starts on a shared machine: generous time, conditions awaited, never a fixed sleep.
describe('candor serve', { timeout: 240_000 }, () => {
  it('sends the outbox through SMTP, answers /healthz and logs JSON lines with request ids', async () => {
    const server = await startServe({ ...env(), CANDOR_SMTP_URL: peer.url });
    try {
      await expect.poll(() => peer.delivered.length, { timeout: 60_000, interval: 100 }).toBe(1);
      expect(peer.delivered[0]!.to).toEqual(['waiting.member@example.net']);
      expect(decodeMailText(peer.delivered[0]!.raw)).toContain('http://localhost:3000/wg/account');
      await server.waitFor(/"msg":"mail sent"/);

      const res = await fetch(`${server.url}/healthz`, { headers: { 'user-agent': 'PlantedAgent/1.0' } });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok', checks: { database: 'ok', migrations: 'ok', mail: 'ok' } });
      const reqId = res.headers.get('x-request-id')!;
      await server.waitFor(new RegExp(`"reqId":"${reqId}"`));
      const line = server.stderr().split('\n').find((l) => l.includes(reqId))!;
      expect(JSON.parse(line)).toMatchObject({ msg: 'request', method: 'GET', route: '/healthz', status: 200 });
      expect(server.stderr()).not.toMatch(/PlantedAgent|waiting\.member|no SMTP server/);
    } finally {
      expect(await server.stop(), server.stderr()).toBe(0);
    }
  });

  it('without SMTP warns and writes the mail to a file only its owner can read', async () => {
    const rt = await openRuntime(env());
    try {
      await withTransaction(rt.context({ kind: 'system', label: 'test' }), (tx) => queueMail(tx, { to: 'filed@example.net', template: 'reporter_news', link: '/' }));
    } finally {
      await rt.close();
    }
    const server = await startServe(env());
    try {
      await server.waitFor(/no SMTP server configured/);
      const mailDir = path.join(dir, 'data', 'mail');
      await expect.poll(() => { try { return readdirSync(mailDir).length; } catch { return 0; } }, { timeout: 60_000, interval: 100 }).toBe(1);
      const [file] = readdirSync(mailDir);
      expect(statSync(path.join(mailDir, file!)).mode & 0o777).toBe(0o600);
    } finally {
      expect(await server.stop(), server.stderr()).toBe(0);
    }
  });
});
