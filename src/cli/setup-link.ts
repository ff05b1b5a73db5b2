// `candor setup-link`: prints the one-time first-run setup link (only the operator can: the token
// is derived from the master key). Refuses once setup is closed.
import type { Command } from 'commander';
import { CandorError, isCandorError } from '../errors';
import { withCliRuntime } from './runtime';

export function registerSetupLink(program: Command): void {
  program
    .command('setup-link')
    .description('Print the first-run setup link (create the organisation and the first chair)')
    .action(async () => {
      const [{ publicLink }, { isSetupOpen }, { setupPath }] = await Promise.all([
        import('../config/public-url'),
        import('../services/setup/get-setup-status'),
        import('../services/setup/setup-token'),
      ]);
      try {
        await withCliRuntime('cli:setup-link', async (ctx, rt) => {
          if (!(await isSetupOpen(ctx))) {
            throw new CandorError('conflict', 'setup is closed: this register already has an organisation or members; members are invited with `candor member add`');
          }
          process.stdout.write(`${publicLink(rt.config, setupPath(rt.keys))}\n`);
        });
      } catch (e) {
        if (!isCandorError(e) || e.code !== 'database_locked') throw e;
        // The server holds the embedded database; the link needs only the key, and the server
        // answers whether setup is still open.
        const { loadConfig } = await import('../config/load');
        const { loadMasterKey } = await import('../config/master-key');
        const { makeKeys } = await import('../services/context');
        const { config, env } = loadConfig(process.env);
        const keys = makeKeys(loadMasterKey({ envKey: env.masterKey, dataDir: env.dataDir }));
        process.stdout.write(`${publicLink(config, setupPath(keys))}\n`);
      }
    });
}
