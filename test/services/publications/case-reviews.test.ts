// Reconsideration requests and urgent actions: recorded through the verbs (access checked on
// the case, audited, details sealed), and counted in the annual report as masked tables.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { reconsiderations, recusals, unilateralActions } from '../../../src/db/schema';
import { publicView, type PublicTable } from '../../../src/reports/model';
import { decideReconsideration } from '../../../src/services/board/decide-reconsideration';
import { listCaseReviews } from '../../../src/services/case-reviews/list-case-reviews';
import { recordReconsideration } from '../../../src/services/case-reviews/record-reconsideration';
import { recordUrgentAction } from '../../../src/services/case-reviews/record-urgent-action';
import { reviewUrgentAction } from '../../../src/services/case-reviews/review-urgent-action';
import { withActor, type ServiceContext } from '../../../src/services/context';
import { addDocumentVersion } from '../../../src/services/documents/add-document-version';
import { draftAnnualReport } from '../../../src/services/publications/draft-annual-report';
import { publishRelease } from '../../../src/services/publications/publish-release';
import { findPublication } from '../../../src/services/publications/store';
import { auditEntries } from '../../helpers/audit';
import { freshContext } from '../../helpers/db';
import { codeOf } from '../../helpers/errors';
import { buildMember, type BuiltMember } from '../../helpers/members';
import { buildCase } from './factory';
import { approveAllPublicTexts } from '../../helpers/public-text';

const NOW = () => new Date('2026-03-01T12:00:00Z');


const cells = (t: PublicTable | undefined) => Object.fromEntries((t?.cells ?? []).map((c) => [c.row, c.display]));

