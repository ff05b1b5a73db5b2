// Public text review through the web forms (no JavaScript, CSRF on every form): the chair writes
// a release note naming a party, publishing is refused, the review page shows the finding, the
// chair keeps it with a reason, a second member approves, and only then is it published. And a
// party's real name typed into a note, a report section or the changelog never reaches a public
// page or the Atom feed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/services/context';
import { createPerson } from '../../src/services/people/create-person';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor } from '../helpers/members';
import { buildCase, buildSmallRegister } from '../services/publications/factory';
import { appFor, TestClient } from './helpers/client';

const REAL_NAME = 'Tamsin Quarrell';
const HANDLE = 'tq_dev';

const pathOf = (res: Response) => new URL(res.headers.get('location')!, 'http://localhost').pathname;
const hidden = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? '';
const reviewLinks = (html: string) => [...html.matchAll(/href="(\/wg\/public-texts\/[0-9a-f-]{36})"/g)].map((m) => m[1]!);

describe('public text review pages', () => {
  let ctx: ServiceContext;
  let chair: TestClient;
  let member: TestClient;
  beforeAll(async () => {
    ctx = await freshContext({ now: () => new Date('2026-03-01T12:00:00Z') });
    await completeSetupDirectly(ctx);
    await buildSmallRegister(ctx);
    const person = await createPerson(ctx, { identity: { realNames: [REAL_NAME], usernames: [HANDLE] } });
    await buildCase(ctx, { receivedOn: '2025-09-03', personCodeName: person.codeName });
    // A second party, whom the first test thanks by name on purpose (kept with a reason).
    const thanked = await createPerson(ctx, { identity: { realNames: ['Orla Brennick'] } });
    await buildCase(ctx, { receivedOn: '2025-09-04', personCodeName: thanked.codeName });
    const app = appFor(ctx);
    chair = new TestClient(app);
    member = new TestClient(app);
    chair.cookies.set(SESSION_COOKIE, await sessionFor(ctx, (await buildMember(ctx, { role: 'chair', identityKeyAccess: true })).id));
    member.cookies.set(SESSION_COOKIE, await sessionFor(ctx, (await buildMember(ctx, { role: 'member' })).id));
  }, 120_000);

  it('refuses to publish a note naming a party until the finding is kept with a reason and a second member approves', async () => {
    await chair.get('/wg/publications');
    const url = pathOf(await chair.post('/wg/publications/stats', { period: '2025-H1' }));
    await chair.get(url);
    const saved = await chair.post(`${url}/note`, { note: 'Thanks to brennick for the new form.' });
    expect(saved.status).toBe(303);
    await chair.follow(saved);
    expect(chair.lastHtml).toContain('Findings to resolve');
    expect(chair.lastHtml).toMatch(/<button type="submit" disabled="">Publish<\/button>/);
    const refused = await chair.post(`${url}/publish`, {});
    expect(refused.status).toBe(409);
    expect(chair.lastHtml).toContain('Publishing refused');

    await chair.get(url);
    const [review] = reviewLinks(chair.lastHtml);
    expect(review).toBeDefined();
    await chair.get(review!);
    expect(chair.lastHtml).toContain('<mark>brennick<sup>[1]</sup></mark>');
    expect(chair.lastHtml).toContain('matches a party in the case register'); // a chair without the identity key would not see this
    const textHash = hidden(chair.lastHtml, 'textHash');

    // A form without the CSRF token is refused; a blank reason keeps the page with the error.
    expect((await chair.post(`${review!}/override`, { textHash, finding: '0', reason: 'x' }, { csrf: false })).status).toBe(403);
    await chair.get(review!);
    const blank = await chair.post(`${review!}/override`, { textHash, finding: '0', reason: '' });
    expect(blank.status).toBe(400);
    expect(chair.lastHtml).toContain('say why this finding may be published');
    const kept = await chair.post(`${review!}/override`, { textHash, finding: '0', reason: 'A contributor who asked to be thanked by name.' });
    expect(kept.status).toBe(303);
    await chair.follow(kept);
    expect(chair.lastHtml).toContain('Kept by you: A contributor who asked to be thanked by name.');
    expect(chair.lastHtml).toContain('its author cannot');
    expect(chair.lastHtml).not.toContain('Approve the text');
    expect((await chair.post(`${review!}/approve`, { textHash })).status).toBe(409);

    await member.get(review!);
    expect(member.lastHtml).toContain('Kept by another member');
    expect(member.lastHtml).not.toContain('matches a party in the case register');
    const approved = await member.post(`${review!}/approve`, { textHash: hidden(member.lastHtml, 'textHash') });
    expect(approved.status).toBe(303);
    await member.follow(approved);
    expect(member.lastHtml).toContain('Approved by you');

    await chair.get(url);
    const published = await chair.post(`${url}/publish`, {});
    expect(published.status).toBe(303);
    const pub = new TestClient(appFor(ctx));
    expect(await (await pub.get('/feed.atom')).text()).toContain('Thanks to brennick for the new form.');
  });

  it("never lets a party's real name reach the public pages or the Atom feed", async () => {
    // The chair types the name into a note, a report section and the documentation changelog;
    // publishing is refused until the words are edited and a second member approves the new ones.
    const approveAndPublish = async (draft: string) => {
      await chair.get(draft);
      for (const review of reviewLinks(chair.lastHtml)) {
        await member.get(review);
        expect(member.lastHtml).toContain('Nothing found.');
        expect((await member.post(`${review}/approve`, { textHash: hidden(member.lastHtml, 'textHash') })).status).toBe(303);
      }
      await chair.get(draft);
      expect((await chair.post(`${draft}/publish`, {})).status).toBe(303);
    };
    await chair.get('/wg/documents');
    await chair.post('/wg/documents', { title: 'Manual', version: '3.0', publishedOn: '2025-10-01', summary: `Rewritten after the report by @${HANDLE}.`, url: '' });

    await chair.get('/wg/publications');
    const stats = pathOf(await chair.post('/wg/publications/stats', { period: '2025-H2' }));
    await chair.get(stats);
    await chair.post(`${stats}/note`, { note: `Corrected after ${REAL_NAME} wrote to us.` });
    expect((await chair.post(`${stats}/publish`, {})).status).toBe(409);
    await chair.get(stats);
    await chair.post(`${stats}/note`, { note: 'Corrected after a report was recorded late.' });
    await approveAndPublish(stats);

    await chair.get('/wg/publications');
    const annual = pathOf(await chair.post('/wg/publications/annual', { year: '2025' }));
    await chair.get(annual);
    const sections = { trends: '', lessons: `We learned from ${REAL_NAME}'s report.`, improvements: '', membership: '', procedures: '' };
    await chair.post(`${annual}/sections`, sections);
    expect((await chair.post(`${annual}/publish`, {})).status).toBe(409);
    await chair.get(annual);
    await chair.post(`${annual}/sections`, { ...sections, lessons: 'We learned to reply sooner.' });
    await approveAndPublish(annual);

    const pub = new TestClient(appFor(ctx));
    const paths = ['/', '/statistics', '/statistics.csv', '/statistics.json', '/statistics.md', '/reports', '/reports/2025', '/reports/2025/report.md', '/reports/2025/report.json', '/documentation', '/feed.atom'];
    const everything: string[] = [];
    for (const p of paths) {
      const res = await pub.get(p);
      expect(res.status, p).toBe(200);
      everything.push(await res.text());
    }
    const all = everything.join('\n');
    expect(all).toContain('Corrected after a report was recorded late.');
    expect(all).toContain('We learned to reply sooner.');
    expect(all).not.toMatch(/quarrell/i);
    expect(all).not.toContain(HANDLE);
    expect(all).not.toContain('Rewritten after the report'); // the changelog entry was never approved
  });
});
