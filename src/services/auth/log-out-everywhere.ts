// Sign out of every browser at once, e.g. after losing a laptop.
import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';

export async function logOutEverywhere(ctx: ServiceContext): Promise<number> {
  authorize(ctx, 'view:workspace');
  const memberId = memberIdOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const ended = await tx.db.delete(sessions).where(eq(sessions.memberId, memberId)).returning({ t: sessions.tokenHash });
    await audit(tx, { action: 'member.logout_all', entity: 'member', entityRef: memberId, details: { sessions: ended.length } });
    return ended.length;
  });
}
