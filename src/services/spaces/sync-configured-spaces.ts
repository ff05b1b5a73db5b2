// Spaces listed in candor.config.yaml are created on start if the register lacks them. Spaces
// are never deleted or renamed from the config: cases point at them, and history must hold.
import { spaces } from '../../db/schema';
import type { ServiceContext } from '../context';
import { createSpace } from './create-space';
import { authorize } from '../authorize';

export async function syncConfiguredSpaces(ctx: ServiceContext): Promise<number> {
  authorize(ctx, 'run:system');
  if (ctx.config.spaces.length === 0) return 0;
  const existing = new Set((await ctx.db.select({ slug: spaces.slug }).from(spaces)).map((s) => s.slug));
  let created = 0;
  for (const s of ctx.config.spaces) {
    if (existing.has(s.slug)) continue;
    await createSpace(ctx, {
      slug: s.slug,
      name: s.name,
      kind: s.kind,
      ...(s.group ? { groupName: s.group } : {}),
      publishesOwnReport: s.publishesOwnReport,
      contacts: s.contacts,
    });
    created += 1;
  }
  return created;
}
