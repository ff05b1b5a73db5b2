// A member starts a message from a case to someone outside the working group. The draft is
// composed at once (redaction proposals applied), so what is stored is what would go out.
import { randomUUID } from 'node:crypto';
import { outgoingMessages } from '../../db/schema';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { draftMessageInput } from './schemas';
import { compose, countsOf, hashRecipients, hashText, sealed, type MessageContent } from './store';

export async function draftMessage(ctx: ServiceContext, raw: RawInput<typeof draftMessageInput>): Promise<{ id: string }> {
  authorize(ctx, 'compose:message');
  const authorId = memberIdOf(ctx);
  const input = parseInput(draftMessageInput, raw, 'The message');
  return withTransaction(ctx, async (tx) => {
    const { row: c } = await openCase(tx, input.caseId, 'compose:message');
    const content: MessageContent = {
      body: input.kind === 'four_part' ? '' : (input.body ?? ''),
      ...(input.kind === 'four_part' && input.parts ? { parts: input.parts } : {}),
      undone: [],
      byHand: [],
    };
    const id = await insertMessage(tx, { caseId: c.id, kind: input.kind, recipientKind: input.recipientKind, recipients: input.recipients, content, authorId });
    return { id };
  });
}

/** Shared by the drafting verbs (a message, a history summary); the caller has opened the case. */
export async function insertMessage(
  tx: ServiceContext,
  args: { caseId: string; kind: (typeof outgoingMessages.$inferInsert)['kind']; recipientKind: (typeof outgoingMessages.$inferInsert)['recipientKind']; recipients: string[]; content: MessageContent; authorId: string },
): Promise<string> {
  const id = randomUUID();
  const composition = await compose(tx, { caseId: args.caseId, messageId: id, recipientKind: args.recipientKind, recipients: args.recipients, content: args.content });
  await tx.db.insert(outgoingMessages).values({
    id,
    caseId: args.caseId,
    kind: args.kind,
    recipientKind: args.recipientKind,
    recipientsSealed: sealed(tx, id, 'recipients', args.recipients),
    recipientsHash: hashRecipients(tx, args.recipients),
    contentSealed: sealed(tx, id, 'content', args.content),
    textSealed: sealed(tx, id, 'text', composition.text),
    textHash: hashText(composition.text),
    counts: countsOf(composition, args.content),
    authorId: args.authorId,
    createdAt: tx.now(),
    updatedAt: tx.now(),
  });
  // Composing decrypts the case's identities: recorded, with counts (never words or addresses).
  await audit(tx, {
    action: 'outgoing.draft',
    entity: 'outgoing_message',
    entityRef: id,
    details: { kind: args.kind, recipientKind: args.recipientKind, recipients: args.recipients.length, proposed: composition.proposals.length },
  });
  return id;
}
