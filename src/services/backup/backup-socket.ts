// The embedded database has one writer (data-dir-lock): while `candor serve` holds it, `candor
// backup` cannot open it, and copying PGlite's files under a running server is not consistent. So
// the running server takes the backup: it listens on a Unix socket inside the data directory (0700,
// so only the operator's account reaches it, the account that holds the master key anyway) and
// `candor backup` asks it there. One JSON line in; progress lines and a final line out.
import { writeFileSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import path from 'node:path';
import { CandorError } from '../../errors';
import type { ServiceContext } from '../context';
import { createBackup } from './create-backup';

export const BACKUP_SOCKET_NAME = 'candor.sock';

type Reply = { progress: [number, number] } | { done: { counts: Record<string, number> } } | { error: string };

/** Writes a backup to `file`, which must not exist yet (0600). */
export function writeBackupFile(file: string, data: Buffer): void {
  try {
    writeFileSync(file, data, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new CandorError('conflict', `${file} exists already; a backup never overwrites a file`);
    throw e;
  }
}

export function serveBackupSocket(args: { dataDir: string; anchorFile: string; context: () => ServiceContext; onError: (e: unknown) => void }): { close(): Promise<void> } {
  const socketPath = path.join(args.dataDir, BACKUP_SOCKET_NAME);
  rmSync(socketPath, { force: true }); // left by a server that did not stop cleanly; we hold the lock
  const server: Server = createServer((conn) => {
    let buf = '';
    conn.on('data', (d: Buffer) => {
      buf += d.toString('utf8');
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      const send = (r: Reply) => conn.write(`${JSON.stringify(r)}\n`);
      let file: unknown;
      try {
        file = (JSON.parse(buf.slice(0, nl)) as { file?: unknown }).file;
      } catch {
        file = null;
      }
      if (typeof file !== 'string' || !path.isAbsolute(file)) {
        send({ error: 'expected {"file": "/absolute/path"}' });
        conn.end();
        return;
      }
      createBackup(args.context(), { engine: 'pglite', anchorFile: args.anchorFile }, (done, total) => send({ progress: [done, total] }))
        .then((b) => {
          writeBackupFile(file, b.file);
          send({ done: { counts: b.counts } });
        })
        .catch((e: unknown) => {
          args.onError(e);
          send({ error: e instanceof CandorError ? e.message : 'the backup failed; see the server log' });
        })
        .finally(() => conn.end());
    });
  });
  server.listen(socketPath);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(socketPath, { force: true });
      }),
  };
}

/** Asks the running server for a backup into `file`; resolves with the row counts. */
export function requestBackupFromServer(dataDir: string, file: string, onProgress: (done: number, total: number) => void): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const conn = createConnection(path.join(dataDir, BACKUP_SOCKET_NAME));
    let buf = '';
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
    };
    conn.on('connect', () => conn.write(`${JSON.stringify({ file })}\n`));
    conn.on('data', (d: Buffer) => {
      buf += d.toString('utf8');
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
        const reply = JSON.parse(buf.slice(0, nl)) as Reply;
        buf = buf.slice(nl + 1);
        if ('progress' in reply) onProgress(...reply.progress);
        else if ('done' in reply) finish(() => resolve(reply.done.counts));
        else finish(() => reject(new CandorError('integrity_failed', `the running server could not take the backup: ${reply.error}`)));
      }
    });
    conn.on('error', (e) => finish(() => reject(new CandorError('database_locked', `the database is in use and the running server did not answer on its backup socket (${e.message})`))));
    conn.on('close', () => finish(() => reject(new CandorError('integrity_failed', 'the running server closed the backup socket without finishing'))));
  });
}
