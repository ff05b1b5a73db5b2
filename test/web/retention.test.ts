// The chair's retention page without JavaScript: a planted minor record past its retention period
// is listed, a confirmation step says what will be destroyed, the chair confirms, the sealed fields
// are gone, the audit entry carries no content, and the published statistics (a release published
// before) are byte-for-byte the same. A member who does not chair cannot reach the page.
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/connect';
import { auditLog, caseEvents, cases, people, personIndexes } from '../../src/db/schema';
import { seal } from '../../src/privacy/envelope';
import { addCasePerson } from '../../src/services/cases/add-case-person';
import type { ServiceContext } from '../../src/services/context';
import { draftStatisticsRelease } from '../../src/services/publications/draft-statistics-release';
import { findPublication } from '../../src/services/publications/store';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor } from '../helpers/members';
import { approveAllPublicTexts, publishApproved } from '../helpers/public-text';
import { buildCase, buildSmallRegister } from '../services/publications/factory';
import { appFor, TestClient } from './helpers/client';

const NOW = () => new Date('2026-03-01T12:00:00Z');
// 25 months: the planted record (resolved 2024-01-25) is due, the small register's are not yet.
const CONFIG = { retention: { minorRecords: { afterMonths: 25 } } };
const PUBLIC_FORMATS = ['/statistics', '/statistics.csv', '/statistics.json', '/statistics.md'];

async function plantMinorRecord(ctx: ServiceContext) {
  const c = await buildCase(ctx, { receivedOn: '2024-01-05', resolvedOn: '2024-01-25', consequences: ['warning'], narrative: 'SECRET narrative', summary: 'SECRET summary' });
  const [row] = await queryRows<{ person_id: string }>(ctx.db, sql`select person_id from case_people where case_id = ${c.id} and role_in_case = 'reported'`);
  const personId = row!.person_id;
  await ctx.db
    .update(people)
    .set({ identitySealed: seal(ctx.keys.master, { table: 'people', column: 'identity', row: personId }, 'SECRET real name') })
    .where(eq(people.id, personId));
  await ctx.db.insert(personIndexes).values({ personId, kind: 'name', digest: 'digest-of-the-name' });
  await addCasePerson(ctx, { caseId: c.id, roleInCase: 'reporter', consequence: null });
  return { ...c, personId };
}

async function publicBytes(ctx: ServiceContext): Promise<Map<string, string>> {
  // A fresh app each time, so nothing is served from an earlier instance's cache.
  const site = new TestClient(appFor(ctx));
  const out = new Map<string, string>();
  for (const path of PUBLIC_FORMATS) {
    const res = await site.get(path);
    expect(res.status, path).toBe(200);
    out.set(path, await res.text());
  }
  return out;
}

