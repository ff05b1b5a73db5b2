// Wiring for entry points (CLI, server, jobs): config, master key, database — read once, validated.
import { loadConfig, type Environment } from './config/load';
import { loadKeyRing } from './services/keys/key-ring';
import type { Config } from './config/schema';
import { openDatabase, type Database } from './db/connect';
import type { Actor } from './domain/access';
import type { Keys, ServiceContext } from './services/context';
import { indexNameKeys } from './services/attendee-checks';
import { keyLegacyFingerprints } from './services/import/import-tracking-sheet';
import { syncConfiguredSpaces } from './services/spaces/sync-configured-spaces';
import { upgradeSealedValues } from './services/upgrade-sealed-values';

export interface Runtime {
  config: Config;
  env: Environment;
  database: Database;
  keys: Keys;
  context(actor: Actor): ServiceContext;
  close(): Promise<void>;
}

/** `holder` names this process to another one that finds the embedded database in use. */
export async function openRuntime(processEnv: NodeJS.ProcessEnv = process.env, holder = 'candor'): Promise<Runtime> {
  const { config, env } = loadConfig(processEnv);
  const keys = loadKeyRing({ envKey: env.masterKey, dataDir: env.dataDir });
  const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir, holder });
  const context = (actor: Actor): ServiceContext => ({ db: database.db, actor, keys, config, now: () => new Date(), inTransaction: false });
  try {
    await database.migrate();
    await upgradeSealedValues(context({ kind: 'system', label: 'seal-upgrade' }));
    await syncConfiguredSpaces(context({ kind: 'system', label: 'config' }));
    await keyLegacyFingerprints(context({ kind: 'system', label: 'migrate' }));
    await indexNameKeys(context({ kind: 'system', label: 'migrate' }));
  } catch (e) {
    await database.close(); // and with it the data directory's lock
    throw e;
  }
  return { config, env, database, keys, context, close: () => database.close() };
}
