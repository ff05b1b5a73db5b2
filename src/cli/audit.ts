import type { Command } from 'commander';
import { CandorError } from '../errors';
import { withCliRuntime } from './runtime';

export function registerAudit(program: Command): void {
  const cmd = program.command('audit').description('The tamper-evident audit trail');
  cmd
    .command('verify')
    .description('Check the keyed hash chain of the audit log against the anchor file, then anchor its head')
    .action(async () => {
      const [{ verifyAuditChain }, { anchorAuditHead }, { ANCHOR_FILE_NAME }, path] = await Promise.all([
        import('../services/audit/verify-chain'),
        import('../services/audit/anchor-head'),
        import('../services/audit/anchor-file'),
        import('node:path'),
      ]);
      await withCliRuntime('cli:audit', async (ctx, rt) => {
        const anchorFile = path.join(rt.env.dataDir, ANCHOR_FILE_NAME);
        const report = await verifyAuditChain(ctx, { anchorFile, record: true });
        if (!report.ok) {
          const where = report.firstBroken!.id === null ? 'the anchor file' : `entry ${report.firstBroken!.id}`;
          throw new CandorError(
            'integrity_failed',
            `audit log broken at ${where}: ${report.firstBroken!.reason} (${report.checked} entries before it are intact)`,
          );
        }
        const anchored = await anchorAuditHead(ctx, { anchorFile });
        process.stdout.write(
          `audit log intact: ${report.checked} entries verified against ${report.anchorsChecked} anchor(s)` +
            (anchored ? `; head anchored at entry ${anchored.entryId}\n` : '\n'),
        );
      });
    });
}
