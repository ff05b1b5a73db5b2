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
import { declaredTypeAgrees, MAX_ATTACHMENT_BYTES, safeFilename, sniffType, type AllowedType } from './file-types';

/** An uploaded file as the web edge reads it. */
export type AttachmentUpload = z.infer<typeof addAttachmentInput>['file'];

const addAttachmentInput = z.object({
  caseId: z.string(),
  file: z.object({
    filename: z.string(),
    declaredType: z.string().nullish(),
    bytes: z.instanceof(Uint8Array, { message: 'choose a file to attach' }),
  }),
});

/** Checks an upload (size, type by content); throws invalid_input naming `field`. Returns its type. */
export function checkUpload(file: AttachmentUpload, field = 'file', maxBytes = MAX_ATTACHMENT_BYTES): AllowedType {
  const named = (message: string) => (field === 'file' ? message : `${safeFilename(file.filename)}: ${message}`);
  if (file.bytes.length === 0) throw invalidInput('The file is empty', [{ field, message: named('choose a file to attach') }]);
  if (file.bytes.length > maxBytes) {
    throw invalidInput('The file is too large', [{ field, message: named(`must be at most ${maxBytes / (1024 * 1024)} MB`) }]);
  }
  const type = sniffType(file.bytes);
  if (!type) throw invalidInput('This kind of file is not accepted', [{ field, message: named('must be a PDF, an image (PNG, JPEG, GIF, WebP) or plain text') }]);
  if (!declaredTypeAgrees(file.declaredType, type)) {
    throw invalidInput('The file is not what it claims to be', [{ field, message: named('its content does not match its type') }]);
  }
  return type;
}

/** Seals and stores a checked upload on a case, with its timeline event; in the caller's transaction. */
export async function storeAttachment(
  tx: ServiceContext,
  caseRow: { id: string },
  file: AttachmentUpload,
  type: AllowedType,
  uploadedBy: string | null,
): Promise<string> {
  const id = randomUUID(); // made here so filename and content can be sealed to their row
  await tx.db.insert(attachments).values({
    id,
    caseId: caseRow.id,
    filenameSealed: seal(tx.keys.master, { table: 'attachments', column: 'filename', row: id }, safeFilename(file.filename)),
    contentType: type,
    size: file.bytes.length,
    // Sealed values are text; base64 keeps the bytes intact through it.
    contentSealed: seal(tx.keys.master, { table: 'attachments', column: 'content', row: id }, Buffer.from(file.bytes).toString('base64')),
    uploadedBy,
    createdAt: tx.now(),
  });
  await appendCaseEvent(tx, caseRow.id, { kind: 'attachment_added', attachmentId: id });
  return id;
}

export async function addAttachment(ctx: ServiceContext, raw: RawInput<typeof addAttachmentInput>): Promise<{ id: string }> {
  authorize(ctx, 'update:case');
  const by = memberIdOf(ctx);
  const { caseId, file } = parseInput(addAttachmentInput, raw, 'The attachment');
  const type = checkUpload(file);
  return withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'update:case');
    const id = await storeAttachment(tx, row, file, type, by);
    await audit(tx, { action: 'attachment.add', entity: 'case', entityRef: row.codeName, details: { type, size: file.bytes.length } });
    return { id };
  });
}
