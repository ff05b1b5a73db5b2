import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { attachments } from '../../db/schema';
import { notFound } from '../../errors';
import { unseal } from '../../privacy/envelope';
import { audit } from '../audit/emit';
import { authorize } from '../authorize';
import { isUuid, openCase } from '../cases/case-access';
import { withTransaction, type ServiceContext } from '../context';
import { parseInput, type RawInput } from '../parse-input';

const downloadAttachmentInput = z.object({ caseId: z.string(), attachmentId: z.string() });

export interface AttachmentDownload {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** Opens an attachment for someone who may read its case; the web edge forces a download. */
export async function downloadAttachment(ctx: ServiceContext, raw: RawInput<typeof downloadAttachmentInput>): Promise<AttachmentDownload> {
  authorize(ctx, 'read:case');
  const { caseId, attachmentId } = parseInput(downloadAttachmentInput, raw);
  return withTransaction(ctx, async (tx) => {
    const { row } = await openCase(tx, caseId, 'read:case');
    if (!isUuid(attachmentId)) throw notFound();
    const [a] = await tx.db
      .select()
      .from(attachments)
      .where(and(eq(attachments.id, attachmentId), eq(attachments.caseId, row.id)));
    if (!a) throw notFound();
    await audit(tx, { action: 'attachment.read', entity: 'case', entityRef: row.codeName, details: { attachment: a.id } });
    return {
      filename: unseal(tx.keys.master, { table: 'attachments', column: 'filename', row: a.id }, a.filenameSealed),
      contentType: a.contentType,
      bytes: Buffer.from(unseal(tx.keys.master, { table: 'attachments', column: 'content', row: a.id }, a.contentSealed), 'base64'),
    };
  });
}
