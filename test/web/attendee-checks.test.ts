// The attendee check page without JavaScript: a local representative pastes a list and sees the
// answer; the working group sees the disclosure.
import { describe, expect, it } from 'vitest';
import { withActor } from '../../src/services/context';
import { createPerson } from '../../src/services/people/create-person';
import { setPersonStatus } from '../../src/services/people/set-person-status';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor } from '../helpers/members';
import { appFor, TestClient } from './helpers/client';

describe('attendee check pages', () => {
  it('answers a pasted list and records the disclosure for the working group', async () => {
    const ctx = await freshContext();
    await completeSetupDirectly(ctx);
    const chair = await buildMember(ctx, { role: 'chair', identityKeyAccess: true });
    const p = await createPerson(ctx, { identity: { realNames: ['Robert Smith'] } });
    await setPersonStatus(withActor(ctx, chair.actor), { personId: p.id, banned: true, banReason: 'threats', guidance: 'Refuse registration.' });
    const app = appFor(ctx);
    const local = new TestClient(app);
    local.cookies.set(SESSION_COOKIE, await sessionFor(ctx, (await buildMember(ctx, { role: 'local' })).id));
    await local.get('/wg/attendee-checks');
    const res = await local.post('/wg/attendee-checks', { list: 'Ada Lovelace\nBob Smith\n' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Banned');
    expect(html).toContain('Refuse registration.');
    expect(html).not.toContain(p.codeName);
    expect((await local.post('/wg/attendee-checks', { list: '' })).status).toBe(400);
    expect((await local.get('/wg/attendee-checks/disclosures')).status).toBe(404);
    const wg = new TestClient(app);
    wg.cookies.set(SESSION_COOKIE, await sessionFor(ctx, chair.id));
    const record = await (await wg.get('/wg/attendee-checks/disclosures')).text();
    expect(record).toContain(`${p.codeName}: banned with guidance`);
  }, 60_000);
});
