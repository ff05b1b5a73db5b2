// The embedded database has one writer: two processes that open the same PGlite directory each
// keep their own copy in memory and the last to write its files wins, so a CLI command beside a
// running server would report success and lose its work. The first process to open a data
// directory therefore holds `candor.lock` in it; any other process refuses with a clear message.
//
// The lock file appears atomically (written to a temporary file, then hard-linked, which fails if
// a lock exists) and names its holder: pid, the kernel's start time of that pid (so a pid reused
// after a crash is not mistaken for the holder), host and a label. A lock whose holder is gone is
// taken over. It is removed when the database closes, at exit, and on a signal nobody else handles.
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CandorError } from '../errors';

export const LOCK_FILE = 'candor.lock';
/** The holder label `candor serve` uses; the refusal message names the server for it. */
export const SERVER_HOLDER = 'candor serve';

interface LockInfo {
  pid: number;
  startedAt: string;
  procStart: string | null;
  host: string;
  holder: string;
}

export interface DataDirLock {
  release(): void;
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const heldHere = new Set<string>();

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot (Linux only). */
function procStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses; the fields after it do not.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function readLock(file: string): { text: string; info: LockInfo | null } | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const info = JSON.parse(text) as LockInfo;
    return { text, info: Number.isInteger(info.pid) && info.pid > 0 ? info : null };
  } catch {
    return { text, info: null };
  }
}

/** Is the process that wrote the lock still running? When in doubt (another host), yes. */
function holderAlive(info: LockInfo): boolean {
  if (info.host !== os.hostname()) return true;
  if (info.pid === process.pid) return false; // not held here (checked before): left by an earlier run with our pid
  try {
    process.kill(info.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const now = procStartOf(info.pid);
  return !(info.procStart && now && now !== info.procStart);
}

function refusal(info: LockInfo): CandorError {
  const message =
    info.holder === SERVER_HOLDER
      ? `the Candor server is running on this data directory (pid ${info.pid}); stop it, or use the web app, or use PostgreSQL`
      : `another Candor process (${info.holder}, pid ${info.pid}) is using this data directory; wait for it to finish, or use PostgreSQL`;
  return new CandorError('database_locked', message);
}

/** Takes the data directory's lock for this process, or throws `database_locked` naming the holder. */
export function lockDataDir(dataDir: string, holder: string): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  if (heldHere.has(file)) {
    throw new CandorError('database_locked', `this process already has the database in ${dataDir} open`);
  }
  const info: LockInfo = {
    pid: process.pid,
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    procStart: procStartOf(process.pid),
    host: os.hostname(),
    holder,
  };
  const text = `${JSON.stringify(info)}\n`;
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600 });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(tmp, file);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const found = readLock(file);
      if (found === null) continue; // released between our two calls
      if (found.info && holderAlive(found.info)) throw refusal(found.info);
      if (attempt >= 3) throw new CandorError('database_locked', `cannot take over the stale lock ${file}; remove it if no Candor process is running`);
      takeOver(file, found.text);
    }
  } finally {
    unlinkSync(tmp);
  }
  heldHere.add(file);
  return holdUntilExit(file, text);
}

/**
 * Removes a stale lock, unless another process took it over first: the file is moved aside, and
 * put back if what was moved is not the stale lock we read.
 */
function takeOver(file: string, staleText: string): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  if (readFileSync(aside, 'utf8') !== staleText) {
    try {
      linkSync(aside, file);
    } catch {
      // A third process holds the lock now; the loop reads it again.
    }
  }
  unlinkSync(aside);
}

function holdUntilExit(file: string, text: string): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    heldHere.delete(file);
    process.removeListener('exit', release);
    for (const sig of SIGNALS) process.removeListener(sig, onSignal);
    // Only our own lock: never remove one another process took over.
    if (readLock(file)?.text === text) unlinkSync(file);
  };
  // When something else handles the signal (the server shuts down gracefully and closes the
  // database), leave it to them; otherwise release and die of the signal as before.
  function onSignal(sig: NodeJS.Signals) {
    if (process.listenerCount(sig) > 1) return;
    release();
    process.kill(process.pid, sig);
  }
  process.on('exit', release);
  for (const sig of SIGNALS) process.on(sig, onSignal);
  return { release };
}
