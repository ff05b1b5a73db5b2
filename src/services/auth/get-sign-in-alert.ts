// What the account page tells a member about failed sign-ins: set when someone kept failing to
// sign in to their account (its throttle started), kept until the member dismisses it. A mail
// (queued by log-in.ts) asks the member to look, without saying why.
import { eq } from 'drizzle-orm';
import { members } from '../../db/schema';
import { authorize, memberIdOf } from '../authorize';
import type { ServiceContext } from '../context';

export interface SignInAlert {
  /** When the account's throttle last started. */
  at: Date;
  /** Since when failures are counted. */
  since: Date;
  /** Failed sign-ins since then. */
  failures: number;
}

export async function getSignInAlert(ctx: ServiceContext): Promise<SignInAlert | null> {
  const memberId = memberIdOf(ctx);
  authorize(ctx, 'view:workspace');
  const [m] = await ctx.db
    .select({ at: members.signInAlertAt, since: members.failedSignInsSince, failures: members.failedSignIns })
    .from(members)
    .where(eq(members.id, memberId));
  if (!m?.at) return null;
  return { at: m.at, since: m.since ?? m.at, failures: m.failures };
}
