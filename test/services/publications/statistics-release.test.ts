import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog, publications } from '../../../src/db/schema';
import { publicView } from '../../../src/reports/model';
import { withActor, type ServiceContext } from '../../../src/services/context';
import { auditPublication } from '../../../src/services/publications/audit-publication';
import { draftStatisticsRelease } from '../../../src/services/publications/draft-statistics-release';
import { publishRelease } from '../../../src/services/publications/publish-release';
import { findPublication } from '../../../src/services/publications/store';
import { runStatisticsDraftJob } from '../../../src/jobs/statistics-draft';
import { freshContext } from '../../helpers/db';
import { codeOf } from '../../helpers/errors';
import { buildMember } from '../../helpers/members';
import { buildCase, buildSmallRegister } from './factory';
import { setReleaseNote } from '../../../src/services/publications/set-release-note';
import { approveAllPublicTexts } from '../../helpers/public-text';

const NOW = () => new Date('2026-03-01T12:00:00Z');


const actions = async (ctx: ServiceContext) => (await ctx.db.select().from(auditLog)).map((e) => e.action);

describe('statistics releases', () => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = await freshContext({ now: NOW });
    await buildSmallRegister(ctx);
  });

  it('drafts the headline of an ended half-year once, and publishes it after the audit', async () => {
    const draft = await draftStatisticsRelease(ctx, { period: '2025-H1' });
    expect(draft).toMatchObject({ status: 'drafted', version: 1, passes: true });
    expect(await draftStatisticsRelease(ctx, { period: '2025-h1' })).toMatchObject({ status: 'unchanged', id: draft.id });
    const row = await findPublication(ctx, draft.id);
    const view = publicView(row);
    const shown = Object.fromEntries(view.tables[0]!.cells.map((c) => [c.row, c.display]));
    expect(shown).toMatchObject({ 'Reports received': '8', 'Still being handled': '1', 'Actions by the working group': '5', 'People warned': '4', 'People banned': '1', 'People flagged': '1', 'Not a violation': '1', 'No action': '1' });
    expect(JSON.stringify(view)).not.toContain('truth');

    await setReleaseNote(ctx, { publicationId: draft.id, note: 'First release.' });
    await approveAllPublicTexts(ctx);
    await publishRelease(ctx, { id: draft.id });
    const published = await findPublication(ctx, draft.id);
    expect(published).toMatchObject({ state: 'published', note: 'First release.' });
    expect(await codeOf(publishRelease(ctx, { id: draft.id }))).toBe('conflict');
    expect(await draftStatisticsRelease(ctx, { period: '2025-H1' })).toMatchObject({ status: 'up_to_date', id: draft.id });
    expect(await actions(ctx)).toEqual(expect.arrayContaining(['publication.draft', 'publication.publish']));
  });

  it('refuses periods that have not ended, malformed periods, and members who do not chair', async () => {
    expect(await codeOf(draftStatisticsRelease(ctx, { period: '2026-H1' }))).toBe('invalid_input');
    expect(await codeOf(draftStatisticsRelease(ctx, { period: '2025-H3' }))).toBe('invalid_input');
    const member = await buildMember(ctx, { role: 'member' });
    expect(await codeOf(draftStatisticsRelease(withActor(ctx, member.actor), { period: '2025-H1' }))).toBe('forbidden');
    const chair = await buildMember(ctx, { role: 'vice_chair' });
    const d = await draftStatisticsRelease(withActor(ctx, chair.actor), { period: '2025-H1' });
    expect(await codeOf(publishRelease(withActor(ctx, member.actor), { id: d.id }))).toBe('forbidden');
    await publishRelease(withActor(ctx, chair.actor), { id: d.id });
    const [row] = await ctx.db.select().from(publications).where(eq(publications.id, d.id));
    expect(row!.publishedBy).toBe(chair.id);
  });

  it('refuses a draft the register no longer matches, and publishes a correction as a new version', async () => {
    const v1 = await draftStatisticsRelease(ctx, { period: '2025-H1' });
    await buildCase(ctx, { receivedOn: '2025-04-01', consequences: ['warning'] });
    expect(await codeOf(publishRelease(ctx, { id: v1.id }))).toBe('conflict');
    const again = await draftStatisticsRelease(ctx, { period: '2025-H1' });
    expect(again).toMatchObject({ status: 'updated', id: v1.id, version: 1 });
    await publishRelease(ctx, { id: v1.id });

    await buildCase(ctx, { receivedOn: '2025-05-01', consequences: ['ban'] });
    const v2 = await draftStatisticsRelease(ctx, { period: '2025-H1' });
    expect(v2).toMatchObject({ status: 'drafted', version: 2, passes: true });
    const row = await findPublication(ctx, v2.id);
    expect(row.content.corrections).toEqual(expect.arrayContaining([{ table: 'Statistics for 2025-H1', label: 'People banned', before: '1', after: '2' }]));
    // Changed atoms get a new generation; unchanged ones keep their id.
    const ids = Object.keys(row.content.truth);
    expect(ids.some((id) => id.endsWith('~1'))).toBe(true);
    expect(ids.some((id) => id === '2025-H1|ongoing')).toBe(true);
    await setReleaseNote(ctx, { publicationId: v2.id, note: 'Correction: a report was recorded late.' });
    await approveAllPublicTexts(ctx);
    await publishRelease(ctx, { id: v2.id });
    const audit = await auditPublication(ctx, { period: '2025-H1' });
    expect(audit).toMatchObject({ version: 2, state: 'published', report: { passes: true } });
  });

  it('the scheduled job drafts the last ended half-year once', async () => {
    expect(await runStatisticsDraftJob(ctx)).toMatchObject({ ran: true, period: '2025-H2', passes: true });
    expect(await runStatisticsDraftJob(ctx)).toEqual({ ran: false, reason: 'exists', period: '2025-H2' });
  });
});
