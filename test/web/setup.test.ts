// First-run setup belongs to the operator: the page needs the setup link (a token derived from
// the master key), and closes for good once the register has an organisation, member or invitation.
import { beforeEach, describe, expect, it } from 'vitest';
import { readCsvRows } from '../../src/cli/csv-rows';
import { members, organisation } from '../../src/db/schema';
import { totpCode } from '../../src/services/auth/totp';
import type { ServiceContext } from '../../src/services/context';
import { importTrackingSheet } from '../../src/services/import/import-tracking-sheet';
import { inviteMember } from '../../src/services/members/invite-member';
import { setupPath, setupToken } from '../../src/services/setup/setup-token';
import { buildSheet } from '../fixtures/tracking-sheet';
import { freshContext } from '../helpers/db';
import { appFor, TestClient } from './helpers/client';

let ctx: ServiceContext;
beforeEach(async () => {
  ctx = await freshContext();
});

function chairForm(client: TestClient) {
  const secret = /name="totpSecret" value="([A-Z2-7]+)"/.exec(client.lastHtml)![1]!;
  const pw = 'a long enough password';
  return { organisationName: 'Example Foundation', displayName: 'Ada', email: 'ada@example.org', password: pw, passwordConfirm: pw, totpSecret: secret, code: totpCode(secret, new Date()) };
}

async function memberCount(): Promise<number> {
  return (await ctx.db.select({ id: members.id }).from(members)).length;
}

describe('first-run setup needs the operator’s link', () => {
  it('refuses visitors without the link or with a wrong one, and creates nothing', async () => {
    const client = new TestClient(appFor(ctx));
    expect((await client.get('/')).headers.get('location')).toBe('/setup');
    const bare = await client.get('/setup');
    expect(bare.status).toBe(403);
    expect(client.lastHtml).toContain('candor setup-link');
    expect(client.lastHtml).not.toContain('name="password"');
    const wrong = setupToken(ctx.keys).slice(0, -1) + (setupToken(ctx.keys).endsWith('A') ? 'B' : 'A');
    expect((await client.get(`/setup/${wrong}`)).status).toBe(403);
    expect(client.lastHtml).toContain('This setup link is not valid');
    // A valid form and CSRF pair (as from the real page), posted to a guessed link.
    await client.get(setupPath(ctx.keys));
    const posted = await client.post(`/setup/${wrong}`, { organisationName: 'Mine now', displayName: 'Eve', email: 'eve@example.org', password: 'x'.repeat(20), passwordConfirm: 'x'.repeat(20), totpSecret: 'A'.repeat(32), code: '000000' });
    expect(posted.status).toBe(403);
    expect(await memberCount()).toBe(0);
    expect(await ctx.db.select().from(organisation)).toEqual([]);
  });

  it('sets up with the link, then closes it for good', async () => {
    const client = new TestClient(appFor(ctx));
    expect((await client.get(setupPath(ctx.keys))).status).toBe(200);
    expect(client.lastHtml).toContain(`action="${setupPath(ctx.keys)}"`);
    const ok = await client.post(setupPath(ctx.keys), chairForm(client));
    expect(ok.status).toBe(303);
    expect(await memberCount()).toBe(1);
    for (const path of ['/setup', setupPath(ctx.keys)]) expect((await client.get(path)).status, path).toBe(404);
  });

  it('is closed once the operator has invited someone with the CLI', async () => {
    const app = appFor(ctx);
    const client = new TestClient(app);
    expect((await client.get(setupPath(ctx.keys))).status).toBe(200);
    const form = chairForm(client);
    await inviteMember({ ...ctx, actor: { kind: 'system', label: 'cli:member-add' } }, { displayName: 'Grace', email: 'grace@example.org', role: 'chair', spaceSlugs: [] });
    // A page rendered before the invitation cannot complete setup afterwards.
    expect((await client.post(setupPath(ctx.keys), form)).status).toBe(404);
    expect(await memberCount()).toBe(0);
    const later = new TestClient(appFor(ctx));
    for (const path of ['/setup', setupPath(ctx.keys)]) expect((await later.get(path)).status, path).toBe(404);
    // The app no longer sends everyone to setup: the invitee can sign in once enrolled.
    expect((await later.get('/login')).status).toBe(200);
  });

  it('after an import stays open to the operator only', async () => {
    const sheet = buildSheet(3);
    await importTrackingSheet({ ...ctx, actor: { kind: 'system', label: 'cli:import' } }, readCsvRows(sheet.csv, 'sheet.csv'));
    const client = new TestClient(appFor(ctx));
    expect((await client.get('/setup')).status).toBe(403);
    expect((await client.get(setupPath(ctx.keys))).status).toBe(200);
    expect((await client.post(setupPath(ctx.keys), chairForm(client))).status).toBe(303);
    expect(await memberCount()).toBe(1);
  });
});
