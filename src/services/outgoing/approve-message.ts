// A second member approves the exact text and recipients. A member with a conflict on the case
// (recused, excluded, named) is refused by the case's access rule before anything else; the
// author and anyone who edited the draft are refused by the domain rule.
import { and, eq, isNull } from 'drizzle-orm';
import { outgoingMessages } from '../../db/schema';
import { approvalRefusal } from '../../domain/outgoing-message';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { openMessage } from './open-message';
import { approveMessageInput } from './schemas';

export async function approveMessage(ctx: ServiceContext, raw: RawInput<typeof approveMessageInput>): Promise<void> {
  authorize(ctx, 'compose:message');
  const by = memberIdOf(ctx);
  const input = parseInput(approveMessageInput, raw, 'The approval');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openMessage(tx, input.messageId);
    const refusal = approvalRefusal(row, by, input);
    if (refusal) throw new CandorError('conflict', refusal);
    const done = await tx.db
      .update(outgoingMessages)
      .set({ approvedBy: by, approvedAt: tx.now(), approvedTextHash: row.textHash, approvedRecipientsHash: row.recipientsHash })
      .where(and(eq(outgoingMessages.id, row.id), eq(outgoingMessages.textHash, row.textHash), eq(outgoingMessages.recipientsHash, row.recipientsHash), isNull(outgoingMessages.sentAt)))
      .returning({ id: outgoingMessages.id });
    if (done.length !== 1) throw new CandorError('conflict', 'The message changed while you were reviewing it; review it again');
    await audit(tx, { action: 'outgoing.approve', entity: 'outgoing_message', entityRef: row.id, details: { textHash: row.textHash, ...row.counts } });
  });
}
