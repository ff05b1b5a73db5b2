// The member has seen the warning about failed sign-ins: counting starts afresh.
import { eq } from 'drizzle-orm';
import { members } from '../../db/schema';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';

export async function dismissSignInAlert(ctx: ServiceContext): Promise<void> {
  const memberId = memberIdOf(ctx);
  authorize(ctx, 'view:workspace');
  await withTransaction(ctx, async (tx) => {
    await tx.db.update(members).set({ failedSignIns: 0, failedSignInsSince: null, signInAlertAt: null }).where(eq(members.id, memberId));
    await audit(tx, { action: 'member.login_alert_dismiss', entity: 'member', entityRef: memberId });
  });
}
