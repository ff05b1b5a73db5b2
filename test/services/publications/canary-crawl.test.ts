// The canary test: every confidential field of the register holds a unique canary string; after
// statistics and an annual report are published, a crawl of every public page and download,
// following links from "/", must find none of them. Also checks the annual report's shape.
import { beforeAll, describe, expect, it } from 'vitest';
import { addAttachment } from '../../../src/services/attachments/add-attachment';
import { addCaseNote } from '../../../src/services/cases/add-case-note';
import { addCasePerson } from '../../../src/services/cases/add-case-person';
import { withActor, type ServiceContext } from '../../../src/services/context';
import { createPerson } from '../../../src/services/people/create-person';
import { draftAnnualReport } from '../../../src/services/publications/draft-annual-report';
import { draftStatisticsRelease } from '../../../src/services/publications/draft-statistics-release';
import { publishRelease } from '../../../src/services/publications/publish-release';
import { findPublication } from '../../../src/services/publications/store';
import { updateAnnualReport } from '../../../src/services/publications/update-annual-report';
import { isCandorError } from '../../../src/errors';
import { submitReport } from '../../../src/services/intake';
import { freshContext } from '../../helpers/db';
import { buildMember, completeSetupDirectly } from '../../helpers/members';
import { appFor, BASE } from '../../web/helpers/client';
import { buildCase, buildSpace } from './factory';
import { setReleaseNote } from '../../../src/services/publications/set-release-note';
import { approveAllPublicTexts } from '../../helpers/public-text';
import { listCommunitySubmissions, submitCommunityItem, triageCommunityItem } from '../../../src/services/community';
import { createDocument, saveDocumentVersion } from '../../../src/services/documents';

const NOW = () => new Date('2026-02-15T12:00:00Z');
const canaries: string[] = [];
const canary = (what: string): string => {
  const s = `zqx${what}${canaries.length}kw`;
  canaries.push(s);
  return s;
};

async function crawl(ctx: ServiceContext): Promise<Map<string, string>> {
  const app = appFor(ctx);
  const seen = new Map<string, string>();
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const res = await app.request(`${BASE}${path}`);
    const body = await res.text();
    seen.set(path, `${res.status} ${res.headers.get('content-type')}\n${body}`);
    if (res.status !== 200) continue;
    for (const m of body.matchAll(/(?:href|src)="([^"]+)"/g)) {
      const url = new URL(m[1]!.replace(/&amp;/g, '&'), `${BASE}${path}`);
      if (url.origin !== BASE || url.pathname.startsWith('/login') || url.pathname.startsWith('/wg')) continue;
      queue.push(url.pathname + url.search);
    }
  }
  return seen;
}

