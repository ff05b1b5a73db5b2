// The demo organisation shows a vote in progress: the chair's proposal, the chair's vote, and
// what is still needed from the vice-chair and the member.
import { describe, expect, it } from 'vitest';
import { cases, decisions } from '../../../src/db/schema';
import { eq } from 'drizzle-orm';
import { loadMemberActor } from '../../../src/services/auth/load-actor';
import { withActor } from '../../../src/services/context';
import { getCaseDecision } from '../../../src/services/decisions';
import { createDemoOrganisation } from '../../../src/services/demo/create-demo-organisation';
import { freshContext } from '../../helpers/db';

describe('demo: a vote in progress', () => {
  it('has a proposed resolution with one vote and says what is still needed', async () => {
    const ctx = await freshContext();
    await createDemoOrganisation(ctx, { cases: 40, publishStatistics: false });
    const rows = await ctx.db.select().from(decisions);
    expect(rows).toHaveLength(1);
    const [d] = rows;
    expect(d).toMatchObject({ status: 'proposed', severity: 'ordinary' });
    const [c] = await ctx.db.select({ stage: cases.stage }).from(cases).where(eq(cases.id, d!.caseId));
    expect(c?.stage).toBe('deciding');
    const chair = await loadMemberActor(ctx.db, d!.proposedBy!);
    const view = await getCaseDecision(withActor(ctx, chair!), { caseId: d!.caseId });
    expect(view.decision?.standing).toMatchObject({ outcome: 'pending', tally: { eligible: 3, agree: 1, outstanding: 2 } });
    expect(view.decision?.waitingFor.sort()).toEqual(['Demo Member', 'Demo Vice-chair']);
    expect(view.decision?.people[0]).toMatchObject({ consequence: 'first_suspension', suspensionDays: 30 });
  }, 180_000);
});
