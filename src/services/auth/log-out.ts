// Sign out of this browser: its session row is deleted, so the cookie is worthless.
import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { tokenInput, type TokenInput } from './schemas';
import { hashToken } from './tokens';

export async function logOut(ctx: ServiceContext, raw: TokenInput): Promise<void> {
  authorize(ctx, 'view:workspace');
  const { token } = parseInput(tokenInput, raw);
  const memberId = memberIdOf(ctx);
  await withTransaction(ctx, async (tx) => {
    await tx.db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
    await audit(tx, { action: 'member.logout', entity: 'member', entityRef: memberId });
  });
}
