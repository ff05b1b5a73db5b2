// Retention end to end on the services: a planted minor record past its retention period is
// listed, expunged after a chair confirms it, its sealed fields are gone from the database, and
// the published statistics (the stored release and the figures computed afresh) are unchanged.
import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { queryRows } from '../../../src/db/connect';
import { attendeeCheckDisclosures, attendeeChecks, auditLog, caseEvents, cases, outbox, outgoingMessages, people, personIndexes, reports } from '../../../src/db/schema';
import { seal } from '../../../src/privacy/envelope';
import { addCasePerson } from '../../../src/services/cases/add-case-person';
import { withActor, type ServiceContext } from '../../../src/services/context';
import { draftStatisticsRelease } from '../../../src/services/publications/draft-statistics-release';
import { publishRelease } from '../../../src/services/publications/publish-release';
import { findPublication } from '../../../src/services/publications/store';
import { expungeCase, listRetentionDue, notifyRetentionDue, recordReporterRemoval } from '../../../src/services/retention';
import { getStatistics } from '../../../src/services/stats/get-statistics';
import { freshContext } from '../../helpers/db';
import { codeOf } from '../../helpers/errors';
import { buildMember } from '../../helpers/members';
import { approveAllPublicTexts } from '../../helpers/public-text';
import { buildCase, buildSmallRegister } from '../publications/factory';

const NOW = () => new Date('2026-03-01T12:00:00Z');
// 25 months: the planted record (resolved 2024-01-25) is due, the small register's are not yet.
const CONFIG = { retention: { minorRecords: { afterMonths: 25 } } };

async function plantMinorRecord(ctx: ServiceContext) {
  const c = await buildCase(ctx, { receivedOn: '2024-01-05', resolvedOn: '2024-01-25', consequences: ['warning'], narrative: 'SECRET narrative of the planted case', summary: 'SECRET summary' });
  const [person] = await queryRows<{ person_id: string }>(ctx.db, sql`select person_id from case_people where case_id = ${c.id} and role_in_case = 'reported'`);
  const personId = person!.person_id;
  await ctx.db
    .update(people)
    .set({ identitySealed: seal(ctx.keys.master, { table: 'people', column: 'identity', row: personId }, 'SECRET real name') })
    .where(eq(people.id, personId));
  await ctx.db.insert(personIndexes).values({ personId, kind: 'name', digest: 'digest-of-the-name' });
  const reporter = await addCasePerson(ctx, { caseId: c.id, roleInCase: 'reporter', consequence: null });
  // A message composed for the case: its sealed draft, text and recipients go with the record.
  await ctx.db.insert(outgoingMessages).values({
    caseId: c.id,
    kind: 'message',
    recipientKind: 'reported',
    recipientsSealed: 'SECRET recipients',
    recipientsHash: 'h',
    contentSealed: 'SECRET content',
    textSealed: 'SECRET text',
    textHash: 't',
    counts: { proposed: 0, undone: 0, byHand: 0 },
    authorId: personId,
  });
  return { ...c, personId, reporterCode: reporter.personCodeName };
}

