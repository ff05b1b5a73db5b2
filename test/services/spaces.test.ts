import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog, spaces } from '../../src/db/schema';
import type { ServiceContext } from '../../src/services/context';
import { createSpace } from '../../src/services/spaces/create-space';
import { syncConfiguredSpaces } from '../../src/services/spaces/sync-configured-spaces';
import { freshContext } from '../helpers/db';

describe('spaces', () => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = await freshContext({
      config: {
        spaces: [
          { slug: 'forum', name: 'Forum', kind: 'online' },
          { slug: 'devcon', name: 'DevCon', kind: 'event', group: 'Conferences', contacts: ['a@example.org', 'b@example.org'] },
        ],
      },
    });
  });

  it('creates configured spaces once, with default groups by kind', async () => {
    expect(await syncConfiguredSpaces(ctx)).toBe(2);
    expect(await syncConfiguredSpaces(ctx)).toBe(0);
    const rows = await ctx.db.select().from(spaces).orderBy(spaces.slug);
    expect(rows.map((r) => [r.slug, r.groupName])).toEqual([
      ['devcon', 'Conferences'],
      ['forum', 'Online spaces'],
    ]);
    expect((await ctx.db.select().from(auditLog)).map((a) => a.action)).toEqual(['space.create', 'space.create']);
  });

  it('names the field at fault and refuses a duplicate slug', async () => {
    await expect(createSpace(ctx, { slug: 'Bad Slug', name: '', kind: 'online' })).rejects.toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ field: 'slug' }), expect.objectContaining({ field: 'name' })]),
    });
    await createSpace(ctx, { slug: 'chat', name: 'Chat', kind: 'online' });
    await expect(createSpace(ctx, { slug: 'chat', name: 'Chat 2', kind: 'online' })).rejects.toMatchObject({ code: 'conflict' });
  });
});
