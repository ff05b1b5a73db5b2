import type { Command } from 'commander';
import { CandorError } from '../errors';
import { withCliRuntime } from './runtime';

export function registerAudit(program: Command): void {
  const cmd = program.command('audit').description('The tamper-evident audit trail');
  cmd
    .command('verify')
    .description('Check the hash chain of the audit log')
    .action(async () => {
      const { verifyAuditChain } = await import('../services/audit/verify-chain');
      await withCliRuntime('cli:audit', async (ctx) => {
        const report = await verifyAuditChain(ctx);
        if (!report.ok) {
          throw new CandorError(
            'integrity_failed',
            `audit log broken at entry ${report.firstBroken!.id}: ${report.firstBroken!.reason} (${report.checked} entries before it are intact)`,
          );
        }
        process.stdout.write(`audit log intact: ${report.checked} entries verified\n`);
      });
    });
}
