// `candor keys rotate` (decision 031): a new master key, every sealed value and blind index moved
// onto it in batches, the old key retired at the end. Stopped at any point (kill -9 included), it
// continues where it was when run again. Only key fingerprints are ever printed.
import type { Command } from 'commander';
import { CandorError } from '../errors';
import { withCliRuntime } from './runtime';

export function registerKeys(program: Command): void {
  const cmd = program.command('keys').description('The master key (key file master.key in the data directory)');
  cmd
    .command('rotate')
    .description('Make a new master key, move every sealed value and blind index onto it, then retire the old one; resumes an unfinished rotation')
    .option('--batch-size <rows>', 'rows moved per transaction', '200')
    .action(async (opts: { batchSize: string }) => {
      const { rotateKeys } = await import('../services/keys/rotate-keys');
      let result;
      try {
        result = await withCliRuntime('cli:keys-rotate', (ctx, rt) =>
          rotateKeys(ctx, { dataDir: rt.env.dataDir, batchSize: opts.batchSize, keyFromEnvironment: rt.env.masterKey !== null }, (p) => {
            process.stdout.write(`moved ${Math.min(p.moved, p.total)} of ${p.total} (${p.step})\n`);
          }),
        );
      } catch (e) {
        // The embedded database has one writer (data-dir-lock): a rotation cannot run beside the
        // server on it, and the server does not rotate on request (decision 031).
        if (e instanceof CandorError && e.code === 'database_locked') {
          throw new CandorError(
            'database_locked',
            `${e.message}. A key rotation on the embedded database needs the register to itself: stop candor serve, run candor keys rotate, then start the server again (on PostgreSQL the rotation runs beside a running server)`,
          );
        }
        throw e;
      }
      process.stdout.write(
        `${result.resumed ? 'continued the key rotation' : 'key rotation'} from key ${result.from} to key ${result.to}: ` +
          `every sealed value and blind index is under the new key; key ${result.from} is retired (master.key keeps only the keys derived from it). ` +
          'Keep a copy of the new master.key apart from the database, and keep the old key file with backups made before today\n',
      );
    });
}