describe('retention', () => {
  let ctx: ServiceContext;
  let chair: ServiceContext;
  beforeEach(async () => {
    ctx = await freshContext({ now: NOW, config: CONFIG });
    chair = withActor(ctx, (await buildMember(ctx, { role: 'chair' })).actor);
  });

  it('lists a planted minor record, expunges it on confirmation, and leaves the published statistics as they were', async () => {
    await buildSmallRegister(ctx);
    const planted = await plantMinorRecord(ctx);
    const draft = await draftStatisticsRelease(ctx, { period: '2024-H1' });
    await approveAllPublicTexts(ctx);
    await publishRelease(ctx, { id: draft.id });
    const publishedBefore = await findPublication(ctx, draft.id);
    const figuresBefore = await getStatistics(ctx, { period: '2024-H1' });
    const yearBefore = await getStatistics(ctx, { period: '2024' });

    const overview = await listRetentionDue(chair);
    expect(overview.due).toEqual([expect.objectContaining({ caseId: planted.id, codeName: planted.codeName, kind: 'minor_record', dueOn: '2026-02-25' })]);
    expect(overview.due[0]!.reason).toContain('Warning');

    // Without the tick nothing happens; a member who does not chair cannot confirm.
    expect(await codeOf(expungeCase(chair, { caseId: planted.id, kind: 'minor_record' }))).toBe('invalid_input');
    const member = withActor(ctx, (await buildMember(ctx, { role: 'member' })).actor);
    expect(await codeOf(expungeCase(member, { caseId: planted.id, kind: 'minor_record', confirm: 'yes' }))).toBe('forbidden');

    const done = await expungeCase(chair, { caseId: planted.id, kind: 'minor_record', confirm: 'yes' });
    expect(done.destroyed).toMatchObject({ case: 1, identities: 2, outgoingMessages: 1 });
    expect(await ctx.db.select().from(outgoingMessages).where(eq(outgoingMessages.caseId, planted.id))).toEqual([]);

    // The sealed fields are gone from the database.
    const [row] = await ctx.db.select().from(cases).where(eq(cases.id, planted.id));
    expect(row).toMatchObject({ narrativeSealed: null, documentsSealed: null, resolutionSealed: null, status: 'resolved', receivedOn: '2024-01-05' });
    const bodies = await ctx.db.select({ body: caseEvents.bodySealed }).from(caseEvents).where(eq(caseEvents.caseId, planted.id));
    expect(bodies.every((b) => b.body === null)).toBe(true);
    const [person] = await ctx.db.select().from(people).where(eq(people.id, planted.personId));
    expect(person?.identitySealed).toBeNull();
    expect(await ctx.db.select().from(personIndexes).where(eq(personIndexes.personId, planted.personId))).toEqual([]);
    // The reporter, named in no other case, is gone from the identity key.
    expect(await ctx.db.select().from(people).where(eq(people.codeName, planted.reporterCode))).toEqual([]);
    const [reporterRow] = await queryRows<{ person_id: string | null }>(ctx.db, sql`select person_id from case_people where case_id = ${planted.id} and role_in_case = 'reporter'`);
    expect(reporterRow?.person_id).toBeNull();

    // The audit trail records the expungement, not its content.
    const entries = await ctx.db.select().from(auditLog).where(eq(auditLog.action, 'retention.expunge'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: 'case', entityRef: planted.codeName });
    expect(JSON.stringify(entries)).not.toContain('SECRET');

    // Published figures unchanged: the stored release, and the figures computed afresh.
    expect(await findPublication(ctx, draft.id)).toEqual(publishedBefore);
    expect(await getStatistics(ctx, { period: '2024-H1' })).toEqual(figuresBefore);
    expect(await getStatistics(ctx, { period: '2024' })).toEqual(yearBefore);
    expect(await draftStatisticsRelease(ctx, { period: '2024-H1' })).toMatchObject({ status: 'up_to_date', id: draft.id });

    // Done once: the list is empty and a second confirmation is refused.
    expect((await listRetentionDue(chair)).due).toEqual([]);
    expect(await codeOf(expungeCase(chair, { caseId: planted.id, kind: 'minor_record', confirm: 'yes' }))).toBe('conflict');
  });

  it('keeps a bare code name for a reporter an attendee check once disclosed, and removes their identity', async () => {
    const planted = await plantMinorRecord(ctx);
    const [reporter] = await ctx.db.select().from(people).where(eq(people.codeName, planted.reporterCode));
    await ctx.db.update(people).set({ identitySealed: seal(ctx.keys.master, { table: 'people', column: 'identity', row: reporter!.id }, 'SECRET reporter') }).where(eq(people.id, reporter!.id));
    const [check] = await ctx.db
      .insert(attendeeChecks)
      .values({ memberId: reporter!.id, memberRole: 'member', rowCount: 1, listHash: 'h', answered: 1, checkedAt: NOW() })
      .returning({ id: attendeeChecks.id });
    await ctx.db.insert(attendeeCheckDisclosures).values({ checkId: check!.id, personId: reporter!.id, status: 'flagged', withGuidance: 'no' });
    const done = await expungeCase(chair, { caseId: planted.id, kind: 'minor_record', confirm: 'yes' });
    expect(done.destroyed).toMatchObject({ unlinked: 1, identities: 2 });
    const [after] = await ctx.db.select().from(people).where(eq(people.id, reporter!.id));
    expect(after).toMatchObject({ codeName: planted.reporterCode, identitySealed: null });
    expect(await ctx.db.select().from(attendeeCheckDisclosures)).toHaveLength(1);
  });

  it('keeps the record of a person reported again, and does not list it', async () => {
    const planted = await plantMinorRecord(ctx);
    const [p] = await ctx.db.select({ code: people.codeName }).from(people).where(eq(people.id, planted.personId));
    await buildCase(ctx, { receivedOn: '2025-06-01', consequences: ['warning'], personCodeName: p!.code });
    expect((await listRetentionDue(chair)).due).toEqual([]);
    expect(await codeOf(expungeCase(chair, { caseId: planted.id, kind: 'minor_record', confirm: 'yes' }))).toBe('conflict');
  });

  it('hides a due item from a chair recused from its case', async () => {
    const planted = await plantMinorRecord(ctx);
    const other = await buildMember(ctx, { role: 'chair' });
    await ctx.db.execute(sql`insert into recusals (case_id, member_id, reason) values (${planted.id}, ${other.id}, 'personal_relationship')`);
    const view = await listRetentionDue(withActor(ctx, other.actor));
    expect(view).toMatchObject({ due: [], hidden: 1 });
    expect(await codeOf(expungeCase(withActor(ctx, other.actor), { caseId: planted.id, kind: 'minor_record', confirm: 'yes' }))).toBe('forbidden');
  });

  it("removes a reporter's identity after resolution when they asked, keeping the rest of the record", async () => {
    const c = await buildCase(ctx, { receivedOn: '2026-01-05', resolvedOn: '2026-02-01', consequences: ['ban'], narrative: 'kept narrative' });
    await addCasePerson(ctx, { caseId: c.id, roleInCase: 'reporter', consequence: null });
    await ctx.db.insert(reports).values({
      caseId: c.id,
      receiptHash: 'receipt',
      contactSealed: seal(ctx.keys.master, { table: 'reports', column: 'contact', row: c.id }, 'reporter@example.org'),
      acknowledgeBy: NOW(),
      respondBy: NOW(),
    });
    expect((await listRetentionDue(chair)).due).toEqual([]);
    await recordReporterRemoval(chair, { caseCode: c.codeName.toUpperCase() });
    const [item] = (await listRetentionDue(chair)).due;
    expect(item).toMatchObject({ caseId: c.id, kind: 'reporter_identity' });
    await expungeCase(chair, { caseId: c.id, kind: 'reporter_identity', confirm: 'yes' });
    const [report] = await ctx.db.select().from(reports).where(eq(reports.caseId, c.id));
    expect(report?.contactSealed).toBeNull();
    const [row] = await ctx.db.select().from(cases).where(eq(cases.id, c.id));
    expect(row?.narrativeSealed).not.toBeNull();
    expect((await listRetentionDue(chair)).due).toEqual([]);
  });

  it('tells the chairs once, by a content-free mail, when items become due', async () => {
    const planted = await plantMinorRecord(ctx);
    expect(await notifyRetentionDue(ctx)).toEqual({ due: 1, announced: 1 });
    expect(await notifyRetentionDue(ctx)).toEqual({ due: 1, announced: 0 });
    const mails = await ctx.db.select().from(outbox);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain('/wg/retention');
    expect(mails[0]!.body).not.toContain(planted.codeName);
  });
});
