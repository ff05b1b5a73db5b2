// End-to-end harness: the app served on a real port, Debian's Chromium driven by playwright-core
// with a fresh profile, and axe-core checked on every page. One browser per test file.
//
//   const server = await startServer(ctx);            // app over HTTP on localhost
//   const browser = await openBrowser({ javaScriptEnabled: false });
//   const page = await browser.newPage();
//   await visit(page, `${server.url}/login`);          // navigates and runs axe
//   await expectAccessible(page);                       // after a form submission
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { ServiceContext } from '../../../src/services/context';
import { appFor } from '../../web/helpers/client';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // "localhost" must reach the IPv4 listener; secure cookies are accepted on localhost.
  '--host-resolver-rules=MAP localhost 127.0.0.1',
];

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(ctx: ServiceContext): Promise<TestServer> {
  // Links are built from the configured public URL, so the app is made once the port is known.
  let app: ReturnType<typeof appFor> | null = null;
  let server: ServerType | null = null;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: (req) => app!.fetch(req), port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
  });
  app = appFor({ ...ctx, config: { ...ctx.config, organisation: { ...ctx.config.organisation, publicUrl: `http://localhost:${port}` } } });
  return {
    url: `http://localhost:${port}`,
    close: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
}

export interface TestBrowser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function openBrowser(opts: { javaScriptEnabled?: boolean } = {}): Promise<TestBrowser> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'candor-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    // axe is evaluated through the DevTools protocol, which the page's CSP would otherwise block.
    bypassCSP: true,
  });
  let auditor: { context: BrowserContext; page: Page; dir: string } | null = null;
  const auditorPage = async () => {
    if (!auditor) {
      const dir = await mkdtemp(path.join(tmpdir(), 'candor-e2e-axe-'));
      const ctx = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
      auditor = { context: ctx, page: await ctx.newPage(), dir };
    }
    return auditor.page;
  };
  return {
    context,
    newPage: async () => {
      const page = await context.newPage();
      if (opts.javaScriptEnabled === false) auditors.set(page, auditorPage);
      return page;
    },
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
      const a = auditor as { context: BrowserContext; dir: string } | null;
      if (a) {
        await a.context.close();
        await rm(a.dir, { recursive: true, force: true });
      }
    },
  };
}

const require = createRequire(import.meta.url);
let axeSource: string | null = null;
function axe(): string {
  axeSource ??= (require('axe-core') as { source: string }).source;
  return axeSource;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** Serious and critical axe-core violations on the current page (works with JavaScript disabled too). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Runtime.evaluate', { expression: axe() });
    const result = (await session.send('Runtime.evaluate', {
      expression: `axe.run(document, { resultTypes: ['violations'] }).then(r => JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }))))`,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: string }; exceptionDetails?: { text: string } };
    if (result.exceptionDetails || typeof result.result.value !== 'string') throw new Error(`axe failed: ${result.exceptionDetails?.text ?? 'no result'}`);
    const all = JSON.parse(result.result.value) as AxeViolation[];
    return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  } finally {
    await session.detach();
  }
}

// With JavaScript off, axe cannot run in the page itself (its timers never fire), so the page's
// rendered HTML is checked in a JavaScript-enabled auditor page, stylesheet included.
const auditors = new WeakMap<Page, () => Promise<Page>>();

async function auditedCopy(page: Page): Promise<Page> {
  const auditor = await auditors.get(page)!();
  const html = (await page.content()).replace('<head>', `<head><base href="${page.url()}">`);
  await auditor.setContent(html, { waitUntil: 'load' });
  return auditor;
}

export async function expectAccessible(page: Page): Promise<void> {
  const target = auditors.has(page) ? await auditedCopy(page) : page;
  const v = await seriousViolations(target);
  if (v.length > 0) throw new Error(`axe: ${page.url()}: ${v.map((x) => `${x.id} (${x.impact}, ${x.nodes} nodes): ${x.help}`).join('; ')}`);
}

/** Navigates and checks the page with axe. */
export async function visit(page: Page, url: string): Promise<void> {
  const res = await page.goto(url);
  if (!res || res.status() >= 400) throw new Error(`GET ${url} answered ${res?.status()}`);
  await expectAccessible(page);
}
