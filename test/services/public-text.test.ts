// Free text that goes public (a release note, an annual report's sections, the documentation
// changelog) is checked against every party of the register and the generic detectors; findings
// block publication until edited or kept with a reason, and a second member approves the exact
// text. Edits void the approval; the author never approves their own text.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { isCandorError } from '../../src/errors';
import { withActor, type ServiceContext } from '../../src/services/context';
import { addDocumentVersion, listDocumentVersions } from '../../src/services/documents';
import { createPerson } from '../../src/services/people/create-person';
import { draftAnnualReport } from '../../src/services/publications/draft-annual-report';
import { draftStatisticsRelease } from '../../src/services/publications/draft-statistics-release';
import { publishRelease } from '../../src/services/publications/publish-release';
import { setReleaseNote } from '../../src/services/publications/set-release-note';
import { findPublication, loadPublished } from '../../src/services/publications/store';
import { updateAnnualReport } from '../../src/services/publications/update-annual-report';
import { approvePublicText, getPublicTextReview, listPublicTextReviews, overridePublicTextFinding } from '../../src/services/public-text';
import { freshContext } from '../helpers/db';
import { codeOf } from '../helpers/errors';
import { buildMember } from '../helpers/members';
import { buildCase, buildSmallRegister } from './publications/factory';

const NOW = () => new Date('2026-03-01T12:00:00Z');
// Written in lower case so only the register's parties layer can know it is a name.
const REAL_NAME = 'Tamsin Quarrell';

