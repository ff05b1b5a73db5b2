// The `candor` command as npm installs it (a link to bin/candor.js on the PATH), started from a
// folder that is not the checkout: it must run the compiled code and serve pages (with the
// TypeScript loader, every page was a 500 "React is not defined" outside the checkout).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
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
  return { url: `http://127.0.0.1:${port}`, child, err: () => err, stop };
}

function residentMegabytes(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

describe('the installed candor command', { timeout: 180_000 }, () => {
  it('serves the first page and the stylesheet when started from another folder', async () => {
    const server = await startInstalled();
    try {
      // A new database: the first page is the organisation's setup, reached by a redirect.
      const page = await fetch(`${server.url}/`);
      expect(page.status, server.err()).toBe(200);
      expect(await page.text()).toMatch(/<html/i);
      const css = await fetch(`${server.url}/static/candor.css`);
      expect(css.status).toBe(200);
      expect((await css.text()).length).toBeGreaterThan(100);
    } finally {
      expect(await server.stop(), server.err()).toBe(0);
    }
  });

  it('stays under 300 MB resident after the first page, on the data directory of the first start', async () => {
    const server = await startInstalled();
    try {
      expect((await fetch(`${server.url}/`)).status, server.err()).toBe(200);
      expect(residentMegabytes(server.child.pid!)).toBeLessThan(300);
    } finally {
      expect(await server.stop(), server.err()).toBe(0);
    }
  });
});
