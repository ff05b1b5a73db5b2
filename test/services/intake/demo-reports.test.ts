import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cases, reports } from '../../../src/db/schema';
import { createDemoOrganisation } from '../../../src/services/demo/create-demo-organisation';
import { freshContext } from '../../helpers/db';

describe('the demo organisation', () => {
  it('shows reports that came in through the form, one still due and one in conversation', async () => {
    const ctx = await freshContext();
    await createDemoOrganisation(ctx, { cases: 100, publishStatistics: false });
    const rows = await ctx.db.select({ channel: cases.channel, stage: cases.stage }).from(reports).innerJoin(cases, eq(cases.id, reports.caseId));
    expect(rows.map((r) => r.stage).sort()).toEqual(['acknowledged', 'received']);
    expect(rows.every((r) => r.channel === 'web_form')).toBe(true);
  }, 600_000);
});
