import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockDataDir, SERVER_HOLDER } from './data-dir-lock';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'candor-lockfile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lockPath = () => path.join(dir, LOCK_FILE);
const writeLock = (fields: Record<string, unknown>) =>
  writeFileSync(lockPath(), JSON.stringify({ startedAt: new Date().toISOString(), procStart: null, host: os.hostname(), holder: SERVER_HOLDER, ...fields }));

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('the data directory lock', () => {
  it('is held by one process at a time, names its holder, and goes when released', () => {
    const lock = lockDataDir(dir, 'candor import');
    const info = JSON.parse(readFileSync(lockPath(), 'utf8')) as { pid: number; holder: string };
    expect(info).toMatchObject({ pid: process.pid, holder: 'candor import' });
    expect(statSync(lockPath()).mode & 0o777).toBe(0o600);
    expect(() => lockDataDir(dir, 'candor stats')).toThrow(expect.objectContaining({ code: 'database_locked' }));
    lock.release();
    expect(existsSync(lockPath())).toBe(false);
    lockDataDir(dir, 'candor stats').release();
  });

  it('refuses while another live process holds it, naming the server', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeLock({ pid: other.pid });
      expect(() => lockDataDir(dir, 'candor member add')).toThrow(
        expect.objectContaining({
          code: 'database_locked',
          message: `the Candor server is running on this data directory (pid ${other.pid}); stop it, or use the web app, or use PostgreSQL`,
        }),
      );
      writeLock({ pid: other.pid, holder: 'candor import' });
      expect(() => lockDataDir(dir, 'candor member add')).toThrow(/another Candor process \(candor import, pid \d+\) is using this data directory/);
      expect(existsSync(lockPath())).toBe(true);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that is gone', async () => {
    writeLock({ pid: await deadPid() });
    const lock = lockDataDir(dir, 'candor migrate');
    expect(JSON.parse(readFileSync(lockPath(), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it.runIf(existsSync('/proc/self/stat'))('takes over a lock whose pid now belongs to another process', () => {
    // Our parent is alive, but it is not the process that wrote this lock: its start time differs.
    writeLock({ pid: process.ppid, procStart: '1' });
    lockDataDir(dir, 'candor migrate').release();
  });

  it('does not remove a lock another process took over', () => {
    const lock = lockDataDir(dir, 'candor stats');
    writeLock({ pid: process.ppid, holder: 'candor serve' });
    lock.release();
    expect(existsSync(lockPath())).toBe(true);
  });
});
