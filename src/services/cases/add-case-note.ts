import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { openCase } from './case-access';
import { appendCaseEvent } from './case-events';
import { noteInput, type NoteInput } from './schemas';

/** A note on the timeline; its body is sealed and never leaves the case record. */
export async function addCaseNote(ctx: ServiceContext, raw: NoteInput): Promise<void> {
  authorize(ctx, 'note:case');
  const { caseId, ...input } = parseInput(noteInput, raw, 'The note');
  await withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'note:case');
    await appendCaseEvent(tx, row.id, { kind: 'note' }, input.body);
    await audit(tx, { action: 'case.note', entity: 'case', entityRef: row.codeName });
  });
}