describe('reconsiderations and urgent actions', () => {
  let ctx: ServiceContext;
  let alice: BuiltMember;
  let bob: BuiltMember;
  let caseId: string;
  beforeEach(async () => {
    ctx = await freshContext({ now: NOW });
    alice = await buildMember(ctx, { role: 'member' });
    bob = await buildMember(ctx, { role: 'chair' });
    caseId = (await buildCase(ctx, { receivedOn: '2025-02-10' })).id;
  });

  it('records a request and its result, audited, with the request text sealed', async () => {
    const asAlice = withActor(ctx, alice.actor);
    const { id } = await recordReconsideration(asAlice, { caseId, requestedOn: '2025-04-01', requestedBy: 'reported', details: 'zqx-reconsider-text' });
    const [stored] = await ctx.db.select().from(reconsiderations).where(eq(reconsiderations.id, id));
    expect(stored).toMatchObject({ result: 'pending', requestedBy: 'reported', recordedBy: alice.id });
    expect(stored!.detailsSealed).not.toContain('zqx-reconsider-text');

    // The board decides, not the working group (DOMAIN.md "Life of a report" 9).
    expect(await codeOf(decideReconsideration(asAlice, { id, result: 'upheld', decidedOn: '2025-04-20', reasons: 'r' }))).toBe('forbidden');
    const asBoard = withActor(ctx, (await buildMember(ctx, { role: 'board' })).actor);
    expect(await codeOf(decideReconsideration(asBoard, { id, result: 'upheld', decidedOn: null, reasons: 'r' }))).toBe('invalid_input');
    expect(await codeOf(decideReconsideration(asBoard, { id, result: 'upheld', decidedOn: '2025-03-01', reasons: 'r' }))).toBe('invalid_input');
    await decideReconsideration(asBoard, { id, result: 'upheld', decidedOn: '2025-04-20', reasons: 'r' });
    const view = await listCaseReviews(asAlice, { caseId });
    expect(view.reconsiderations).toEqual([expect.objectContaining({ result: 'upheld', decidedOn: '2025-04-20', details: 'zqx-reconsider-text' })]);

    const entries = await auditEntries(ctx);
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['reconsideration.record', 'reconsideration.decide', 'case_reviews.read']));
    expect(JSON.stringify(entries)).not.toContain('zqx-reconsider-text');
    expect(await codeOf(recordReconsideration(asAlice, { caseId, requestedOn: 'soon', requestedBy: 'board' }))).toBe('invalid_input');
  });

  it('records an urgent action and another member reviews it; the 24-hour rule is derived', async () => {
    const asAlice = withActor(ctx, alice.actor);
    const asBob = withActor(ctx, bob.actor);
    const { id } = await recordUrgentAction(asAlice, { caseId, action: 'block', takenAt: '2025-05-01T22:30', details: 'zqx-urgent-text' });
    expect(await codeOf(reviewUrgentAction(asAlice, { caseId, id, reviewedAt: '2025-05-02T09:00', result: 'confirmed' }))).toBe('invalid_input');
    expect(await codeOf(reviewUrgentAction(asBob, { caseId, id, reviewedAt: '2025-05-01T20:00', result: 'confirmed' }))).toBe('invalid_input');
    expect(await codeOf(recordUrgentAction(asAlice, { caseId, action: 'ban', takenAt: '2026-12-01T10:00' }))).toBe('invalid_input');
    await reviewUrgentAction(asBob, { caseId, id, reviewedAt: '2025-05-02T09:00', result: 'confirmed' });
    const [row] = await ctx.db.select().from(unilateralActions).where(eq(unilateralActions.id, id));
    expect(row).toMatchObject({ memberId: alice.id, reviewResult: 'confirmed', reviewedBy: bob.id });
    expect(row!.detailsSealed).not.toContain('zqx-urgent-text');
    const view = await listCaseReviews(asBob, { caseId });
    expect(view.urgentActions).toEqual([expect.objectContaining({ review: 'within24h', memberName: expect.any(String), details: 'zqx-urgent-text' })]);
    expect((await auditEntries(ctx)).map((e) => e.action)).toEqual(expect.arrayContaining(['urgent_action.record', 'urgent_action.review']));
  });

  it('refuses members recused from the case and roles that cannot change cases', async () => {
    await ctx.db.insert(recusals).values({ caseId, memberId: alice.id, reason: 'involved' });
    expect(await codeOf(recordReconsideration(withActor(ctx, alice.actor), { caseId, requestedOn: '2025-04-01', requestedBy: 'reporter' }))).toBe('forbidden');
    expect(await codeOf(listCaseReviews(withActor(ctx, alice.actor), { caseId }))).toBe('forbidden');
    const board = await buildMember(ctx, { role: 'board' });
    expect(await codeOf(recordUrgentAction(withActor(ctx, board.actor), { caseId, action: 'ban', takenAt: '2025-05-01T10:00' }))).toBe('forbidden');
  });

  it('counts them in the annual report by result and by review, masked below k, and pre-fills the changes in procedures', async () => {
    const asBob = withActor(ctx, bob.actor);
    const asAlice = withActor(ctx, alice.actor);
    const asBoard = withActor(ctx, (await buildMember(ctx, { role: 'board' })).actor);
    for (const [i, result] of (['upheld', 'upheld', 'upheld', 'changed', 'pending'] as const).entries()) {
      const { id } = await recordReconsideration(asBob, { caseId, requestedOn: `2025-0${i + 3}-01`, requestedBy: i % 2 ? 'reporter' : 'reported' });
      if (result !== 'pending') await decideReconsideration(asBoard, { id, result, decidedOn: `2025-0${i + 3}-20`, reasons: 'r' });
    }
    await recordReconsideration(asBob, { caseId, requestedOn: '2024-12-30', requestedBy: 'reporter' }); // another year
    for (const [takenAt, reviewedAt] of [['2025-06-01T10:00', '2025-06-01T18:00'], ['2025-06-02T10:00', '2025-06-03T09:00'], ['2025-06-03T10:00', '2025-06-03T11:00'], ['2025-07-01T10:00', '2025-07-04T10:00']] as const) {
      const { id } = await recordUrgentAction(asAlice, { caseId, action: 'ban', takenAt });
      await reviewUrgentAction(asBob, { caseId, id, reviewedAt, result: 'confirmed' });
    }
    await recordUrgentAction(asAlice, { caseId, action: 'authorities', takenAt: '2025-08-01T10:00' });
    await addDocumentVersion(asBob, { title: 'Enforcement ladder', version: '2.0', publishedOn: '2025-09-01', summary: 'Suspensions now state the conditions for return.' });
    await addDocumentVersion(asBob, { title: 'Reporting guide', version: '1.1', publishedOn: '2024-05-01', summary: 'Older change.' });
    await approveAllPublicTexts(ctx); // the changelog is public text: only approved versions pre-fill the report

    const draft = await draftAnnualReport(asBob, { year: 2025 });
    expect(draft.passes, JSON.stringify(draft.protection)).toBe(true);
    const row = await findPublication(ctx, draft.id);
    const view = publicView(row);
    const requests = view.tables.find((t) => t.id === 'reconsiderations');
    const urgent = view.tables.find((t) => t.id === 'urgent-actions');
    expect(cells(requests)).toEqual({ 'Decision upheld': '3', 'Decision changed': '<3', 'Request withdrawn': '<3', 'Not decided yet': '<3', 'All requests': '5' });
    expect(cells(urgent)).toEqual({ 'Reviewed within 24 hours': '3', 'Reviewed after more than 24 hours': '<3', 'Not reviewed': '<3', 'All urgent actions': '5' });
    // The true counts behind the masks, kept for later audits (never public).
    const truth = Object.entries(row.content.truth);
    const family = (prefix: string) => Object.fromEntries(truth.filter(([id]) => id.startsWith(prefix)).map(([id, v]) => [id.split('|')[2], v]));
    expect(family('2025|reconsideration|')).toEqual({ upheld: 3, changed: 1, withdrawn: 0, pending: 1 });
    expect(family('2025|urgent|')).toEqual({ within24h: 3, later: 1, notReviewed: 1 });
    expect(row.content.schema === 'candor.annual/1' && row.content.authored.procedures).toMatch(/^During 2025 we published 1 new version[\s\S]*Enforcement ladder\*\*, version 2\.0: Suspensions now state/);
    expect(view.facts.map((f) => f.id)).toEqual(expect.arrayContaining(['reconsiderations', 'urgent-actions']));
    expect(JSON.stringify(view)).not.toMatch(/None recorded/);

    // A later request changes the year's figures: the draft no longer describes the register.
    await recordReconsideration(asBob, { caseId, requestedOn: '2025-11-01', requestedBy: 'reporter' });
    expect(await codeOf(publishRelease(asBob, { id: draft.id }))).toBe('conflict');
    expect(await draftAnnualReport(asBob, { year: 2025 })).toMatchObject({ status: 'updated', passes: true });
    await approveAllPublicTexts(ctx);
    await publishRelease(asBob, { id: draft.id });
  });
});
