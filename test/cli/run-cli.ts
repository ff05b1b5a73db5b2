import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const BIN = path.resolve('bin/candor.js');

/** Runs the real `candor` command in a child process, as an operator would. */
export function runCli(args: string[], env: Record<string, string>, stdin?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  child: ChildProcess;
  url: string;
  /** Everything the server printed so far, stdout and stderr. */
  output(): string;
  stderr(): string;
  /** Resolves with the first match of `pattern` in the output, as soon as it is printed. */
  waitFor(pattern: RegExp): Promise<string>;
  /** SIGTERM, then its exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the real `candor serve` on a free port, as an operator does, and resolves once it says it
 * is serving. `command` runs an installed `candor` from the PATH instead of this checkout's bin.
 */
export async function startServe(env: Record<string, string>, opts: { command?: string; cwd?: string } = {}): Promise<RunningServer> {
  const port = await freePort();
  const args = ['serve', '--port', String(port)];
  const child = opts.command
    ? spawn(opts.command, args, { cwd: opts.cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  let output = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  const heard = (d: Buffer, isErr: boolean) => {
    output += d.toString();
    if (isErr) stderr += d.toString();
    for (const w of waiters) w();
  };
  child.stdout!.on('data', (d: Buffer) => heard(d, false));
  child.stderr!.on('data', (d: Buffer) => heard(d, true));
  const waitFor = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const m = pattern.exec(output);
        if (m) {
          waiters.delete(check);
          resolve(m[0]);
        }
      };
      waiters.add(check);
      check();
      void exited.then((code) => reject(new Error(`candor serve exited (${code}) before printing ${pattern}: ${output}`)));
    });
  await waitFor(/serving on/);
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stderr: () => stderr,
    waitFor,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
