// The due and overdue overview from a register where each kind of item was planted.
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/deadlines';
import { localDate } from '../../../src/domain/periods';
import type { MemberActor } from '../../../src/domain/access';
import { recordUrgentAction } from '../../../src/services/case-reviews/record-urgent-action';
import { acknowledgeCase } from '../../../src/services/cases/acknowledge-case';
import { addCasePerson } from '../../../src/services/cases/add-case-person';
import type { ServiceContext } from '../../../src/services/context';
import { listDeadlines } from '../../../src/services/deadlines';
import { declareRecusal } from '../../../src/services/recusals/declare-recusal';
import { casePeople, outbox, people } from '../../../src/db/schema';
import { freshContext } from '../../helpers/db';
import { as, auditEntries, buildCase, buildMember } from '../cases/factories';

let ctx: ServiceContext;
let chair: MemberActor;
let member: MemberActor;
let recused: MemberActor;
let unacknowledged: { id: string; codeName: string };
let urgent: { id: string; codeName: string };
let suspended: { id: string; codeName: string };

beforeEach(async () => {
  ctx = await freshContext();
  const today = localDate(ctx.now(), 'UTC');
  chair = await buildMember(ctx, { role: 'chair' });
  member = await buildMember(ctx);
  recused = await buildMember(ctx);
  unacknowledged = await buildCase(ctx, chair, { receivedOn: addDays(today, -3) });
  urgent = await buildCase(ctx, chair, { receivedOn: addDays(today, -2) });
  suspended = await buildCase(ctx, chair, { receivedOn: addDays(today, -60) });
  await acknowledgeCase(as(ctx, chair), { caseId: urgent.id, on: addDays(today, -2) });
  await acknowledgeCase(as(ctx, chair), { caseId: suspended.id, on: addDays(today, -60) });
  await recordUrgentAction(as(ctx, member), { caseId: urgent.id, action: 'block', takenAt: new Date(ctx.now().getTime() - 30 * 3_600_000).toISOString() });
  await addCasePerson(as(ctx, chair), { caseId: suspended.id, consequence: 'first_suspension', suspensionFrom: addDays(today, -30), suspensionUntil: addDays(today, 3) });
  await declareRecusal(as(ctx, recused), { caseId: unacknowledged.id, reason: 'relationship' });
});

const summary = (items: Awaited<ReturnType<typeof listDeadlines>>) => items.map((i) => `${i.state}:${i.kind}:${i.codeName}`);

describe('listDeadlines', () => {
  it('shows the chair an overdue acknowledgement, an overdue urgent-action review and an ending suspension, and audits the read', async () => {
    const items = await listDeadlines(as(ctx, chair));
    expect(summary(items)).toEqual([
      `overdue:acknowledgement:${unacknowledged.codeName}`,
      `overdue:urgent_review:${urgent.codeName}`,
      `ending:suspension_end:${suspended.codeName}`,
    ]);
    expect(items[1]!.href).toBe(`/wg/cases/${urgent.id}/reviews`);
    expect(await auditEntries(ctx, 'deadline.list')).toHaveLength(1);
  });

  it('shows a recused member nothing of the case they are recused from', async () => {
    const items = await listDeadlines(as(ctx, recused));
    expect(items.map((i) => i.caseId)).not.toContain(unacknowledged.id);
    expect(summary(items)).toEqual([`overdue:urgent_review:${urgent.codeName}`, `ending:suspension_end:${suspended.codeName}`]);
  });

  it('lists a ban end to identity-key holders only through cases they may see', async () => {
    const today = localDate(ctx.now(), 'UTC');
    const [person] = await ctx.db.insert(people).values({ codeName: 'Olive Heron', banned: true, banExpiresOn: addDays(today, 3) }).returning({ id: people.id });
    await ctx.db.insert(casePeople).values({ caseId: unacknowledged.id, personId: person!.id, roleInCase: 'reported' });
    const keyholder = await buildMember(ctx, { identityKeyAccess: true });
    const recusedKeyholder = await buildMember(ctx, { identityKeyAccess: true });
    await declareRecusal(as(ctx, recusedKeyholder), { caseId: unacknowledged.id, reason: 'relationship' });
    expect(summary(await listDeadlines(as(ctx, keyholder)))).toContain('ending:ban_end:Olive Heron');
    expect(summary(await listDeadlines(as(ctx, member)))).not.toContain('ending:ban_end:Olive Heron');
    expect(summary(await listDeadlines(as(ctx, recusedKeyholder))).join()).not.toContain('Olive Heron');
  });

  it('notifies the working group of a recorded urgent action at once, with no code name in the mail', async () => {
    const rows = await ctx.db.select().from(outbox);
    // chair, member and the other member: three voting members, none recused from that case.
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r.body).not.toContain(urgent.codeName);
  });

  it('uses the configured periods', async () => {
    const lenient = { ...ctx, config: { ...ctx.config, deadlines: { ...ctx.config.deadlines, acknowledgeWithinHours: 24 * 7, urgentReviewWithinHours: 48 } } };
    expect(summary(await listDeadlines(as(lenient, chair)))).toEqual([
      `due:urgent_review:${urgent.codeName}`,
      `due:acknowledgement:${unacknowledged.codeName}`,
      `ending:suspension_end:${suspended.codeName}`,
    ]);
  });
});
