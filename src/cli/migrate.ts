import type { Command } from 'commander';
import { withCliRuntime } from './runtime';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Create or update the database schema (safe to run again)')
    .action(async () => {
      await withCliRuntime('cli:migrate', async (_ctx, rt) => {
        process.stdout.write(`database is up to date (${rt.database.kind})\n`);
      });
    });
}
