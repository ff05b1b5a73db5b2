// Published documentation: a document edited twice with rationales shows the right changelog,
// versions and diff, only once each version's summary and rationale are approved; a code of
// conduct change also waits for the board; imports create, update or leave documents alone.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { documents, documentVersions } from '../../../src/db/schema';
import { withActor, type ServiceContext } from '../../../src/services/context';
import {
  approveDocumentChange,
  createDocument,
  diffVersions,
  getPublicDocument,
  importDocuments,
  installStarterDocuments,
  listChangesAwaitingBoard,
  listDocumentVersions,
  listPublicDocuments,
  saveDocumentVersion,
  STARTER_DOCUMENTS,
} from '../../../src/services/documents';
import { loadMemberActor } from '../../../src/services/auth/load-actor';
import { newTotpSecret, totpCode } from '../../../src/services/auth/totp';
import { completeSetup } from '../../../src/services/setup/complete-setup';
import { auditEntries } from '../../helpers/audit';
import { freshContext } from '../../helpers/db';
import { codeOf } from '../../helpers/errors';
import { buildMember } from '../../helpers/members';
import { approveAllPublicTexts } from '../../helpers/public-text';

const V1 = '# Manual\n\n## Intake\n\nWe answer within a day.\n\n## Decisions\n\nBy majority.\n';
const V2 = '# Manual\n\n## Intake\n\nWe answer the same day, at most within a day.\n\n## Decisions\n\nBy majority.\n';
const V3 = '# Manual\n\n## Intake\n\nWe answer the same day, at most within a day.\n\n## Decisions\n\nBy majority, with a quorum of three.\n';

