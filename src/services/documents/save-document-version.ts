// The chair saves an edited document as a new version, saying what changed and why. The version
// goes public once a second member approves its summary and rationale (and, for the code of
// conduct, once the board's approval is recorded).
import { authorize } from '../authorize';
import { CandorError } from '../../errors';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput } from '../parse-input';
import { appendVersion } from './append-version';
import { saveDocumentVersionInput, type SaveDocumentVersionInput } from './schemas';
import { loadDocument } from './store';

export async function saveDocumentVersion(ctx: ServiceContext, raw: SaveDocumentVersionInput): Promise<{ id: string; seq: number; version: string }> {
  authorize(ctx, 'publish:release');
  const input = parseInput(saveDocumentVersionInput, raw, 'The new version');
  return withTransaction(ctx, async (tx) => {
    const doc = await loadDocument(tx, input.documentId);
    const latest = doc.versions.at(-1);
    if (latest?.body === input.body) throw new CandorError('invalid_input', 'Nothing changed', [{ field: 'body', message: `the text is the same as version ${latest.version}` }]);
    return appendVersion(tx, doc, input);
  });
}
