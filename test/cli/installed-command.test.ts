// The `candor` command as npm installs it (a link to bin/candor.js on the PATH), started from a
// folder that is not the checkout: it must run the compiled code and serve pages (with the
// TypeScript loader, every page was a 500 "React is not defined" outside the checkout).
import { spawn } from 'node:child_process';
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

describe('the installed candor command', { timeout: 120_000 }, () => {
  it('serves the first page and the stylesheet when started from another folder', async () => {
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
    try {
      const started = Date.now();
      while (!/serving on/.test(out) && child.exitCode === null && Date.now() - started < 90_000) await new Promise((r) => setTimeout(r, 100));
      expect(out, err).toMatch(/serving on/);
      // A new database: the first page is the organisation's setup, reached by a redirect.
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status, err).toBe(200);
      expect(await page.text()).toMatch(/<html/i);
      const css = await fetch(`http://127.0.0.1:${port}/static/candor.css`);
      expect(css.status).toBe(200);
      expect((await css.text()).length).toBeGreaterThan(100);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited, err).toBe(0);
  });
});
