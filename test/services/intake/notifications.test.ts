// Mail around a reporter's case: members hear that something needs attention, the reporter that
// there is news — in the same transaction as the event, never with what happened.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { cases, members, outbox } from '../../../src/db/schema';
import type { Actor, MemberActor } from '../../../src/domain/access';
import { unseal } from '../../../src/privacy/envelope';
import type { ServiceContext } from '../../../src/services/context';
import { messageReporter, openReport, replyToWorkingGroup, requestReconsiderationByReporter, submitReport } from '../../../src/services/intake';
import { resolveCase } from '../../../src/services/cases/resolve-case';
import { declareRecusal } from '../../../src/services/recusals/declare-recusal';
import { freshContext } from '../../helpers/db';
import { as, buildMember } from '../cases/factories';

const NARRATIVE = 'Rowan Ashdown mocked my accent in the voice channel every week.';
const EMAIL = 'quiet.reporter@example.net';
const anonymous: Actor = { kind: 'anonymous' };
let ctx: ServiceContext;
let chair: MemberActor;

beforeEach(async () => {
  ctx = await freshContext({ now: () => new Date('2025-05-01T10:00:00Z') });
  chair = await buildMember(ctx, { role: 'chair' });
});

async function sent(): Promise<{ to: string; template: string; subject: string; body: string }[]> {
  const rows = await ctx.db.select().from(outbox);
  return rows.map((r) => ({
    to: unseal(ctx.keys.master, { table: 'outbox', column: 'to_address', row: r.id }, r.toAddressSealed),
    template: r.template,
    subject: r.subject,
    body: r.body,
  }));
}

async function emailOf(m: MemberActor): Promise<string> {
  const [row] = await ctx.db.select({ email: members.email }).from(members).where(eq(members.id, m.id));
  return row!.email;
}

async function submit(contactEmail?: string) {
  const done = await submitReport(as(ctx, anonymous), { contactEmail, whatHappened: NARRATIVE, ongoing: 'no', files: [] });
  const [c] = await ctx.db.select().from(cases);
  return { receiptCode: done.receiptCode, caseId: c!.id, codeName: c!.codeName };
}

describe('mail about a reporter case', () => {
  it('tells the chairs a report came in, not the board or ordinary members, and says nothing of it', async () => {
    const vice = await buildMember(ctx, { role: 'vice_chair' });
    await buildMember(ctx, { role: 'board' });
    await buildMember(ctx, { role: 'member' });
    const { codeName } = await submit(EMAIL);
    const mails = await sent();
    expect(mails.map((m) => m.to).sort()).toEqual([await emailOf(chair), await emailOf(vice)].sort());
    for (const m of mails) {
      expect(m.template).toBe('member_attention');
      expect(`${m.subject}\n${m.body}`).not.toMatch(/Rowan|accent|quiet\.reporter/);
      expect(`${m.subject}\n${m.body}`.toLowerCase()).not.toContain(codeName.toLowerCase());
    }
  });

  it('tells the reporter there is news when the working group writes, only if they left an address', async () => {
    const withAddress = await submit(EMAIL);
    await messageReporter(as(ctx, chair), { caseId: withAddress.caseId, purpose: 'acknowledgement', body: 'Thank you for telling us about Rowan.' });
    const toReporter = (await sent()).filter((m) => m.template === 'reporter_news');
    expect(toReporter.map((m) => m.to)).toEqual([EMAIL]);
    expect(toReporter[0]!.body).not.toContain('Rowan');
    expect(toReporter[0]!.body).toContain('/portal');
  });

  it('sends nothing to an anonymous reporter', async () => {
    const { caseId } = await submit(undefined);
    await messageReporter(as(ctx, chair), { caseId, purpose: 'acknowledgement', body: 'Thank you.' });
    expect((await sent()).filter((m) => m.template === 'reporter_news')).toEqual([]);
  });

  it('leaves out a chair recused from the case when the reporter writes, and tells the board of a reconsideration request', async () => {
    const vice = await buildMember(ctx, { role: 'vice_chair' });
    const board = await buildMember(ctx, { role: 'board' });
    const { caseId, receiptCode } = await submit(EMAIL);
    await declareRecusal(as(ctx, vice), { caseId, reason: 'relationship' });
    await ctx.db.delete(outbox);
    const opened = await openReport(as(ctx, anonymous), { receiptCode });
    const reporter: Actor = { kind: 'reporter', caseId: opened.caseId };
    await replyToWorkingGroup(as(ctx, reporter), { body: 'One more thing.', files: [] });
    expect((await sent()).map((m) => m.to)).toEqual([await emailOf(chair)]);
    await ctx.db.delete(outbox);
    await resolveCase(as(ctx, chair), { caseId, resolvedOn: '2025-05-01', resolutionSource: 'working_group', summary: 'No action', outcome: 'No action' });
    await requestReconsiderationByReporter(as(ctx, reporter), { reasons: 'Nothing changed.' });
    expect((await sent()).filter((m) => m.template === 'member_attention').map((m) => m.to)).toEqual([await emailOf(board)]);
  });
});
