import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { attachments } from '../../../src/db/schema';
import type { MemberActor } from '../../../src/domain/access';
import { decideAccessRequest } from '../../../src/services/access-requests/decide-access-request';
import { listAccessRequests } from '../../../src/services/access-requests/list-access-requests';
import { requestCaseAccess } from '../../../src/services/access-requests/request-case-access';
import { addAttachment } from '../../../src/services/attachments/add-attachment';
import { downloadAttachment } from '../../../src/services/attachments/download-attachment';
import { MAX_ATTACHMENT_BYTES } from '../../../src/services/attachments/file-types';
import { getCase } from '../../../src/services/cases/get-case';
import type { ServiceContext } from '../../../src/services/context';
import { excludeMember } from '../../../src/services/recusals/exclude-member';
import { freshContext } from '../../helpers/db';
import { as, auditEntries, buildCase, buildMember } from './factories';

let ctx: ServiceContext;
let now: Date;
let chair: MemberActor;
let c: { id: string; codeName: string };

beforeEach(async () => {
  now = new Date('2025-05-01T10:00:00Z');
  ctx = await freshContext({ now: () => now });
  chair = await buildMember(ctx, { role: 'chair' });
  c = await buildCase(ctx, chair);
});

describe('attachments', () => {
  it('seals content and filename, checks type by content and size, audits add and read', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4 evidence of the thread');
    const { id } = await addAttachment(as(ctx, chair), { caseId: c.id, file: { filename: 'screenshot of thread.pdf', declaredType: 'application/pdf', bytes: pdf } });
    const [row] = await ctx.db.select().from(attachments).where(eq(attachments.id, id));
    expect(row!.filenameSealed).not.toContain('screenshot');
    expect(row!.contentSealed).not.toContain('evidence');
    const file = await downloadAttachment(as(ctx, chair), { caseId: c.id, attachmentId: id });
    expect(file).toMatchObject({ filename: 'screenshot of thread.pdf', contentType: 'application/pdf' });
    expect(file.bytes.toString()).toBe('%PDF-1.4 evidence of the thread');
    expect((await getCase(as(ctx, chair), { caseId: c.id })).attachments[0]?.filename).toBe('screenshot of thread.pdf');
    expect(await auditEntries(ctx, 'attachment.add', c.codeName)).toHaveLength(1);
    expect(await auditEntries(ctx, 'attachment.read', c.codeName)).toHaveLength(1);

    const html = new TextEncoder().encode('<html><script>x</script>');
    await expect(addAttachment(as(ctx, chair), { caseId: c.id, file: { filename: 'a.pdf', declaredType: 'application/pdf', bytes: html } })).rejects.toMatchObject({ issues: [{ field: 'file' }] });
    await expect(addAttachment(as(ctx, chair), { caseId: c.id, file: { filename: 'a.txt', declaredType: 'application/pdf', bytes: new TextEncoder().encode('hello') } })).rejects.toMatchObject({ code: 'invalid_input' });
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1).fill(0x41);
    await expect(addAttachment(as(ctx, chair), { caseId: c.id, file: { filename: 'big.txt', bytes: big } })).rejects.toMatchObject({ message: 'The file is too large' });

    const other = await buildMember(ctx);
    await excludeMember(as(ctx, chair), { caseId: c.id, memberId: other.id });
    await expect(downloadAttachment(as(ctx, other), { caseId: c.id, attachmentId: id })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('records-access requests', () => {
  it('lets the board ask with a reason and the chair grant for a limited time', async () => {
    const board = await buildMember(ctx, { role: 'board' });
    await expect(getCase(as(ctx, board), { caseId: c.id })).rejects.toMatchObject({ code: 'forbidden' });
    const { id } = await requestCaseAccess(as(ctx, board), { caseCodeName: c.codeName.toUpperCase(), reason: 'Reconsideration asked by a party' });
    const [entry] = await auditEntries(ctx, 'access_request.create', c.codeName);
    expect(JSON.stringify(entry)).not.toContain('Reconsideration');
    const pending = await listAccessRequests(as(ctx, chair));
    expect(pending).toMatchObject([{ id, status: 'pending', reason: 'Reconsideration asked by a party' }]);
    await expect(decideAccessRequest(as(ctx, board), { requestId: id, decision: 'grant', days: 3 })).rejects.toMatchObject({ code: 'forbidden' });
    await decideAccessRequest(as(ctx, chair), { requestId: id, decision: 'grant', days: 3 });
    expect((await getCase(as(ctx, board), { caseId: c.id })).codeName).toBe(c.codeName);
    expect((await auditEntries(ctx, 'access_request.decide', c.codeName))[0]?.details).toMatchObject({ decision: 'grant', days: 3 });
    await expect(decideAccessRequest(as(ctx, chair), { requestId: id, decision: 'refuse' })).rejects.toMatchObject({ code: 'conflict' });
    now = new Date('2025-05-05T10:00:00Z');
    await expect(getCase(as(ctx, board), { caseId: c.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await listAccessRequests(as(ctx, board)))[0]?.status).toBe('expired');
  });

  it('never opens a case that names the board member, and refusals stay closed', async () => {
    const board = await buildMember(ctx, { role: 'board' });
    await excludeMember(as(ctx, chair), { caseId: c.id, memberId: board.id });
    await expect(requestCaseAccess(as(ctx, board), { caseCodeName: c.codeName, reason: 'We need to review this one' })).rejects.toMatchObject({
      issues: [{ field: 'caseCodeName' }],
    });
    const other = await buildCase(ctx, chair);
    const { id } = await requestCaseAccess(as(ctx, board), { caseCodeName: other.codeName, reason: 'We need to review this one' });
    await expect(decideAccessRequest(as(ctx, chair), { requestId: id, decision: 'grant', days: 90 })).rejects.toMatchObject({ issues: [{ field: 'days' }] });
    await decideAccessRequest(as(ctx, chair), { requestId: id, decision: 'refuse' });
    await expect(getCase(as(ctx, board), { caseId: other.id })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
