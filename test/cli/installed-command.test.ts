// The `candor` command as npm installs it (a link to bin/candor.js on the PATH), started from a
// folder that is not the checkout: it must run the compiled code and serve pages (with the
// TypeScript loader, every page was a 500 "React is not defined" outside the checkout).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'candor-installed-'));
  mkdirSync(path.join(dir, 'bin'));
  symlinkSync(path.resolve('bin/candor.js'), path.join(dir, 'bin', 'candor'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Server {
  url: string;
  /** The first-run setup page: what the operator opens first, from the link serve prints. */
  firstPage: string;
  child: ChildProcess;
  err: () => string;
  stop: () => Promise<number | null>;
}

/** `candor serve` from the temporary folder, on its data directory; resolves once it serves. */
async function startInstalled(): Promise<Server> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn('candor', ['serve', '--port', String(port)], {
    cwd: dir,
    env: { PATH: `${path.join(dir, 'bin')}:${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? '/tmp', CANDOR_DATA_DIR: path.join(dir, 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const started = Date.now();
  while (!/serving on/.test(out) && child.exitCode === null && Date.now() - started < 90_000) await new Promise((r) => setTimeout(r, 100));
  const stop = async () => {
    child.kill('SIGTERM');
    return exited;
  };
  if (!/serving on/.test(out)) {
    await stop();
    throw new Error(`candor serve did not start: ${err}`);
  }
  const setupPath = /\/setup\/[A-Za-z0-9_-]+/.exec(out)?.[0];
  if (!setupPath) {
    await stop();
    throw new Error(`candor serve printed no setup link: ${out}`);
  }
  return { url: `http://127.0.0.1:${port}`, firstPage: `http://127.0.0.1:${port}${setupPath}`, child, err: () => err, stop };
}

describe('the installed candor command', { timeout: 180_000 }, () => {
  it('serves the first page and the stylesheet when started from another folder', async () => {
    const server = await startInstalled();
    try {
      // A new database: the first page is the organisation's setup, at the link serve printed.
      const page = await fetch(server.firstPage);
      expect(page.status, server.err()).toBe(200);
      expect(await page.text()).toMatch(/<html/i);
      const css = await fetch(`${server.url}/static/candor.css`);
      expect(css.status).toBe(200);
      expect((await css.text()).length).toBeGreaterThan(100);
    } finally {
      expect(await server.stop(), server.err()).toBe(0);
    }
  });
});
