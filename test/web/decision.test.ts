// The case's decision page through app.request(): the chair proposes (a bad form keeps its values
// and names the field), members vote, the page says where the vote stands and what is still
// needed, a step out of order shows its reason, and a recused member cannot reach the page.
import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { casePeople } from '../../src/db/schema';
import type { ServiceContext } from '../../src/services/context';
import { withActor } from '../../src/services/context';
import { declareRecusal } from '../../src/services/recusals/declare-recusal';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor, type BuiltMember } from '../helpers/members';
import { buildCase } from '../services/publications/factory';
import { appFor, TestClient } from './helpers/client';

let ctx: ServiceContext;
let chair: BuiltMember;
let alice: BuiltMember;
let bob: BuiltMember;
let carol: BuiltMember;
let caseId: string;
let rowIds: string[];

beforeEach(async () => {
  ctx = await freshContext();
  await completeSetupDirectly(ctx);
  chair = await buildMember(ctx, { role: 'chair', displayName: 'Chair Carmen' });
  alice = await buildMember(ctx, { role: 'member', displayName: 'Alice' });
  bob = await buildMember(ctx, { role: 'member', displayName: 'Bob' });
  carol = await buildMember(ctx, { role: 'member', displayName: 'Carol' });
  caseId = (await buildCase(ctx, { resolvedOn: null, consequences: [null, null] })).id;
  rowIds = (await ctx.db.select({ id: casePeople.id }).from(casePeople).where(eq(casePeople.caseId, caseId)).orderBy(asc(casePeople.position), asc(casePeople.createdAt))).map((r) => r.id);
  await declareRecusal(withActor(ctx, carol.actor), { caseId, reason: 'employer' });
});

async function clientFor(m: BuiltMember): Promise<TestClient> {
  const client = new TestClient(appFor(ctx));
  client.cookies.set(SESSION_COOKIE, await sessionFor(ctx, m.id));
  return client;
}

describe('decision page', () => {
  it('proposes, votes and shows what is still needed, without JavaScript', async () => {
    const path = `/wg/cases/${caseId}/decision`;
    const chairClient = await clientFor(chair);
    await chairClient.get(`/wg/cases/${caseId}`);
    expect(chairClient.lastHtml).toContain(`href="${path}"`);
    expect(chairClient.lastHtml).toContain('No resolution proposed');
    await chairClient.get(path);
    expect(chairClient.lastHtml).toContain('No resolution has been proposed');

    // The first person gets no consequence; the error on the second is shown at the second's fieldset.
    const form = { severity: 'ordinary', 'people.0.casePersonId': rowIds[0]!, 'people.0.consequence': '', 'people.1.casePersonId': rowIds[1]!, 'people.1.consequence': 'first_suspension', 'people.1.conditions': 'Kept conditions', caseOptions: ['moderator_referral'] };
    expect((await chairClient.post(`${path}/propose`, form)).status).toBe(400);
    expect(chairClient.lastHtml).toMatch(/href="#f-people-1-suspensionDays"/);
    expect(chairClient.lastHtml).toContain('a suspension needs its length in days');
    expect(chairClient.lastHtml).toContain('Kept conditions');
    expect((await chairClient.post(`${path}/propose`, { ...form, 'people.1.suspensionDays': '30' })).status).toBe(303);

    const aliceClient = await clientFor(alice);
    await aliceClient.get(path);
    expect(aliceClient.lastHtml).toContain('Where the vote stands');
    expect(aliceClient.lastHtml).toContain('0 agree, 0 disagree, 0 abstain, 3 not voted yet, of 3 members without a conflict.');
    expect(aliceClient.lastHtml).toContain('Still needed: </strong>2 more agreeing votes');
    expect(aliceClient.lastHtml).toContain('Kept conditions');
    expect(aliceClient.lastHtml).not.toContain('Propose a resolution');
    expect((await aliceClient.post(`${path}/vote`, { choice: '' })).status).toBe(400);
    expect(aliceClient.lastHtml).toMatch(/href="#f-choice"/);
    expect((await aliceClient.post(`${path}/vote`, { choice: 'agree', note: 'Fair and proportionate' })).status).toBe(303);
    await aliceClient.get(path);
    expect(aliceClient.lastHtml).toContain('1 agree, 0 disagree, 0 abstain, 2 not voted yet');
    expect(aliceClient.lastHtml).toContain('Waiting for: Bob, Chair Carmen.');
    expect(aliceClient.lastHtml).toContain('Fair and proportionate');
    await aliceClient.get(`/wg/cases/${caseId}`); // the case page says where the vote stands
    expect(aliceClient.lastHtml).toContain('Being voted on: 1 of 3 agree; still needed: 1 more agreeing vote');

    // Out of order: nothing to consult on yet; the reason is on the page.
    expect((await aliceClient.post(`${path}/consultations`, { party: 'reporter', channel: 'email' })).status).toBe(400);
    expect(aliceClient.lastHtml).toContain('still being voted on; it must be adopted first');

    const bobClient = await clientFor(bob);
    await bobClient.get(path);
    expect((await bobClient.post(`${path}/vote`, { choice: 'agree' })).status).toBe(303);
    await bobClient.get(path);
    expect(bobClient.lastHtml).toContain('Adopted; affected parties to be consulted, by two thirds.');
    expect((await bobClient.post(`${path}/consultations`, { party: 'reported', channel: 'meeting', feedback: 'Accepts the terms' })).status).toBe(303);

    await chairClient.get(path);
    expect(chairClient.lastHtml).toContain('Accepts the terms');
    expect((await chairClient.post(`${path}/enact`)).status).toBe(303);
    await chairClient.get(`/wg/cases/${caseId}`);
    expect(chairClient.lastHtml).toContain('Resolution enacted');

    const carolClient = await clientFor(carol);
    expect((await carolClient.get(path)).status).toBe(404);
  });
});
