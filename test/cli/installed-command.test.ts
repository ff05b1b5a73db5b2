// The `candor` command as npm installs it (a link to bin/candor.js on the PATH), started from a
// folder that is not the checkout: it must run the compiled code and serve pages (with the
// TypeScript loader, every page was a 500 "React is not defined" outside the checkout).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe } from './run-cli';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'candor-installed-'));
  mkdirSync(path.join(dir, 'bin'));
  symlinkSync(path.resolve('bin/candor.js'), path.join(dir, 'bin', 'candor'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the installed candor command', { timeout: 180_000 }, () => {
  it('serves the first page and the stylesheet when started from another folder', async () => {
    const server = await startServe({ PATH: `${path.join(dir, 'bin')}:${process.env.PATH ?? ''}`, CANDOR_DATA_DIR: path.join(dir, 'data') }, { command: 'candor', cwd: dir });
    try {
      // A new database: the first page is the organisation's setup, at the link serve printed.
      const setupPath = await server.waitFor(/\/setup\/[A-Za-z0-9_-]{43}/);
      const page = await fetch(`${server.url}${setupPath}`);
      expect(page.status, server.stderr()).toBe(200);
      expect(await page.text()).toMatch(/<html/i);
      const css = await fetch(`${server.url}/static/candor.css`);
      expect(css.status).toBe(200);
      expect((await css.text()).length).toBeGreaterThan(100);
    } finally {
      expect(await server.stop(), server.stderr()).toBe(0);
    }
  });
});