describe('publishing and the public site', () => {
  let ctx: ServiceContext;
  let pages: Map<string, string>;
  let annualId: string;
  beforeAll(async () => {
    ctx = await freshContext({ now: NOW, config: { organisation: { publicUrl: 'http://localhost' } } });
    await completeSetupDirectly(ctx, 'Canary Foundation');
    const chair = await buildMember(ctx, { role: 'chair', displayName: canary('membername') });
    const asChair = withActor(ctx, chair.actor);
    const forum = await buildSpace(ctx, { slug: 'forum', name: 'Forum' });
    const conf = await buildSpace(ctx, { slug: 'conf', name: 'Conference', kind: 'event', publishesOwnReport: true });
    const plan = [
      ['2024-03', 'warning'], ['2024-04', 'warning'], ['2024-05', 'warning'], ['2024-05', 'no_action'], ['2024-06', 'ban'],
      ['2024-08', 'warning'], ['2024-09', 'warning'], ['2024-10', 'not_violation'], ['2024-11', 'warning'],
      ['2025-01', 'warning'], ['2025-02', 'warning'], ['2025-03', 'warning'], ['2025-03', 'out_of_scope'], ['2025-04', 'first_suspension'],
      ['2025-07', 'warning'], ['2025-08', 'warning'], ['2025-08', 'warning'], ['2025-09', 'no_action'], ['2025-10', 'ban'], ['2025-11', null],
    ] as const;
    for (const [i, [month, consequence]] of plan.entries()) {
      const person = await createPerson(ctx, {
        codeName: canary('personcode'),
        identity: { realNames: [canary('realname')], emails: [`${canary('email')}@example.org`], usernames: [canary('username')] },
      });
      const c = await buildCase(ctx, {
        receivedOn: `${month}-1${i % 9}`,
        codeName: canary('casecode'),
        narrative: canary('narrative'),
        spaceIds: [i % 4 === 0 ? conf : forum],
        channel: i % 3 === 0 ? 'web_form' : 'email',
        categories: [i % 2 === 0 ? 'Harassment' : 'Personal attacks'],
        consequences: [consequence],
        personCodeName: person.codeName,
        flagged: consequence === 'ban',
        summary: canary('summary'),
        outcome: canary('outcome'),
        resolvedOn: consequence === null ? null : undefined,
      });
      await addCaseNote(asChair, { caseId: c.id, body: canary('note') });
      await addCasePerson(asChair, { caseId: c.id, roleInCase: 'reporter', personCodeName: (await createPerson(ctx, { codeName: canary('reportercode'), identity: { realNames: [canary('reportername')] } })).codeName });
      if (i % 5 === 0) await addAttachment(asChair, { caseId: c.id, file: { filename: `${canary('attachment')}.txt`, declaredType: 'text/plain', bytes: new TextEncoder().encode(canary('filecontent')) } });
    }
    for (const period of ['2024-H1', '2024-H2', '2025-H1', '2025-H2']) {
      const d = await draftStatisticsRelease(asChair, { period });
      expect(d.passes, period).toBe(true);
      await publishRelease(asChair, { id: d.id });
    }
    const annual = await draftAnnualReport(asChair, { year: 2025 });
    expect(annual.protection.problems, JSON.stringify(annual.protection)).toEqual([]);
    expect(annual.passes).toBe(true);
    annualId = annual.id;
    await updateAnnualReport(asChair, { id: annual.id, trends: 'Most reports concerned the forum.', lessons: 'Reply sooner.', improvements: 'A web form.', membership: 'One member joined.', procedures: '' });
    await setReleaseNote(asChair, { publicationId: annual.id, note: 'Our first annual report.' });
    // The documentation and community pages: a document with two versions, a proposal (its sender's
    // words are a canary) accepted and linked from the version that resolved it.
    const doc = await createDocument(asChair, { title: 'Reporting guide', codeOfConduct: false, body: '# Guide\n\n## Reporting\n\nWrite to us.\n', summary: 'First.', rationale: 'Publishing it.' });
    const v2 = await saveDocumentVersion(asChair, { documentId: doc.id, body: '# Guide\n\n## Reporting\n\nWrite to us, or use the form.\n', summary: 'The form.', rationale: 'It exists now.' });
    await submitCommunityItem(withActor(ctx, { kind: 'anonymous' }), { kind: 'proposal', documentId: doc.id, body: canary('communitybody') });
    const [submission] = await listCommunitySubmissions(asChair);
    await triageCommunityItem(asChair, { submissionId: submission!.id, status: 'accepted', publicTitle: 'Mention the form', publicText: 'Done.', resolvedByVersionId: v2.id });
    await approveAllPublicTexts(ctx);
    await publishRelease(asChair, { id: annual.id });
    // A report through the public form, every field a canary; the crawl reaches the form and the portal.
    await submitReport(withActor(ctx, { kind: 'anonymous' }), {
      contactEmail: `${canary('formmail')}@example.org`,
      peopleInvolved: `${canary('formperson')}, @${canary('formhandle')}`,
      witnesses: canary('formwitness'),
      when: canary('formwhen'),
      where: 'elsewhere',
      whereElse: canary('formwhere'),
      whatHappened: canary('formnarrative'),
      links: `https://example.org/${canary('formlink')}`,
      context: canary('formcontext'),
      language: canary('formlanguage'),
    });
    pages = await crawl(ctx);
  }, 240_000);

  it('publishes the annual report with the fixed tables, masked, and honest about what is not recorded', async () => {
    const body = pages.get('/reports/2025')!;
    expect(body).toMatch(/^200 text\/html/);
    for (const title of ['Figures for 2025', 'Resolved reports by space and outcome', 'Resolved reports by type of violation and outcome', 'Time to acknowledgement', 'Requests for reconsideration', 'Trends we observed', 'Reply sooner.']) {
      expect(body).toContain(title);
    }
    expect(body).toContain('&lt;3');
    expect(body).not.toMatch(/None recorded/);
    expect(body).toContain('Urgent actions taken by one member in 2025, by review');
    expect(pages.get('/reports/2025/trend.svg')).toMatch(/^200 image\/svg\+xml[\s\S]*<svg/);
    expect(pages.get('/reports/2025/trend.svg')).not.toMatch(/<script|style="/);
    // Published reports are immutable.
    await expect(updateAnnualReport(ctx, { id: annualId })).rejects.toSatisfy((e) => isCandorError(e) && e.code === 'conflict');
    expect((await findPublication(ctx, annualId)).state).toBe('published');
  });

  it('serves statistics in every format, newest first, with a header row and one row per period', () => {
    const csv = pages.get('/statistics.csv')!;
    expect(csv).toMatch(/^200 text\/csv/);
    const lines = csv.split('\n').slice(1).filter(Boolean);
    expect(lines[0]).toMatch(/^Period,Version,Reports received,People named,Still being handled/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['2025-H2', '2025-H1', '2024-H2', '2024-H1']);
    const json = JSON.parse(pages.get('/statistics.json')!.split('\n').slice(1).join('\n')) as { schema: string; periods: { period: string; figures: { reports: { value: number } } }[] };
    expect(json.schema).toBe('candor.statistics/1');
    expect(json.periods[0]).toMatchObject({ period: '2025-H2', figures: { reports: { value: 6 } } });
    expect(pages.get('/statistics.md')).toContain('| Period | Reports received |');
    expect(pages.get('/feed.atom')).toMatch(/<entry>[\s\S]*Transparency report 2025/);
  });

  it('crawls the documentation, a version, the diff form and the community page', () => {
    for (const path of ['/documentation', '/documentation/reporting-guide', '/documentation/reporting-guide/versions/1', '/community']) {
      expect(pages.get(path), path).toMatch(/^200 text\/html/);
    }
    expect(pages.get('/community')).toContain('Mention the form');
    expect(pages.get('/documentation')).toContain('<a href="/community#item-');
  });

  it('shows no canary anywhere on the public site', () => {
    expect(pages.size).toBeGreaterThan(12);
    for (const path of ['/report', '/portal', '/portal/lost-code']) expect(pages.get(path), path).toMatch(/^200 text\/html/);
    const leaks: string[] = [];
    for (const [path, body] of pages) for (const c of canaries) if (body.includes(c)) leaks.push(`${c} on ${path}`);
    expect(leaks).toEqual([]);
    // No dates finer than a period: no ISO dates on public pages (the feed carries months only).
    for (const [path, body] of pages) {
      if (path === '/feed.atom') continue;
      expect(body.match(/\b20\d\d-\d\d-\d\d\b/), path).toBeNull();
    }
  });
});
