// The demo organisation shows retention: the chair's list has minor records past their period.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { members } from '../../../src/db/schema';
import { loadMemberActor } from '../../../src/services/auth/load-actor';
import { withActor } from '../../../src/services/context';
import { createDemoOrganisation } from '../../../src/services/demo/create-demo-organisation';
import { listRetentionDue } from '../../../src/services/retention';
import { freshContext } from '../../helpers/db';

describe('demo: retention', () => {
  it('has minor records due for the chair to confirm', async () => {
    const ctx = await freshContext();
    await createDemoOrganisation(ctx, { cases: 40, publishStatistics: false });
    const [chair] = await ctx.db.select({ id: members.id }).from(members).where(eq(members.role, 'chair'));
    const actor = await loadMemberActor(ctx.db, chair!.id);
    const { due } = await listRetentionDue(withActor(ctx, actor!));
    expect(due.filter((d) => d.kind === 'minor_record').length).toBeGreaterThan(0);
  }, 180_000);
});
