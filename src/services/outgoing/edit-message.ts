// The author (or another member, who then counts as an author) edits the draft or the recipients.
// The draft is run through the engine again; the approval, if any, is void.
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { assertNotSent, openMessage } from './open-message';
import { editMessageInput } from './schemas';
import { saveComposition, unsealRow, type MessageContent } from './store';

export async function editMessage(ctx: ServiceContext, raw: RawInput<typeof editMessageInput>): Promise<{ voidedApproval: boolean }> {
  authorize(ctx, 'compose:message');
  const by = memberIdOf(ctx);
  const input = parseInput(editMessageInput, raw, 'The message');
  return withTransaction(ctx, async (tx) => {
    const { row } = await openMessage(tx, input.messageId);
    assertNotSent(row);
    const { content: old, recipients: oldRecipients } = unsealRow(tx, row);
    if (row.kind === 'four_part' ? input.parts === undefined : (input.body ?? '').trim() === '') {
      throw new CandorError('invalid_input', 'The message has 1 problem(s)', [{ field: 'body', message: 'Write the message' }]);
    }
    const content: MessageContent = {
      ...old,
      body: row.kind === 'four_part' ? '' : (input.body ?? ''),
      ...(row.kind === 'four_part' && input.parts ? { parts: input.parts } : {}),
    };
    const { voidedApproval } = await saveComposition(tx, row, { recipients: input.recipients, recipientKind: input.recipientKind, content, editorId: by });
    await audit(tx, {
      action: 'outgoing.edit',
      entity: 'outgoing_message',
      entityRef: row.id,
      details: { recipientsChanged: oldRecipients.join('\n') !== input.recipients.join('\n'), voidedApproval },
    });
    return { voidedApproval };
  });
}
