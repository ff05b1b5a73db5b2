// The demo organisation shows the composer: a four-part message waiting for a second member.
import { describe, expect, it } from 'vitest';
import { outgoingMessages } from '../../../src/db/schema';
import { loadMemberActor } from '../../../src/services/auth/load-actor';
import { withActor } from '../../../src/services/context';
import { createDemoOrganisation } from '../../../src/services/demo/create-demo-organisation';
import { getMessage } from '../../../src/services/outgoing';
import { freshContext } from '../../helpers/db';

describe('demo: composer', () => {
  it('has a four-part message to a reported party awaiting approval, with the party’s name replaced', async () => {
    const ctx = await freshContext();
    await createDemoOrganisation(ctx, { cases: 40, publishStatistics: false });
    const rows = await ctx.db.select().from(outgoingMessages);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    const author = await loadMemberActor(ctx.db, row!.authorId);
    expect(author?.role).toBe('vice_chair');
    const view = await getMessage(withActor(ctx, author!), { messageId: row!.id });
    expect(view.kind).toBe('four_part');
    expect(view.state).toBe('draft');
    expect(view.approveRefusal).toMatch(/author cannot/);
    const named = view.replacements.filter((r) => r.party?.startsWith('Reported person'));
    expect(named.length).toBeGreaterThan(0);
    for (const r of named) expect(view.text).not.toContain(r.original);
  }, 180_000);
});
