import { getBoardArea } from '../../../src/services/board';
import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { attachments, caseEvents, casePeople, cases, personIndexes, reconsiderations, reports } from '../../../src/db/schema';
import type { Actor, MemberActor } from '../../../src/domain/access';
import { blindIndex } from '../../../src/privacy/blind-index';
import { resolveCase } from '../../../src/services/cases/resolve-case';
import type { ServiceContext } from '../../../src/services/context';
import {
  answerProposal,
  getMyReport,
  getReporterThread,
  listDueReports,
  listMessageTemplates,
  messageReporter,
  openReport,
  proposeResolution,
  replyToWorkingGroup,
  requestReconsiderationByReporter,
  submitReport,
  updateMessageTemplate,
} from '../../../src/services/intake';
import { declareRecusal } from '../../../src/services/recusals/declare-recusal';
import { freshContext } from '../../helpers/db';
import { as, auditEntries, buildMember, buildSpace } from '../cases/factories';

let ctx: ServiceContext;
let now: Date;
let chair: MemberActor;
const anonymous: Actor = { kind: 'anonymous' };
const NARRATIVE = 'At the sprint dinner Quentin Marlowe kept touching my shoulder after I asked him to stop.';
const EMAIL = 'frightened.reporter@example.net';

beforeEach(async () => {
  now = new Date('2025-05-01T10:00:00Z');
  ctx = await freshContext({ now: () => now });
  chair = await buildMember(ctx, { role: 'chair' });
});

async function submit(over: Record<string, unknown> = {}) {
  return submitReport(as(ctx, anonymous), {
    contactEmail: EMAIL,
    peopleInvolved: 'Quentin Marlowe, @qmarlowe',
    witnesses: 'Ida Lund',
    whatHappened: NARRATIVE,
    ongoing: 'no',
    files: [{ filename: 'note.txt', declaredType: 'text/plain', bytes: new TextEncoder().encode('screenshot text from the chat') }],
    ...over,
  });
}

