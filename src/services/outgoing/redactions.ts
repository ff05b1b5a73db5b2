// The author reviews the engine's replacements: undoes one (with a reason, sealed), restores one
// undone, or redacts a phrase the engine missed. Each recomposes the text and voids any approval.
import { CandorError } from '../../errors';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { assertNotSent, assertSeen, openMessage } from './open-message';
import { redactPhraseInput, restoreReplacementInput, undoReplacementInput } from './schemas';
import { compose, draftOf, saveComposition, unsealRow, type MessageContent, type MessageRow } from './store';

async function revise(
  tx: ServiceContext,
  row: MessageRow,
  seenTextHash: string,
  by: string,
  change: (content: MessageContent, recipients: string[]) => Promise<MessageContent>,
  what: 'undo' | 'restore' | 'by_hand',
): Promise<void> {
  assertSeen(row, seenTextHash);
  assertNotSent(row);
  const { content, recipients } = unsealRow(tx, row);
  const next = await change(content, recipients);
  const { voidedApproval } = await saveComposition(tx, row, { recipients, recipientKind: row.recipientKind, content: next, editorId: by });
  await audit(tx, { action: 'outgoing.redaction', entity: 'outgoing_message', entityRef: row.id, details: { change: what, voidedApproval } });
}

export async function undoReplacement(ctx: ServiceContext, raw: RawInput<typeof undoReplacementInput>): Promise<void> {
  authorize(ctx, 'compose:message');
  const by = memberIdOf(ctx);
  const input = parseInput(undoReplacementInput, raw, 'The undo');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openMessage(tx, input.messageId);
    await revise(tx, row, input.textHash, by, async (content, recipients) => {
      const { proposals } = await compose(tx, { caseId: row.caseId, messageId: row.id, recipientKind: row.recipientKind, recipients, content });
      const p = proposals[input.replacement];
      if (!p) throw new CandorError('invalid_input', 'No such replacement', [{ field: 'replacement', message: 'choose a replacement of this draft' }]);
      if (content.undone.some((u) => u.label === p.label && u.original === p.original)) throw new CandorError('conflict', 'This replacement is already undone');
      return { ...content, undone: [...content.undone, { label: p.label, original: p.original, reason: input.reason, by }] };
    }, 'undo');
  });
}

export async function restoreReplacement(ctx: ServiceContext, raw: RawInput<typeof restoreReplacementInput>): Promise<void> {
  authorize(ctx, 'compose:message');
  const by = memberIdOf(ctx);
  const input = parseInput(restoreReplacementInput, raw, 'The change');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openMessage(tx, input.messageId);
    await revise(tx, row, input.textHash, by, async (content) => {
      if (!content.undone[input.undone]) throw new CandorError('invalid_input', 'No such undone replacement', [{ field: 'undone', message: 'choose an undone replacement' }]);
      return { ...content, undone: content.undone.filter((_, i) => i !== input.undone) };
    }, 'restore');
  });
}

export async function redactPhrase(ctx: ServiceContext, raw: RawInput<typeof redactPhraseInput>): Promise<void> {
  authorize(ctx, 'compose:message');
  const by = memberIdOf(ctx);
  const input = parseInput(redactPhraseInput, raw, 'The phrase');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openMessage(tx, input.messageId);
    await revise(tx, row, input.textHash, by, async (content) => {
      const phrase = input.phrase.trim();
      if (!draftOf(content).includes(phrase)) {
        throw new CandorError('invalid_input', 'The phrase is not in the draft', [{ field: 'phrase', message: 'copy the words exactly as they appear in the draft' }]);
      }
      if (content.byHand.includes(phrase)) throw new CandorError('conflict', 'These words are already removed');
      return { ...content, byHand: [...content.byHand, phrase] };
    }, 'by_hand');
  });
}