describe('retention page', () => {
  it('lists a planted minor record, confirms it after saying what goes, and leaves the published statistics byte for byte', async () => {
    const ctx = await freshContext({ now: NOW, config: CONFIG });
    await completeSetupDirectly(ctx);
    await buildSmallRegister(ctx);
    const planted = await plantMinorRecord(ctx);
    const draft = await draftStatisticsRelease(ctx, { period: '2024-H1' });
    await approveAllPublicTexts(ctx);
    await publishApproved(ctx, draft.id);
    const storedBefore = await findPublication(ctx, draft.id);
    const publishedBefore = await publicBytes(ctx);
    expect(publishedBefore.get('/statistics.csv')).toContain('2024-H1');

    const app = appFor(ctx);
    const chair = new TestClient(app);
    const chairMember = await buildMember(ctx, { role: 'chair' });
    chair.cookies.set(SESSION_COOKIE, await sessionFor(ctx, chairMember.id));

    // The navigation leads the chair to the page, which lists the planted record.
    expect(await (await chair.get('/wg')).text()).toContain('href="/wg/retention"');
    const list = await chair.get('/wg/retention');
    expect(list.status).toBe(200);
    const listed = await list.text();
    expect(listed).toContain(planted.codeName);
    expect(listed).toContain('Minor record: expunge the case');
    expect(listed).toContain('2026-02-25');
    expect(listed).not.toContain('SECRET');

    // The confirmation step says what will be destroyed.
    const link = /href="(\/wg\/retention\?case=[^"]+)"/.exec(listed)![1]!.replaceAll('&amp;', '&');
    const step = await (await chair.get(link)).text();
    expect(step).toContain(`Confirm: Minor record: expunge the case (${planted.codeName})`);
    expect(step).toContain('This is destroyed for good');
    expect(step).toContain("The case&#39;s narrative, documents and resolution text.");

    // Without the tick: the same page again, the error naming the field, nothing destroyed.
    const unticked = await chair.post('/wg/retention/expunge', { caseId: planted.id, kind: 'minor_record' });
    expect(unticked.status).toBe(400);
    expect(await unticked.text()).toContain('Tick the box to confirm');
    const [still] = await ctx.db.select({ narrative: cases.narrativeSealed }).from(cases).where(eq(cases.id, planted.id));
    expect(still?.narrative).not.toBeNull();

    // Without a CSRF token: refused.
    expect((await chair.post('/wg/retention/expunge', { caseId: planted.id, kind: 'minor_record', confirm: 'yes' }, { csrf: false })).status).toBe(403);
    await chair.get(link);

    const done = await chair.post('/wg/retention/expunge', { caseId: planted.id, kind: 'minor_record', confirm: 'yes' });
    expect(done.status).toBe(303);
    const after = await (await chair.follow(done)).text();
    expect(after).toContain(`${planted.codeName}: expunged under the retention rules.`);
    expect(after).toContain('Nothing is due.');

    // The case page still opens, with its structure and without the destroyed texts.
    const casePage = await chair.get(`/wg/cases/${planted.id}`);
    expect(casePage.status).toBe(200);
    expect(await casePage.text()).not.toContain('SECRET');

    // The sealed fields are gone.
    const [row] = await ctx.db.select().from(cases).where(eq(cases.id, planted.id));
    expect(row).toMatchObject({ narrativeSealed: null, documentsSealed: null, resolutionSealed: null, status: 'resolved', receivedOn: '2024-01-05' });
    const bodies = await ctx.db.select({ body: caseEvents.bodySealed }).from(caseEvents).where(eq(caseEvents.caseId, planted.id));
    expect(bodies.every((b) => b.body === null)).toBe(true);
    const [person] = await ctx.db.select().from(people).where(eq(people.id, planted.personId));
    expect(person?.identitySealed).toBeNull();
    expect(await ctx.db.select().from(personIndexes).where(eq(personIndexes.personId, planted.personId))).toEqual([]);

    // The audit trail records the expungement and the audited reads, never the content.
    const expunged = await ctx.db.select().from(auditLog).where(eq(auditLog.action, 'retention.expunge'));
    expect(expunged).toHaveLength(1);
    expect(expunged[0]).toMatchObject({ entity: 'case', entityRef: planted.codeName });
    expect(JSON.stringify(expunged[0]!.details)).not.toMatch(/SECRET|narrative of|real name/);
    expect(Object.keys(expunged[0]!.details as object).sort()).toEqual(expect.arrayContaining(['rule', 'dueOn']));
    expect((await ctx.db.select().from(auditLog).where(eq(auditLog.action, 'retention.list'))).length).toBeGreaterThan(0);

    // The published statistics: the stored release and every public format, byte for byte.
    expect(await findPublication(ctx, draft.id)).toEqual(storedBefore);
    const publishedAfter = await publicBytes(ctx);
    for (const path of PUBLIC_FORMATS) expect(publishedAfter.get(path), path).toBe(publishedBefore.get(path));
    expect(await draftStatisticsRelease(ctx, { period: '2024-H1' })).toMatchObject({ status: 'up_to_date', id: draft.id });
  }, 300_000);

  it("records a reporter's removal request by code name, and answers an unknown code name as a field error", async () => {
    const ctx = await freshContext({ now: NOW, config: CONFIG });
    await completeSetupDirectly(ctx);
    const c = await buildCase(ctx, { receivedOn: '2026-01-05', resolvedOn: '2026-02-01', consequences: ['ban'] });
    await addCasePerson(ctx, { caseId: c.id, roleInCase: 'reporter', consequence: null });
    const chair = new TestClient(appFor(ctx));
    chair.cookies.set(SESSION_COOKIE, await sessionFor(ctx, (await buildMember(ctx, { role: 'chair' })).id));
    await chair.get('/wg/retention');
    const unknown = await chair.post('/wg/retention/reporter-requests', { caseCode: 'no-such-case' });
    expect(unknown.status).toBe(400);
    const page = await unknown.text();
    expect(page).toContain('No case you may act on has that code name');
    expect(page).toContain('value="no-such-case"');
    const ok = await chair.post('/wg/retention/reporter-requests', { caseCode: c.codeName });
    expect(ok.status).toBe(303);
    const listed = await (await chair.follow(ok)).text();
    expect(listed).toContain("the reporter&#39;s removal request is recorded");
    expect(listed).toContain("Remove the reporter&#39;s identity");
    expect(listed).toContain(c.codeName);
  }, 120_000);

  it('is out of reach for a member who does not chair, and hides items from a recused chair', async () => {
    const ctx = await freshContext({ now: NOW, config: CONFIG });
    await completeSetupDirectly(ctx);
    const planted = await plantMinorRecord(ctx);
    const app = appFor(ctx);
    const member = new TestClient(app);
    member.cookies.set(SESSION_COOKIE, await sessionFor(ctx, (await buildMember(ctx, { role: 'member' })).id));
    const home = await (await member.get('/wg')).text();
    expect(home).not.toContain('href="/wg/retention"');
    // The route table answers "not found" to a signed-in member without the permission.
    expect((await member.get('/wg/retention')).status).toBe(404);
    expect((await member.post('/wg/retention/expunge', { caseId: planted.id, kind: 'minor_record', confirm: 'yes' })).status).toBe(404);
    const [row] = await ctx.db.select({ narrative: cases.narrativeSealed }).from(cases).where(eq(cases.id, planted.id));
    expect(row?.narrative).not.toBeNull();

    const recused = await buildMember(ctx, { role: 'chair' });
    await ctx.db.execute(sql`insert into recusals (case_id, member_id, reason) values (${planted.id}, ${recused.id}, 'personal_relationship')`);
    const other = new TestClient(app);
    other.cookies.set(SESSION_COOKIE, await sessionFor(ctx, recused.id));
    const page = await (await other.get('/wg/retention')).text();
    expect(page).not.toContain(planted.codeName);
    expect(page).toContain('1 more item is due on cases you may not act on');
    // A forbidden case answers "not found" (src/web/errors.tsx), and nothing is destroyed.
    expect((await other.post('/wg/retention/expunge', { caseId: planted.id, kind: 'minor_record', confirm: 'yes' })).status).toBe(404);
    const [kept] = await ctx.db.select({ narrative: cases.narrativeSealed }).from(cases).where(eq(cases.id, planted.id));
    expect(kept?.narrative).not.toBeNull();
  }, 120_000);
});
