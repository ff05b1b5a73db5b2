// The chair's publication flow through the web forms (no JavaScript): prepare a draft, review it
// with the audit's explanation beside the history, publish it; the public page then shows it.
import { beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../../src/db/schema';
import { draftAnnualReport } from '../../src/services/publications/draft-annual-report';
import { publishRelease } from '../../src/services/publications/publish-release';
import { findPublication } from '../../src/services/publications/store';
import { publicView } from '../../src/reports/model';
import type { ServiceContext } from '../../src/services/context';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor } from '../helpers/members';
import { buildCase, buildSmallRegister } from '../services/publications/factory';
import { appFor, TestClient } from './helpers/client';
import { approveAllPublicTexts } from '../helpers/public-text';

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
    const published = await chair.post(`${url}/publish`, {});
    expect(published.status).toBe(303);
    await chair.follow(published);
    expect(chair.lastHtml).toContain('Published releases never change');

    const pub = new TestClient(appFor(ctx));
    await pub.get('/statistics');
    expect(pub.lastHtml).toContain('2025-H1');
    expect(pub.lastHtml).toContain('What each column counts');
  });

  it('serves the tables of an older report version, not the latest', { timeout: 120_000 }, async () => {
    const v1 = await draftAnnualReport(ctx, { year: 2024 });
    await approveAllPublicTexts(ctx);
    await publishRelease(ctx, { id: v1.id });
    await buildCase(ctx, { receivedOn: '2024-09-02', consequences: ['warning'] });
    const v2 = await draftAnnualReport(ctx, { year: 2024 });
    expect(v2.version).toBe(2);
    await approveAllPublicTexts(ctx);
    await publishRelease(ctx, { id: v2.id });

    const pub = new TestClient(appFor(ctx));
    const body = async (path: string) => {
      const res = await pub.get(path);
      expect(res.status, path).toBe(200);
      return { text: await res.text(), disposition: res.headers.get('content-disposition') };
    };
    // What each version published, straight from the stored releases.
    const shown = async (id: string) => Object.fromEntries(publicView(await findPublication(ctx, id)).tables.find((t) => t.id === 'headline')!.cells.map((c) => [c.row, c.display]));
    const [was, now] = [await shown(v1.id), await shown(v2.id)];
    expect(was).not.toEqual(now);

    await pub.get('/reports/2024?version=1');
    const links = [...pub.lastHtml.matchAll(/href="([^"]*\/tables\/[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toMatch(/\?version=1$/);
    const old = await body(links.find((l) => l.includes('/tables/headline.csv'))!);
    const latest = await body('/reports/2024/tables/headline.csv');
    const csvRows = (text: string) => Object.fromEntries(text.trim().split('\n').slice(1).map((l) => [l.split(',')[0], l.split(',')[1]]));
    expect(csvRows(old.text)).toMatchObject(was);
    expect(csvRows(latest.text)).toMatchObject(now);
    expect(old.disposition).toContain('2024-v1-headline.csv');
    const json = JSON.parse((await body('/reports/2024/tables/headline.json?version=1')).text) as { cells: { row: string; display: string }[] };
    expect(Object.fromEntries(json.cells.map((c) => [c.row, c.display]))).toEqual(was);
    // The latest version's page links the latest tables without a version.
    await pub.get('/reports/2024');
    expect(pub.lastHtml).toContain('href="/reports/2024/tables/headline.csv"');
  });

  it('records a request for reconsideration and an urgent action from the case, and a document version', async () => {
    const [kase] = await ctx.db.select({ id: cases.id }).from(cases).limit(1);
    const base = `/wg/cases/${kase!.id}/reviews`;
    expect((await chair.get(`/wg/cases/${kase!.id}`)).status).toBe(200);
    expect(chair.lastHtml).toContain(`href="${base}"`);
    expect((await chair.get(base)).status).toBe(200);
    const bad = await chair.post(`/wg/cases/${kase!.id}/reconsiderations`, { requestedOn: 'tomorrow', requestedBy: 'reported', requestDetails: 'keep this text' });
    expect(bad.status).toBe(400);
    expect(chair.lastHtml).toContain('keep this text');
    expect(chair.lastHtml).toContain('must be a date');
    const ok = await chair.post(`/wg/cases/${kase!.id}/reconsiderations`, { requestedOn: '2025-06-01', requestedBy: 'reported', requestDetails: '' });
    expect(ok.status).toBe(303);
    await chair.follow(ok);
    expect(chair.lastHtml).toContain('The board decides pending requests in its own area');
    const urgent = await chair.post(`/wg/cases/${kase!.id}/urgent-actions`, { urgentAction: 'block', memberId: '', takenAt: '2025-06-01T21:15', actionDetails: '' });
    expect(urgent.status).toBe(303);
    await chair.follow(urgent);
    expect(chair.lastHtml).toContain('2025-06-01 21:15');
    expect(chair.lastHtml).toContain('Not reviewed');
    // The member who acted cannot review their own action.
    const actionId = /name="actionId"[\s\S]*?<option value="([^"]+)"/.exec(chair.lastHtml)![1]!;
    const own = await chair.post(`/wg/cases/${kase!.id}/urgent-actions/review`, { actionId, reviewedAt: '2025-06-02T08:00', reviewResult: 'confirmed' });
    expect(own.status).toBe(400);
    expect(chair.lastHtml).toContain('another member must review');
    const reviewed = await member.post(`/wg/cases/${kase!.id}/urgent-actions/review`, { actionId, reviewedAt: '2025-06-02T08:00', reviewResult: 'confirmed' });
    expect(reviewed.status).toBe(303);
    await member.follow(reviewed);
    expect(member.lastHtml).toContain('Reviewed within 24 hours');

    expect((await member.get('/wg/documents')).status).toBe(404);
    expect((await chair.get('/wg/documents')).status).toBe(200);
    expect((await chair.post('/wg/documents', { title: 'Manual', version: '', publishedOn: '2025-05-01', summary: 'x', url: '' })).status).toBe(400);
    const added = await chair.post('/wg/documents', { title: 'Manual', version: '2.0', publishedOn: '2025-05-01', summary: 'Added the reconsideration process.', url: 'https://example.org/manual' });
    expect(added.status).toBe(303);
    await chair.follow(added);
    expect(chair.lastHtml).toContain('Summary and rationale: ');
    // Public text: not on the public site until a second member approves it.
    const pub = new TestClient(appFor(ctx));
    expect((await pub.get('/documentation')).status).toBe(200);
    expect(pub.lastHtml).not.toContain('Added the reconsideration process.');
    await approveAllPublicTexts(ctx);
    await chair.get('/wg/documents');
    expect(chair.lastHtml).toContain('<span class="state state-approved">Public</span>');
    // The public site lists the document and the changelog, without a login; the version
    // published elsewhere links to where it lives.
    expect((await pub.get('/')).status).toBe(200);
    expect(pub.lastHtml).toContain('<a href="/documentation/manual">Manual</a>');
    expect((await pub.get('/documentation')).status).toBe(200);
    expect(pub.lastHtml).toContain('Added the reconsideration process.');
    expect(pub.lastHtml).toContain('<a href="https://example.org/manual">2.0</a>');
  });
});
