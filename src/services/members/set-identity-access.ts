// The chair grants or withdraws access to the person identity key (real names behind person
// code names). Only voting members can hold it; can() refuses it to other roles anyway.
import { and, eq, inArray } from 'drizzle-orm';
import { members } from '../../db/schema';
import { CandorError, notFound } from '../../errors';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { identityAccessSchema } from './schemas';

const MAY_HOLD_KEY = ['member', 'chair', 'vice_chair'];

export async function setIdentityAccess({ ctx, input }: { ctx: ServiceContext; input: { memberId: unknown; granted: unknown } }): Promise<void> {
  authorize(ctx, 'manage:member', {});
  const data = parseInput(identityAccessSchema, input);
  await withTransaction(ctx, async (tx) => {
    const rows = await tx.db.select({ role: members.role }).from(members).where(and(eq(members.id, data.memberId), eq(members.active, true)));
    const m = rows[0];
    if (!m) throw notFound('No active member with that id');
    if (data.granted && !MAY_HOLD_KEY.includes(m.role)) {
      throw new CandorError('conflict', 'Only members, chairs and vice-chairs can hold identity-key access');
    }
    await tx.db
      .update(members)
      .set({ identityKeyAccess: data.granted })
      .where(and(eq(members.id, data.memberId), inArray(members.role, MAY_HOLD_KEY)));
    await audit(tx, { action: 'member.identity_access', entity: 'member', entityRef: data.memberId, details: { granted: data.granted } });
  });
}
