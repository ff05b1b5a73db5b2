// The published documentation and the community page in Chromium with JavaScript off, checked
// with axe-core: a document edited twice (contents, history with rationales, an earlier version,
// the diff chosen with the plain GET form), a proposal sent through the public form, triaged and
// linked from the changelog; and the chair's and the board's pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withActor, type ServiceContext } from '../../src/services/context';
import { listCommunitySubmissions, triageCommunityItem } from '../../src/services/community';
import { createDocument, saveDocumentVersion } from '../../src/services/documents';
import { SESSION_COOKIE } from '../../src/web/middleware/cookies';
import { freshContext } from '../helpers/db';
import { buildMember, completeSetupDirectly, sessionFor } from '../helpers/members';
import { approveAllPublicTexts } from '../helpers/public-text';
import { openBrowser, startServer, visit, expectAccessible, type TestBrowser, type TestServer } from './helpers/browser';

const V1 = '# Reporting guide\n\n## How to report\n\nWrite to us.\n\n## What happens next\n\nWe answer within a day.\n';
const V2 = '# Reporting guide\n\n## How to report\n\nWrite to us or use the form.\n\n## What happens next\n\nWe answer within a day.\n\n<script>alert(1)</script>\n';
const V3 = '# Reporting guide\n\n## How to report\n\nWrite to us or use the form.\n\n## What happens next\n\nWe answer the same day.\n';

