// The board's area without JavaScript (decision 032): the chair reports a resolved case to the
// board; a board member not involved in it reads the report and decides a request for
// reconsideration, whose outcome goes on the case and into the next annual report; board members
// involved in the case (named in it, or recused) see neither the report nor the code name
// anywhere in the area; an information request goes to the chair and back, audited; nobody
// outside the board reaches its pages.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { informationRequests, reconsiderations, recusals } from '../../src/db/schema';
import { recordReconsideration } from '../../src/services/case-reviews/record-reconsideration';
import { withActor, type ServiceContext } from '../../src/services/context';
import { draftAnnualReport } from '../../src/services/publications/draft-annual-report';
import { findPublication } from '../../src/services/publications/store';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { auditEntries } from '../helpers/audit';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor, type BuiltMember } from '../helpers/members';
import { buildCase } from '../services/publications/factory';
import { appFor, TestClient } from './helpers/client';

const NOW = () => new Date('2026-03-01T12:00:00Z');

describe('the board area', () => {
  let ctx: ServiceContext;
  let client: (m: BuiltMember) => Promise<TestClient>;
  let chair: BuiltMember;
  let board: BuiltMember;
  let named: BuiltMember;
  let recused: BuiltMember;
  let kase: { id: string; codeName: string };
  let requestId: string;

  beforeAll(async () => {
    ctx = await freshContext({ now: NOW });
    await completeSetupDirectly(ctx);
    const app = appFor(ctx);
    client = async (m) => {
      const c = new TestClient(app);
      c.cookies.set(SESSION_COOKIE, await sessionFor(ctx, m.id));
      return c;
    };
    chair = await buildMember(ctx, { role: 'chair' });
    board = await buildMember(ctx, { role: 'board' });
    named = await buildMember(ctx, { role: 'board' });
    recused = await buildMember(ctx, { role: 'board' });
    kase = await buildCase(ctx, { receivedOn: '2025-02-10', codeName: 'quiet harbour' });
    await ctx.db.insert(recusals).values([
      { caseId: kase.id, memberId: named.id, reason: 'excluded' },
      { caseId: kase.id, memberId: recused.id, reason: 'relationship' },
    ]);
    ({ id: requestId } = await recordReconsideration(withActor(ctx, chair.actor), { caseId: kase.id, requestedOn: '2025-04-01', requestedBy: 'reporter', details: 'zqx-request-words' }));
  }, 120_000);

  it('the chair files a board report; the board reads it; involved board members see neither it nor the code name', async () => {
    const wg = await client(chair);
    expect((await wg.get(`/wg/cases/${kase.id}`)).status).toBe(200);
    expect(wg.lastHtml).toContain(`/wg/cases/${kase.id}/board-report`);
    await wg.get(`/wg/cases/${kase.id}/board-report`);
    const empty = await wg.post(`/wg/cases/${kase.id}/board-report`, { summary: '' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('write the summary for the board');
    const filed = await wg.post(`/wg/cases/${kase.id}/board-report`, { summary: 'zqx-summary: a warning was issued.' });
    expect(filed.status).toBe(303);
    expect(await (await wg.follow(filed)).text()).toContain('zqx-summary');

    const b = await client(board);
    const area = await (await b.get('/wg/board')).text();
    expect(area).toContain('quiet harbour');
    const link = /href="(\/wg\/board\/reports\/[0-9a-f-]+)"/.exec(area)?.[1];
    expect(link).toBeDefined();
    const report = await b.get(link!);
    expect(report.status).toBe(200);
    expect(await report.text()).toContain('zqx-summary: a warning was issued.');
    expect(area).not.toContain('zqx-request-words'); // the request's words need a records-access grant

    for (const who of [named, recused]) {
      const x = await client(who);
      const pages = ['/wg/board', '/wg/audit', link!, `/wg/board/requests/${requestId}`];
      for (const path of pages) {
        const res = await x.get(path);
        const html = await res.text();
        expect(html, path).not.toContain('quiet harbour');
        expect(html, path).not.toContain('zqx-summary');
      }
      expect((await x.get(link!)).status).toBe(404);
      expect((await x.get(`/wg/board/requests/${requestId}`)).status).toBe(404);
      await x.get('/wg/board');
      expect((await x.post(`/wg/board/requests/${requestId}/decide`, { result: 'changed', decidedOn: '2026-02-20', reasons: 'mine' })).status).toBe(404);
    }
    const [still] = await ctx.db.select().from(reconsiderations).where(eq(reconsiderations.id, requestId));
    expect(still!.result).toBe('pending');
  }, 120_000);

  it('the board decides a request for reconsideration: on the case, and counted in the annual report', async () => {
    const b = await client(board);
    expect(await (await b.get('/wg/board')).text()).toContain(`/wg/board/requests/${requestId}`);
    await b.get(`/wg/board/requests/${requestId}`);
    expect(b.lastHtml).toContain('Record the board');
    const bad = await b.post(`/wg/board/requests/${requestId}/decide`, { result: 'changed', decidedOn: '2026-02-20', review: 'zqx-kept-review', reasons: '' });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('write the reasons');
    expect(badHtml).toContain('zqx-kept-review'); // what was typed is kept
    const ok = await b.post(`/wg/board/requests/${requestId}/decide`, { result: 'changed', decidedOn: '2026-02-20', review: 'The record and the request.', reasons: 'zqx-reasons: the warning did not protect the reporter.' });
    expect(ok.status).toBe(303);
    const after = await (await b.follow(ok)).text();
    expect(after).toContain('Decision changed');
    expect(after).toContain('zqx-reasons: the warning did not protect the reporter.');
    expect(after).not.toContain('Record the board');

    const wg = await client(chair);
    expect(await (await wg.get(`/wg/cases/${kase.id}`)).text()).toContain('The board changed the decision');
    expect(await (await wg.get(`/wg/cases/${kase.id}/reviews`)).text()).toContain('Decision changed');

    const draft = await draftAnnualReport(withActor(ctx, chair.actor), { year: 2025 });
    const row = await findPublication(ctx, draft.id);
    const family = Object.fromEntries(
      Object.entries(row.content.truth)
        .filter(([id]) => id.startsWith('2025|reconsideration|'))
        .map(([id, v]) => [id.split('|')[2], v]),
    );
    expect(family).toEqual({ upheld: 0, changed: 1, withdrawn: 0, pending: 0 });

    const entries = await auditEntries(ctx);
    expect(entries.filter((e) => e.action === 'reconsideration.decide')).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain('zqx-');
  }, 120_000);

  it('an information request goes to the chair and its answer back to the board, both audited', async () => {
    const b = await client(board);
    await b.get('/wg/board');
    expect((await b.post('/wg/board/information-requests', { request: '', caseCode: '' })).status).toBe(400);
    const sent = await b.post('/wg/board/information-requests', { request: 'zqx-info: how was the reporter kept informed?', caseCode: 'Quiet Harbour' });
    expect(sent.status).toBe(303);
    const [ir] = await ctx.db.select().from(informationRequests);
    expect(ir!.caseId).toBe(kase.id);
    expect(ir!.requestSealed).not.toContain('zqx-info');

    const wg = await client(chair);
    const list = await (await wg.get('/wg/information-requests')).text();
    expect(list).toContain('zqx-info: how was the reporter kept informed?');
    expect((await wg.post(`/wg/information-requests/${ir!.id}/answer`, { [`answer-${ir!.id}`]: '' })).status).toBe(400);
    const answered = await wg.post(`/wg/information-requests/${ir!.id}/answer`, { [`answer-${ir!.id}`]: 'zqx-answer: by the portal, twice.' });
    expect(answered.status).toBe(303);

    const area = await (await b.get('/wg/board')).text();
    expect(area).toContain('zqx-answer: by the portal, twice.');
    const involved = await (await (await client(named)).get('/wg/board')).text();
    expect(involved).not.toContain('zqx-info');
    expect(involved).not.toContain('quiet harbour');

    const entries = await auditEntries(ctx);
    const actions = entries.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['information_request.create', 'information_request.list', 'information_request.answer']));
    expect(entries.filter((e) => e.action.startsWith('information_request.') && e.action !== 'information_request.list').every((e) => e.entityRef === 'quiet harbour')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('zqx-');
  }, 120_000);

  it('is closed to everyone outside the board, and to forged forms', async () => {
    const member = await client(await buildMember(ctx, { role: 'member' }));
    const wg = await client(chair);
    for (const c of [member, wg]) {
      expect((await c.get('/wg/board')).status).toBe(404);
      expect((await c.get(`/wg/board/requests/${requestId}`)).status).toBe(404);
    }
    await member.get('/wg');
    expect((await member.post('/wg/board/information-requests', { request: 'hello' })).status).toBe(404);
    expect((await member.get('/wg/information-requests')).status).toBe(404);
    const b = await client(board);
    expect((await b.get('/wg/information-requests')).status).toBe(404);
    expect(await (await b.get('/wg/reconsiderations')).text()).toContain('Requests to decide'); // links in mail queued before the board area
    await b.get('/wg/board');
    expect((await b.post('/wg/board/information-requests', { request: 'forged' }, { csrf: 'x'.repeat(43) })).status).toBe(403);
  }, 120_000);
});
