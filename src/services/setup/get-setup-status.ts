// Whether first-run setup has happened. Until it has, the web app shows only the setup page.
import { organisation } from '../../db/schema';
import type { ServiceContext } from '../context';

export async function isSetupComplete(ctx: ServiceContext): Promise<boolean> {
  const rows = await ctx.db.select({ done: organisation.setupCompletedAt }).from(organisation).limit(1);
  return rows[0]?.done != null;
}

export async function organisationName(ctx: ServiceContext): Promise<string | null> {
  const rows = await ctx.db.select({ name: organisation.name }).from(organisation).limit(1);
  return rows[0]?.name ?? null;
}