describe('documentation and community pages in a browser', { timeout: 240_000 }, () => {
  let ctx: ServiceContext;
  let server: TestServer;
  let browser: TestBrowser;
  let chairId: string;
  let boardId: string;
  let docId: string;
  beforeAll(async () => {
    ctx = await freshContext({ now: () => new Date('2026-03-01T12:00:00Z') });
    await completeSetupDirectly(ctx, 'Docs Foundation');
    const chair = await buildMember(ctx, { role: 'chair' });
    chairId = chair.id;
    boardId = (await buildMember(ctx, { role: 'board' })).id;
    const asChair = withActor(ctx, chair.actor);
    const doc = await createDocument(asChair, { title: 'Reporting guide', codeOfConduct: false, body: V1, summary: 'First version.', rationale: 'So people know how to reach us.' });
    docId = doc.id;
    await saveDocumentVersion(asChair, { documentId: doc.id, body: V2, summary: 'Mentions the form.', rationale: 'The web form exists now.' });
    await saveDocumentVersion(asChair, { documentId: doc.id, body: V3, summary: 'Same-day answers.', rationale: 'Reporters said a day was long.' });
    await createDocument(asChair, { title: 'Code of conduct', codeOfConduct: true, body: '# Code\n\nBe kind.\n', summary: 'First.', rationale: 'Hosting it here.' });
    await approveAllPublicTexts(ctx);
    server = await startServer(ctx);
    browser = await openBrowser({ javaScriptEnabled: false });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the document with its contents, history, earlier versions and the diff, without JavaScript', async () => {
    const page = await browser.newPage();
    await visit(page, `${server.url}/documentation`);
    expect(await page.locator('table').textContent()).toContain('Reporters said a day was long.');
    expect(await page.content()).not.toContain('Code of conduct'); // waits for the board
    await visit(page, `${server.url}/documentation/reporting-guide`);
    expect(await page.locator('nav[aria-label="Contents"] a').allTextContents()).toEqual(['How to report', 'What happens next']);
    expect(await page.locator('#s-what-happens-next').textContent()).toBe('What happens next');
    await visit(page, `${server.url}/documentation/reporting-guide/versions/2`);
    expect(await page.locator('script').count()).toBe(0); // the raw HTML in version 2 is text
    expect(await page.locator('article').textContent()).toContain('<script>alert(1)</script>');
    await visit(page, `${server.url}/documentation/reporting-guide`);
    await page.selectOption('#diff-from', '1');
    await page.selectOption('#diff-to', '3');
    await Promise.all([page.waitForURL(/\/diff\?from=1&to=3/), page.getByRole('button', { name: 'Show the changes' }).click()]);
    await expectAccessible(page);
    expect(await page.locator('.diff-removed').allTextContents()).toEqual(['−Write to us.', '−We answer within a day.']);
    expect(await page.locator('.diff-added').allTextContents()).toEqual(['+Write to us or use the form.', '+We answer the same day.']);
    const missing = await page.goto(`${server.url}/documentation/reporting-guide/versions/9`);
    expect(missing?.status()).toBe(404);
  });

  it('takes a proposal through the public form, keeps what was typed on error, and links it from the changelog once accepted', async () => {
    const page = await browser.newPage();
    await visit(page, `${server.url}/community`);
    await page.getByLabel('Your question or suggestion').fill('Words typed before choosing a kind');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForSelector('.error-summary');
    await expectAccessible(page);
    expect(await page.getByLabel('Your question or suggestion').inputValue()).toBe('Words typed before choosing a kind');
    await page.getByLabel('A proposed change to a document').check();
    await page.getByLabel(/Which document/).selectOption({ label: 'Reporting guide' });
    await page.getByLabel('Your question or suggestion').fill('Please promise a same-day answer. CANARYsender42');
    await Promise.all([page.waitForURL(/\/community\?sent=1/), page.getByRole('button', { name: 'Send' }).click()]);
    await expectAccessible(page);
    expect(await page.content()).toContain('we received your message');

    const asChair = withActor(ctx, (await buildMember(ctx, { role: 'chair' })).actor);
    const [s] = await listCommunitySubmissions(asChair);
    const versions = await ctx.db.query.documentVersions.findMany();
    const v3 = versions.find((v) => v.documentId === docId && v.seq === 3)!;
    await triageCommunityItem(asChair, { submissionId: s!.id, status: 'accepted', publicTitle: 'Promise same-day answers', publicText: 'Accepted; the guide now says so.', resolvedByVersionId: v3.id });
    await approveAllPublicTexts(ctx);
    await visit(page, `${server.url}/community`);
    expect(await page.locator(`#item-${s!.id} h4`).textContent()).toBe('Promise same-day answers');
    expect(await page.content()).not.toContain('CANARYsender42');
    await visit(page, `${server.url}/documentation`);
    expect(await page.locator(`a[href="/community#item-${s!.id}"]`).textContent()).toBe('Promise same-day answers');
  });

  it("the chair's and the board's pages pass axe-core", async () => {
    const url = new URL(server.url);
    const cookie = async (id: string) => browser.context.addCookies([{ name: SESSION_COOKIE, value: await sessionFor(ctx, id), domain: url.hostname, path: '/', secure: true, httpOnly: true, sameSite: 'Lax' }]);
    await cookie(chairId);
    const page = await browser.newPage();
    for (const path of ['/wg/documents', `/wg/documents/${docId}`, '/wg/documents/elsewhere', '/wg/community']) await visit(page, `${server.url}${path}`);
    const triage = await page.locator('a[href^="/wg/community/"]').first().getAttribute('href');
    await visit(page, `${server.url}${triage!}`);
    await cookie(boardId);
    await visit(page, `${server.url}/wg/document-approvals`);
    const approval = await page.locator('a[href^="/wg/document-approvals/"]').first().getAttribute('href');
    await visit(page, `${server.url}${approval!}`);
    await page.getByLabel('Where and when the board decided').fill('Board meeting of 1 March 2026');
    await Promise.all([page.waitForURL(/\/wg\/document-approvals$/), page.getByRole('button', { name: 'Record the board’s approval' }).click()]);
    const pub = await browser.newPage();
    await browser.context.clearCookies();
    await visit(pub, `${server.url}/documentation/code-of-conduct`);
    expect(await pub.locator('article h1').textContent()).toBe('Code');
  });
});