async function errorOf(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (isCandorError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  return { code: 'ok', message: '' };
}

describe('public text review', () => {
  let ctx: ServiceContext;
  let chair: ServiceContext;
  let member: ServiceContext;
  let other: ServiceContext;
  beforeEach(async () => {
    ctx = await freshContext({ now: NOW });
    await buildSmallRegister(ctx);
    const person = await createPerson(ctx, { identity: { realNames: [REAL_NAME], usernames: ['tq_dev'] } });
    await buildCase(ctx, { receivedOn: '2025-03-03', personCodeName: person.codeName });
    chair = withActor(ctx, (await buildMember(ctx, { role: 'chair' })).actor);
    member = withActor(ctx, (await buildMember(ctx, { role: 'member' })).actor);
    other = withActor(ctx, (await buildMember(ctx, { role: 'member' })).actor);
  });

  const reviewIdOf = async (title: RegExp) => {
    const item = (await listPublicTextReviews(member)).find((i) => title.test(i.title));
    if (!item) throw new Error(`no text under review matching ${title}`);
    return item.id;
  };

  it('blocks a note naming a party until a finding is kept with a reason and a second member approves', async () => {
    const draft = await draftStatisticsRelease(chair, { period: '2025-H1' });
    await setReleaseNote(chair, { publicationId: draft.id, note: `Thanks to quarrell for the new form.` });

    const refused = await errorOf(publishRelease(chair, { id: draft.id }));
    expect(refused.code).toBe('public_text_unapproved');
    expect(refused.message).toMatch(/note of the statistics 2025-H1.*findings to resolve/);
    expect(refused.message).not.toContain('quarrell');
    expect((await findPublication(ctx, draft.id)).state).toBe('draft');

    const reviewId = await reviewIdOf(/^Note of the statistics 2025-H1/);
    const seenByKeyholder = await getPublicTextReview(ctx, { reviewId });
    expect(seenByKeyholder.findings).toEqual([expect.objectContaining({ label: 'PERSON', known: true, override: null })]);
    const review = await getPublicTextReview(member, { reviewId });
    expect(review.findings[0]!.known).toBeNull(); // members without the identity key do not learn who is a party
    expect(review.text.slice(review.findings[0]!.start, review.findings[0]!.end)).toBe('quarrell');
    expect(review.state).toBe('blocked');

    // Nobody may approve while a finding is open, not even a second member.
    expect(await codeOf(approvePublicText(member, { reviewId, textHash: review.textHash }))).toBe('conflict');
    expect(await codeOf(overridePublicTextFinding(chair, { reviewId, textHash: review.textHash, finding: 0, reason: '' }))).toBe('invalid_input');
    await overridePublicTextFinding(chair, { reviewId, textHash: review.textHash, finding: 0, reason: 'A contributor who asked to be thanked by name.' });
    expect(await codeOf(publishRelease(chair, { id: draft.id }))).toBe('public_text_unapproved');

    await approvePublicText(member, { reviewId, textHash: review.textHash });
    await publishRelease(chair, { id: draft.id });
    expect((await findPublication(ctx, draft.id)).note).toBe('Thanks to quarrell for the new form.');

    const entries = await ctx.db.select().from(auditLog);
    const override = entries.find((e) => e.action === 'public_text.override');
    expect(override?.details).toMatchObject({ finding: 0, label: 'PERSON', textHash: review.textHash });
    expect(entries.find((e) => e.action === 'public_text.approve')?.actorId).toBe(member.actor.kind === 'member' ? member.actor.id : '');
    // Audit entries carry neither the text nor the reason.
    expect(JSON.stringify(entries)).not.toMatch(/quarrell|asked to be thanked/i);
  });

  it('never lets the author, or a member who kept a finding, approve', async () => {
    const draft = await draftStatisticsRelease(chair, { period: '2025-H1' });
    await setReleaseNote(chair, { publicationId: draft.id, note: 'Figures for the first half.' });
    const reviewId = await reviewIdOf(/^Note of the statistics 2025-H1/);
    const review = await getPublicTextReview(chair, { reviewId });
    expect(review.findings).toEqual([]);
    expect(review.approvalRefusal).toMatch(/its author cannot/);
    const own = await errorOf(approvePublicText(chair, { reviewId, textHash: review.textHash }));
    expect(own).toEqual({ code: 'conflict', message: expect.stringMatching(/second member/) });

    await setReleaseNote(chair, { publicationId: draft.id, note: 'Figures for the first half, with thanks to quarrell.' });
    const named = await getPublicTextReview(member, { reviewId });
    await overridePublicTextFinding(member, { reviewId, textHash: named.textHash, finding: 0, reason: 'Thanked with consent.' });
    expect(await codeOf(approvePublicText(member, { reviewId, textHash: named.textHash }))).toBe('conflict');
    expect(await codeOf(approvePublicText(chair, { reviewId, textHash: named.textHash }))).toBe('conflict');
    await approvePublicText(other, { reviewId, textHash: named.textHash });
    await publishRelease(chair, { id: draft.id });
  });

  it('voids the approval when the text is edited, and refuses a note that is not the approved one', async () => {
    const draft = await draftStatisticsRelease(chair, { period: '2025-H1' });
    await setReleaseNote(chair, { publicationId: draft.id, note: 'Half-year figures.' });
    const reviewId = await reviewIdOf(/^Note of the statistics 2025-H1/);
    const first = await getPublicTextReview(member, { reviewId });
    await approvePublicText(member, { reviewId, textHash: first.textHash });

    await setReleaseNote(chair, { publicationId: draft.id, note: 'Half-year figures, corrected.' });
    const edited = await getPublicTextReview(member, { reviewId });
    expect(edited.state).toBe('awaiting_approval');
    expect(edited.textHash).not.toBe(first.textHash);
    expect(await codeOf(publishRelease(chair, { id: draft.id }))).toBe('public_text_unapproved');
    // An approval given for the earlier words does not carry over to the new ones.
    expect(await codeOf(approvePublicText(member, { reviewId, textHash: first.textHash }))).toBe('conflict');
    await approvePublicText(member, { reviewId, textHash: edited.textHash });

    // The CLI's --note names the approved note; other words are refused, never published.
    expect(await codeOf(publishRelease(chair, { id: draft.id, note: 'Something else entirely.' }))).toBe('public_text_unapproved');
    await publishRelease(chair, { id: draft.id, note: 'Half-year figures, corrected.' });
    expect((await loadPublished(ctx)).map((r) => r.note)).toEqual(['Half-year figures, corrected.']);
  });

  it('checks the sections of an annual report and the documentation changelog the same way', async () => {
    const draft = await draftAnnualReport(chair, { year: 2025 });
    await updateAnnualReport(chair, { id: draft.id, lessons: `We learned a lot from ${REAL_NAME}'s report.`, trends: '', improvements: '', membership: '', procedures: '' });
    const refused = await errorOf(publishRelease(chair, { id: draft.id }));
    expect(refused.code).toBe('public_text_unapproved');
    expect(refused.message).toMatch(/Lessons learned/);

    await addDocumentVersion(chair, { title: 'Enforcement ladder', version: '2.0', publishedOn: '2025-09-01', summary: 'Clarified after the report by tq_dev.' });
    expect(await listDocumentVersions(ctx)).toEqual([]); // not public until approved
    const docReview = await getPublicTextReview(member, { reviewId: await reviewIdOf(/^Documentation changelog: Enforcement ladder/) });
    expect(docReview.findings.map((f) => f.label)).toContain('USERNAME');
    expect(await codeOf(approvePublicText(member, { reviewId: docReview.id, textHash: docReview.textHash }))).toBe('conflict');

    // Editing the section away from the name resolves its finding; a second member approves.
    await updateAnnualReport(chair, { id: draft.id, lessons: 'We learned to reply sooner.', trends: '', improvements: '', membership: '', procedures: '' });
    const section = await getPublicTextReview(member, { reviewId: await reviewIdOf(/Lessons learned/) });
    expect(section).toMatchObject({ state: 'awaiting_approval', findings: [] });
    await approvePublicText(member, { reviewId: section.id, textHash: section.textHash });
    await publishRelease(chair, { id: draft.id });
    const published = await findPublication(ctx, draft.id);
    expect(JSON.stringify(published.content)).not.toContain('Quarrell');
  });
});
