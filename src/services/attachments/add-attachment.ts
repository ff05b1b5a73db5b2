// A document attached to a case: checked (size, type by content), then sealed with its filename.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { attachments } from '../../db/schema';
import { invalidInput } from '../../errors';
import { seal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize, memberIdOf } from '../authorize';
import { openCase } from '../cases/case-access';
import { appendCaseEvent } from '../cases/case-events';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';
import { declaredTypeAgrees, MAX_ATTACHMENT_BYTES, safeFilename, sniffType } from './file-types';

const addAttachmentInput = z.object({
  caseId: z.string(),
  file: z.object({
    filename: z.string(),
    declaredType: z.string().nullish(),
    bytes: z.instanceof(Uint8Array, { message: 'choose a file to attach' }),
  }),
});

export async function addAttachment(ctx: ServiceContext, raw: RawInput<typeof addAttachmentInput>): Promise<{ id: string }> {
  authorize(ctx, 'update:case');
  const by = memberIdOf(ctx);
  const { caseId, file } = parseInput(addAttachmentInput, raw, 'The attachment');
  const field = 'file';
  if (file.bytes.length === 0) throw invalidInput('The file is empty', [{ field, message: 'choose a file to attach' }]);
  if (file.bytes.length > MAX_ATTACHMENT_BYTES) {
    throw invalidInput('The file is too large', [{ field, message: `must be at most ${MAX_ATTACHMENT_BYTES / (1024 * 1024)} MB` }]);
  }
  const type = sniffType(file.bytes);
  if (!type) throw invalidInput('This kind of file is not accepted', [{ field, message: 'must be a PDF, an image (PNG, JPEG, GIF, WebP) or plain text' }]);
  if (!declaredTypeAgrees(file.declaredType, type)) {
    throw invalidInput('The file is not what it claims to be', [{ field, message: 'its content does not match its type' }]);
  }
  const filename = safeFilename(file.filename);
  return withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'update:case');
    const id = randomUUID(); // made here so filename and content can be sealed to their row
    const [a] = await tx.db
      .insert(attachments)
      .values({
        id,
        caseId: row.id,
        filenameSealed: seal(tx.keys.master, { table: 'attachments', column: 'filename', row: id }, filename),
        contentType: type,
        size: file.bytes.length,
        // Sealed values are text; base64 keeps the bytes intact through it.
        contentSealed: seal(tx.keys.master, { table: 'attachments', column: 'content', row: id }, Buffer.from(file.bytes).toString('base64')),
        uploadedBy: by,
        createdAt: tx.now(),
      })
      .returning({ id: attachments.id });
    await appendCaseEvent(tx, row.id, { kind: 'attachment_added', attachmentId: a!.id });
    await audit(tx, { action: 'attachment.add', entity: 'case', entityRef: row.codeName, details: { type, size: file.bytes.length } });
    return { id: a!.id };
  });
}
