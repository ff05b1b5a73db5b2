// Sending an approved message: through the mail outbox (one sealed message per recipient), or —
// when the member sends it from their own mailbox — by recording that it was sent. Either way the
// sent text and recipients stay sealed on the case, and the send is audited.
import { and, eq, isNull } from 'drizzle-orm';
import { outgoingMessages } from '../../db/schema';
import { sendRefusal } from '../../domain/outgoing-message';
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { queueComposedMail } from '../mail';
import { parseInput, type RawInput } from '../parse-input';
import { openMessage } from './open-message';
import { sendMessageInput } from './schemas';
import { hashText, unsealRow } from './store';

export async function sendMessage(ctx: ServiceContext, raw: RawInput<typeof sendMessageInput>): Promise<{ via: 'mail' | 'copy'; queued: number }> {
  authorize(ctx, 'compose:message');
  const by = memberIdOf(ctx);
  const input = parseInput(sendMessageInput, raw, 'The send');
  return withTransaction(ctx, async (tx) => {
    const { row } = await openMessage(tx, input.messageId);
    const refusal = sendRefusal(row, input);
    if (refusal) throw new CandorError('conflict', refusal);
    const { recipients, text } = unsealRow(tx, row);
    // The sealed text is the approved one: checked, not assumed.
    if (hashText(text) !== row.approvedTextHash) throw new CandorError('conflict', 'The stored text does not match the approval; review it again');
    const done = await tx.db
      .update(outgoingMessages)
      .set({ sentAt: tx.now(), sentBy: by, sentVia: input.via })
      .where(and(eq(outgoingMessages.id, row.id), isNull(outgoingMessages.sentAt)))
      .returning({ id: outgoingMessages.id });
    if (done.length !== 1) throw new CandorError('conflict', 'This message was already sent');
    let queued = 0;
    if (input.via === 'mail') {
      for (const to of recipients) {
        await queueComposedMail(tx, { to, body: text });
        queued++;
      }
    }
    await audit(tx, { action: 'outgoing.send', entity: 'outgoing_message', entityRef: row.id, details: { via: input.via, recipients: recipients.length, textHash: row.textHash } });
    return { via: input.via, queued };
  });
}
