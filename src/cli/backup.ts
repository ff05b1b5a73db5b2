// `candor backup FILE` and `candor restore FILE` (decision 017). Keys are never in the file: a
// restore needs the master key of the instance that made it (CANDOR_MASTER_KEY or master.key).
import type { Command } from 'commander';
import { CandorError } from '../errors';
import { withCliRuntime } from './runtime';

async function progressBar(label: string) {
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = process.stderr.isTTY ? new SingleBar({ format: `${label} [{bar}] {value}/{total} rows`, stream: process.stderr }, Presets.shades_classic) : null;
  let started = false;
  return {
    update(done: number, total: number) {
      if (!bar) return;
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}

const describeCounts = (counts: Record<string, number>) =>
  `${counts.cases ?? 0} cases, ${counts.audit_log ?? 0} audit entries, ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in all`;

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .argument('<file>', 'where to write the backup (must not exist)')
    .description('Write a consistent, encrypted backup of the register, also while the server runs')
    .action(async (file: string) => {
      const [path, { existsSync }, { createBackup }, { requestBackupFromServer, writeBackupFile }, { ANCHOR_FILE_NAME }] = await Promise.all([
        import('node:path'),
        import('node:fs'),
        import('../services/backup/create-backup'),
        import('../services/backup/backup-socket'),
        import('../services/audit/anchor-file'),
      ]);
      const target = path.resolve(file);
      if (existsSync(target)) throw new CandorError('conflict', `${target} exists already; a backup never overwrites a file`);
      const bar = await progressBar('backing up');
      let counts: Record<string, number>;
      try {
        counts = await withCliRuntime('cli:backup', async (ctx, rt) => {
          const b = await createBackup(ctx, { engine: rt.database.kind, anchorFile: path.join(rt.env.dataDir, ANCHOR_FILE_NAME) }, bar.update);
          writeBackupFile(target, b.file);
          return b.counts;
        });
      } catch (e) {
        // The embedded database is held by the running server: it takes the backup for us.
        if (!(e instanceof CandorError) || e.code !== 'database_locked') throw e;
        const { loadConfig } = await import('../config/load');
        counts = await requestBackupFromServer(loadConfig(process.env).env.dataDir, target, bar.update);
      } finally {
        bar.stop();
      }
      process.stdout.write(`backup written to ${target}: ${describeCounts(counts)}\n`);
    });

  program
    .command('restore')
    .argument('<file>', 'a backup written by candor backup')
    .description('Restore a backup into an empty register (PGlite or PostgreSQL) and verify it')
    .action(async (file: string) => {
      const [{ readFileSync }, path, { loadConfig }, { loadKeyRing }, { openDatabase }, { restoreBackup }, { ANCHOR_FILE_NAME }] = await Promise.all([
        import('node:fs'),
        import('node:path'),
        import('../config/load'),
        import('../services/keys/key-ring'),
        import('../db/connect'),
        import('../services/backup/restore-backup'),
        import('../services/audit/anchor-file'),
      ]);
      let data: Buffer;
      try {
        data = readFileSync(file);
      } catch {
        throw new CandorError('invalid_input', `cannot read ${file}`);
      }
      // Not openRuntime: its start-up steps (configured spaces) would write into the empty register.
      const { config, env } = loadConfig(process.env);
      // The whole key ring: a backup's audit chain may span key rotations (decision 031).
      const keys = loadKeyRing({ envKey: env.masterKey, dataDir: env.dataDir });
      const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir, holder: 'candor restore' });
      const bar = await progressBar('restoring');
      try {
        await database.migrate();
        const ctx = { db: database.db, actor: { kind: 'system' as const, label: 'cli:restore' }, keys, config, now: () => new Date(), inTransaction: false };
        const report = await restoreBackup(ctx, { file: data, anchorFile: path.join(env.dataDir, ANCHOR_FILE_NAME) }, bar.update);
        bar.stop();
        process.stdout.write(
          `restored the ${report.engine} backup of ${report.createdAt} into ${database.kind}: ${describeCounts(report.counts)}; ` +
            `audit log verified (${report.audit.checked} entries, ${report.audit.anchorsChecked} anchor(s)); ${report.sealedOpened} sealed values open with this key\n`,
        );
      } finally {
        bar.stop();
        await database.close();
      }
    });
}