describe('documents', () => {
  let ctx: ServiceContext;
  let chair: ServiceContext;
  let member: ServiceContext;
  let board: ServiceContext;
  beforeEach(async () => {
    ctx = await freshContext({ now: () => new Date('2026-03-01T12:00:00Z') });
    chair = withActor(ctx, (await buildMember(ctx, { role: 'chair' })).actor);
    member = withActor(ctx, (await buildMember(ctx, { role: 'member' })).actor);
    board = withActor(ctx, (await buildMember(ctx, { role: 'board' })).actor);
  });

  it('keeps every version with its summary and rationale, public once approved, with a diff between any two', async () => {
    const doc = await createDocument(chair, { title: 'Working group manual', codeOfConduct: false, body: V1, summary: 'First version.', rationale: 'Publishing how we work.' });
    expect(doc.slug).toBe('working-group-manual');
    await saveDocumentVersion(chair, { documentId: doc.id, body: V2, summary: 'Same-day acknowledgement.', rationale: 'Reporters told us a day felt long.' });
    await saveDocumentVersion(chair, { documentId: doc.id, body: V3, summary: 'Quorum for decisions.', rationale: 'Decisions by two members were contested.' });

    expect(await listDocumentVersions(ctx)).toEqual([]); // nothing is public before a second member approves
    expect(await listPublicDocuments(ctx)).toEqual([]);
    await approveAllPublicTexts(ctx);

    const changelog = await listDocumentVersions(ctx);
    expect(changelog.map((v) => [v.version, v.summary, v.rationale])).toEqual([
      ['3', 'Quorum for decisions.', 'Decisions by two members were contested.'],
      ['2', 'Same-day acknowledgement.', 'Reporters told us a day felt long.'],
      ['1', 'First version.', 'Publishing how we work.'],
    ]);
    const pub = await getPublicDocument(ctx, { slug: 'working-group-manual' });
    expect(pub.versions.map((v) => v.body)).toEqual([V1, V2, V3]);
    const d = diffVersions(pub, 1, 3);
    expect(d.lines.filter((l) => l.op === 'removed').map((l) => l.text)).toEqual(['We answer within a day.', 'By majority.']);
    expect(d.lines.filter((l) => l.op === 'added').map((l) => l.text)).toEqual(['We answer the same day, at most within a day.', 'By majority, with a quorum of three.']);
    expect(() => diffVersions(pub, 1, 9)).toThrow(/No such version/);

    const actions = (await auditEntries(ctx)).map((e) => e.action);
    expect(actions.filter((a) => a === 'document.create')).toHaveLength(1);
    expect(actions.filter((a) => a === 'document.version_save')).toHaveLength(3);
  });

  it('refuses a version whose text did not change, and anyone but the chair', async () => {
    const doc = await createDocument(chair, { title: 'FAQ', codeOfConduct: false, body: V1, summary: 'First.', rationale: 'Why.' });
    expect(await codeOf(saveDocumentVersion(chair, { documentId: doc.id, body: V1, summary: 'x', rationale: 'y' }))).toBe('invalid_input');
    expect(await codeOf(saveDocumentVersion(chair, { documentId: doc.id, body: V2, summary: '', rationale: 'y' }))).toBe('invalid_input');
    expect(await codeOf(saveDocumentVersion(member, { documentId: doc.id, body: V2, summary: 'x', rationale: 'y' }))).toBe('forbidden');
    expect(await codeOf(createDocument(member, { title: 'Other', codeOfConduct: false, body: V1, summary: 'x', rationale: 'y' }))).toBe('forbidden');
    expect(await codeOf(createDocument(chair, { title: 'FAQ', codeOfConduct: false, body: V1, summary: 'x', rationale: 'y' }))).toBe('conflict');
  });

  it('publishes a change to the code of conduct only once the board approved it', async () => {
    const coc = await createDocument(chair, { title: 'Code of conduct', codeOfConduct: true, body: V1, summary: 'First.', rationale: 'Why.' });
    await approveAllPublicTexts(ctx);
    expect(await listPublicDocuments(ctx)).toEqual([]); // approved text, but no board approval yet
    expect((await listChangesAwaitingBoard(board)).map((i) => i.version.id)).toEqual([coc.versionId]);
    expect(await codeOf(approveDocumentChange(chair, { versionId: coc.versionId, note: 'meeting' }))).toBe('forbidden');
    expect(await codeOf(approveDocumentChange(board, { versionId: coc.versionId, note: '' }))).toBe('invalid_input');

    await approveDocumentChange(board, { versionId: coc.versionId, note: 'Board meeting of 2 March 2026, item 4' });
    expect((await getPublicDocument(ctx, { slug: 'code-of-conduct' })).versions).toHaveLength(1);
    expect(await codeOf(approveDocumentChange(board, { versionId: coc.versionId, note: 'again' }))).toBe('conflict');

    await saveDocumentVersion(chair, { documentId: coc.id, body: V2, summary: 'Second.', rationale: 'Why not.' });
    await approveAllPublicTexts(ctx);
    expect((await getPublicDocument(ctx, { slug: 'code-of-conduct' })).versions.map((v) => v.version)).toEqual(['1']);
    const [row] = await ctx.db.select().from(documentVersions).where(eq(documentVersions.id, coc.versionId));
    expect(row!.boardApprovalNote).toBe('Board meeting of 2 March 2026, item 4');
    expect((await auditEntries(ctx)).some((e) => e.action === 'document.board_approve' && e.entityRef === coc.id)).toBe(true);
  });

  it('imports a folder: creates, then leaves unchanged files alone and versions changed ones', async () => {
    const files = [
      { name: 'reporting-guide.md', text: '# Reporting guide\n\nWrite to us.\n' },
      { name: 'code-of-conduct.md', text: '# Our code\n\nBe kind.\n' },
    ];
    expect(await importDocuments(ctx, { files, rationale: 'Moving our documents into Candor.' })).toEqual({ created: ['code-of-conduct', 'reporting-guide'], updated: [], unchanged: [] });
    expect(await importDocuments(ctx, { files, rationale: 'Again.' })).toEqual({ created: [], updated: [], unchanged: ['code-of-conduct', 'reporting-guide'] });
    const changed = [{ ...files[0]!, text: '# Reporting guide\n\nWrite to us or use the form.\n' }];
    expect(await importDocuments(ctx, { files: changed, rationale: 'The form exists now.' })).toEqual({ created: [], updated: ['reporting-guide'], unchanged: [] });
    const rows = await ctx.db.select().from(documents);
    expect(rows.find((d) => d.slug === 'code-of-conduct')).toMatchObject({ title: 'Our code', codeOfConduct: true });
    expect(await codeOf(importDocuments(ctx, { files: [{ name: 'notes.txt', text: 'x' }], rationale: 'x' }))).toBe('invalid_input');
    expect(await codeOf(importDocuments(member, { files, rationale: 'x' }))).toBe('forbidden');
  });

  it('installs the starter set at setup, and does not replace documents the organisation adapted', async () => {
    const fresh = await freshContext({ now: () => new Date('2026-03-01T12:00:00Z') });
    const secret = newTotpSecret();
    const pw = 'correct horse battery staple';
    const { memberId } = await completeSetup(fresh, { organisationName: 'Acme Community', displayName: 'First Chair', email: 'chair@acme.example', password: pw, passwordConfirm: pw, totpSecret: secret, code: totpCode(secret, fresh.now()) });
    const first = withActor(fresh, (await loadMemberActor(fresh.db, memberId))!);
    const slugs = (await fresh.db.select().from(documents)).map((d) => d.slug).sort();
    expect(slugs).toEqual(STARTER_DOCUMENTS.map((d) => d.name.replace('.md', '')).sort());
    const [guide] = await fresh.db.select().from(documents).where(eq(documents.slug, 'reporting-guide'));
    await saveDocumentVersion(first, { documentId: guide!.id, body: '# Our reporting guide\n', summary: 'Adapted.', rationale: 'Ours.' });
    expect(await installStarterDocuments(first, {})).toEqual({ created: [] });
    await approveAllPublicTexts(fresh);
    const ladder = await getPublicDocument(fresh, { slug: 'transparency' });
    expect(ladder.versions[0]!.body).toContain('Acme Community');
    expect((await getPublicDocument(fresh, { slug: 'reporting-guide' })).versions.map((v) => v.summary)).toEqual([
      'First version, from the starter set that comes with Candor.',
      'Adapted.',
    ]);
  });
});