describe('submitting a report', () => {
  it('stores case, sealed narrative, people with blind indexes, attachments and a hashed receipt in one go', async () => {
    const done = await submit();
    expect(done.receiptCode.split(' ')).toHaveLength(12);
    const [c] = await ctx.db.select().from(cases);
    expect(c).toMatchObject({ channel: 'web_form', stage: 'received', status: 'ongoing', receivedOn: '2025-05-01', ongoingHarassment: 'no' });
    expect(c!.narrativeSealed).not.toContain('Quentin');
    const [r] = await ctx.db.select().from(reports);
    expect(r!.receiptHash).not.toContain(done.receiptCode.split(' ')[0]);
    expect(r!.contactSealed).not.toContain('frightened');
    expect(r!.acknowledgeBy.toISOString()).toBe('2025-05-02T10:00:00.000Z');
    expect(r!.respondBy.toISOString()).toBe('2025-05-08T10:00:00.000Z');
    const rows = await ctx.db.select({ role: casePeople.roleInCase }).from(casePeople).where(eq(casePeople.caseId, c!.id));
    expect(rows.map((x) => x.role).sort()).toEqual(['reported', 'reporter', 'witness']);
    const digests = (await ctx.db.select({ d: personIndexes.digest }).from(personIndexes)).map((x) => x.d);
    expect(digests).toContain(blindIndex(ctx.keys.index, 'name', 'quentin marlowe'));
    expect(digests).toContain(blindIndex(ctx.keys.index, 'username', 'qmarlowe'));
    expect(digests).toContain(blindIndex(ctx.keys.index, 'email', EMAIL));
    const [a] = await ctx.db.select().from(attachments);
    expect(a!.contentSealed).not.toContain('screenshot');
    expect(await auditEntries(ctx, 'report.submit', c!.codeName)).toHaveLength(1);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    await expect(submit({ whatHappened: '  ' })).rejects.toMatchObject({ code: 'invalid_input', issues: [{ field: 'whatHappened' }] });
    await expect(submit({ anonymous: true })).rejects.toMatchObject({ issues: [{ field: 'contactEmail' }] });
    await expect(submit({ files: [{ filename: 'big.txt', bytes: new Uint8Array(4 * 1024 * 1024).fill(65) }] })).rejects.toMatchObject({
      issues: [{ field: 'files', message: expect.stringContaining('big.txt') }],
    });
    await expect(submit({ files: [{ filename: 'x.exe', bytes: new Uint8Array([0x4d, 0x5a, 0, 1, 2]) }] })).rejects.toMatchObject({ issues: [{ field: 'files' }] });
    expect(await ctx.db.select().from(cases)).toHaveLength(0);
  });

  it('rolls back everything when a late step fails', async () => {
    await expect(submit({ where: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ issues: [{ field: 'where' }] });
    const space = await buildSpace(ctx);
    await submit({ where: space });
    expect(await ctx.db.select().from(cases)).toHaveLength(1);
  });

  it('is open to visitors only through submit:report', async () => {
    await expect(submitReport(as(ctx, chair), { whatHappened: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('the portal and the working group', () => {
  it('follows a report through acknowledgement, messages, a proposal, resolution and reconsideration', async () => {
    const { receiptCode } = await submit();
    const [c] = await ctx.db.select().from(cases);
    await expect(openReport(as(ctx, anonymous), { receiptCode: 'abandon '.repeat(11) + 'about' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(openReport(as(ctx, anonymous), { receiptCode: 'not a code' })).rejects.toMatchObject({ code: 'not_found' });
    const { caseId } = await openReport(as(ctx, anonymous), { receiptCode: `  ${receiptCode.toUpperCase().replace(/ /g, ' - ')} ` });
    expect(caseId).toBe(c!.id);
    const reporter: Actor = { kind: 'reporter', caseId };

    expect((await getMyReport(as(ctx, reporter))).status).toBe('received');
    expect((await listDueReports(as(ctx, chair)))[0]).toMatchObject({ codeName: c!.codeName, acknowledge: { state: 'due' } });
    now = new Date('2025-05-03T10:00:00Z');
    expect((await listDueReports(as(ctx, chair)))[0]).toMatchObject({ acknowledge: { state: 'overdue' } });

    const thread = await getReporterThread(as(ctx, chair), { caseId });
    expect(thread.contact).toBe(EMAIL);
    expect(thread.templates.acknowledgement).toContain('Code of Conduct Working Group');
    await messageReporter(as(ctx, chair), { caseId, purpose: 'acknowledgement', body: thread.templates.acknowledgement });
    expect((await getMyReport(as(ctx, reporter))).status).toBe('acknowledged');
    expect(await listDueReports(as(ctx, chair))).toHaveLength(0);

    await replyToWorkingGroup(as(ctx, reporter), { body: 'He also messaged me afterwards.', files: [] });
    await expect(replyToWorkingGroup(as(ctx, reporter), { body: '' })).rejects.toMatchObject({ issues: [{ field: 'body' }] });
    const [ev] = await ctx.db.select().from(caseEvents).where(sql`${caseEvents.kind} = 'reporter_message' and ${caseEvents.data}->>'direction' = 'from_reporter'`);
    expect(ev!.bodySealed).not.toContain('messaged');

    await expect(answerProposal(as(ctx, reporter), { answer: 'agree' })).rejects.toMatchObject({ code: 'invalid_input' });
    await proposeResolution(as(ctx, chair), { caseId, body: 'A written warning to the person reported.' });
    const mine = await getMyReport(as(ctx, reporter));
    expect(mine).toMatchObject({ status: 'resolution_proposed', mayAnswerProposal: true });
    await answerProposal(as(ctx, reporter), { answer: 'disagree', comment: 'I think a warning is not enough.' });
    expect((await getMyReport(as(ctx, reporter))).mayAnswerProposal).toBe(false);

    await expect(requestReconsiderationByReporter(as(ctx, reporter), { reasons: 'too early' })).rejects.toMatchObject({ code: 'invalid_input' });
    await resolveCase(as(ctx, chair), { caseId, resolvedOn: '2025-05-03', resolutionSource: 'working_group', summary: 'Warning issued', outcome: 'Warning' });
    expect((await getMyReport(as(ctx, reporter))).status).toBe('resolved');
    await requestReconsiderationByReporter(as(ctx, reporter), { reasons: 'A warning does not protect me at the next event.' });
    await expect(requestReconsiderationByReporter(as(ctx, reporter), { reasons: 'again' })).rejects.toMatchObject({ code: 'invalid_input' });
    const [rq] = await ctx.db.select().from(reconsiderations);
    expect(rq).toMatchObject({ requestedBy: 'reporter', result: 'pending' });
    expect(rq!.detailsSealed).not.toContain('protect');

    const board = await buildMember(ctx, { role: 'board' });
    const seen = (await getBoardArea(as(ctx, board))).pending;
    expect(seen).toMatchObject([{ codeName: c!.codeName, requestedBy: 'reporter', result: 'pending', request: null }]);

    const view = (await getMyReport(as(ctx, reporter))).thread.map((e) => e.kind);
    expect(view).toEqual(['to_reporter', 'from_reporter', 'proposal', 'answer']);
    for (const action of ['report.open', 'report.read', 'report.reply', 'report.answer', 'report.message', 'report.propose', 'report.thread_read']) {
      expect(await auditEntries(ctx, action, c!.codeName), action).not.toHaveLength(0);
    }
  });

  it('keeps a reporter to their own report, and recused members and the board out of the conversation', async () => {
    await submit();
    await submit({ whatHappened: 'another report' });
    const [a, b] = await ctx.db.select().from(cases);
    const reporterA: Actor = { kind: 'reporter', caseId: a!.id };
    expect((await getMyReport(as(ctx, reporterA))).receivedOn).toBe('2025-05-01');
    await expect(getReporterThread(as(ctx, reporterA), { caseId: b!.id })).rejects.toMatchObject({ code: 'forbidden' });
    const member = await buildMember(ctx);
    await declareRecusal(as(ctx, member), { caseId: a!.id, reason: 'relationship' });
    await expect(getReporterThread(as(ctx, member), { caseId: a!.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(messageReporter(as(ctx, member), { caseId: a!.id, purpose: 'message', body: 'hi' })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await listDueReports(as(ctx, member))).map((d) => d.caseId)).toEqual([b!.id]);
    const board = await buildMember(ctx, { role: 'board' });
    await expect(getReporterThread(as(ctx, board), { caseId: a!.id })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('message templates', () => {
  it('start in our words, and the chair may change them (placeholders checked)', async () => {
    expect((await listMessageTemplates(as(ctx, chair))).every((t) => !t.edited)).toBe(true);
    await updateMessageTemplate(as(ctx, chair), { key: 'acknowledgement', body: 'Hello from {working_group}.' });
    await expect(updateMessageTemplate(as(ctx, chair), { key: 'outcome', body: 'Hi {workinggroup}' })).rejects.toMatchObject({ issues: [{ field: 'body-outcome' }] });
    const member = await buildMember(ctx);
    await expect(updateMessageTemplate(as(ctx, member), { key: 'outcome', body: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
    const { receiptCode } = await submit();
    const { caseId } = await openReport(as(ctx, anonymous), { receiptCode });
    expect((await getReporterThread(as(ctx, chair), { caseId })).templates.acknowledgement).toBe('Hello from Code of Conduct Working Group.');
    expect(await auditEntries(ctx, 'template.update', 'acknowledgement')).toHaveLength(1);
  });
});
