// Nothing a reporter types or their browser sends leaks to disk or the log: the real server on
// the embedded database takes a report (with an attachment, a contact email and a planted user
// agent) and a portal visit; then every file of the data directory and everything the server
// printed are searched for those strings. Only sealed values may hold them, and sealed values
// do not contain them in any readable form.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startServe } from './run-cli';

const NARRATIVE = 'zqxNarrativeCanary7 he followed me to the hotel';
const EMAIL = 'zqxmailcanary7@example.net';
const USER_AGENT = 'Mozilla/5.0 zqxUserAgentCanary7';
const FILE_TEXT = 'zqxAttachmentCanary7 chat log';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : statSync(p).isFile() ? [p] : [];
  });
}

describe('reporter data at rest and in the log', { timeout: 300_000 }, () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'candor-leaks-'));
    env = { CANDOR_DATA_DIR: dir };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds none of the report text, the email or the user agent outside sealed fields', async () => {
    const demo = await runCli(['demo'], env);
    expect(demo.code, demo.stderr).toBe(0);
    const server = await startServe(env);
    let receipt = '';
    try {
      const form = await fetch(`${server.url}/report`, { headers: { 'user-agent': USER_AGENT } });
      const cookie = form.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const html = await form.text();
      const action = /action="(\/report\?_csrf=[^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&');
      const body = new FormData();
      body.set('whatHappened', NARRATIVE);
      body.set('contactEmail', EMAIL);
      body.set('peopleInvolved', 'Someone Else');
      body.set('files', new Blob([FILE_TEXT], { type: 'text/plain' }), 'chat.txt');
      const sent = await fetch(`${server.url}${action}`, { method: 'POST', body, headers: { cookie, 'user-agent': USER_AGENT } });
      const page = await sent.text();
      expect(sent.status, page).toBe(200);
      receipt = /<code>([a-z ]+)<\/code>/.exec(page)![1]!;

      // A wrong code and the right one at the portal, with the same user agent.
      const portal = await fetch(`${server.url}/portal`, { headers: { cookie, 'user-agent': USER_AGENT } });
      const token = /name="_csrf" value="([^"]+)"/.exec(await portal.text())![1]!;
      for (const code of ['wrong words here', receipt]) {
        const res = await fetch(`${server.url}/portal`, {
          method: 'POST',
          redirect: 'manual',
          headers: { cookie, 'user-agent': USER_AGENT, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ _csrf: token, receiptCode: code }).toString(),
        });
        expect(res.status).toBe(code === receipt ? 303 : 400);
      }
    } finally {
      expect(await server.stop()).toBe(0);
    }

    const files = filesUnder(dir);
    const all = files.map((f) => ({ f, bytes: readFileSync(f) }));
    // The control: the report's row did reach the files (its channel is stored in the clear).
    expect(all.some(({ bytes }) => bytes.includes('web_form'))).toBe(true);
    const canaries = [NARRATIVE.slice(0, 19), EMAIL, 'zqxmailcanary7', USER_AGENT, 'zqxUserAgentCanary7', FILE_TEXT.slice(0, 20), Buffer.from(FILE_TEXT).toString('base64').slice(0, 16), receipt.split(' ').slice(0, 3).join(' ')];
    for (const { f, bytes } of all) {
      for (const c of canaries) expect(bytes.includes(c), `${c} in ${path.relative(dir, f)}`).toBe(false);
    }
    for (const c of canaries) expect(server.output().includes(c), `${c} in the server output`).toBe(false);
  });
});
