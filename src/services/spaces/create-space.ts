import { z } from 'zod';
import { spaces } from '../../db/schema';
import { SPACE_KINDS } from '../../domain/spaces';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';

const DEFAULT_GROUPS = { online: 'Online spaces', event: 'In-person events', affiliated: 'Affiliated programs' } as const;

export const createSpaceInput = z.object({
  slug: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and dashes'),
  name: z.string().trim().min(1, 'give the space a name').max(200),
  kind: z.enum(SPACE_KINDS, { message: 'choose online, event or affiliated' }),
  groupName: z.string().trim().min(1).max(100).optional(),
  publishesOwnReport: z.boolean().default(false),
  contacts: z.array(z.email({ message: 'must be an email address' })).default([]),
});

export async function createSpace(ctx: ServiceContext, raw: RawInput<typeof createSpaceInput>): Promise<{ id: string }> {
  authorize(ctx, 'manage:member');
  const input = parseInput(createSpaceInput, raw, 'The space');
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(spaces)
      .values({ ...input, groupName: input.groupName ?? DEFAULT_GROUPS[input.kind] })
      .onConflictDoNothing()
      .returning({ id: spaces.id });
    if (!row) throw new CandorError('conflict', `a space with the slug "${input.slug}" exists`, [{ field: 'slug', message: 'already in use' }]);
    await audit(tx, { action: 'space.create', entity: 'space', entityRef: input.slug });
    return { id: row.id };
  });
}
