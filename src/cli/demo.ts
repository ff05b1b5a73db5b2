import type { Command } from 'commander';
import { withCliRuntime } from './runtime';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Fill an empty database with a synthetic organisation (spaces, ~150 cases, people, outcomes)')
    .option('--cases <n>', 'how many cases', '150')
    .option('--no-publish', "leave every half-year's statistics unpublished (by default the ended half-years are published)")
    .action(async (opts: { cases: string; publish: boolean }) => {
      const n = Number(opts.cases);
      if (!Number.isInteger(n) || n < 1 || n > 5000) throw new Error('--cases must be a whole number from 1 to 5000');
      const { Presets, SingleBar } = await import('cli-progress');
      const { createDemoOrganisation } = await import('../services/demo/create-demo-organisation');
      await withCliRuntime('cli:demo', async (ctx) => {
        const bar = process.stderr.isTTY ? new SingleBar({ format: 'creating demo [{bar}] {value}/{total} cases', stream: process.stderr }, Presets.shades_classic) : null;
        bar?.start(n, 0);
        const s = await createDemoOrganisation(ctx, { cases: n, publishStatistics: opts.publish, onProgress: (done) => bar?.update(done) });
        bar?.stop();
        process.stdout.write(`demo organisation created: ${s.spaces} spaces, ${s.cases} cases, ${s.people} people in the identity key, statistics published for ${s.releases} half-years (see /statistics and /publications)\n\n`);
        process.stdout.write('Sign in at /login with an email, its password and the current code from an authenticator app\n');
        process.stdout.write('holding its TOTP secret (any RFC 6238 app: 6 digits, 30 seconds). These are demo accounts only.\n\n');
        for (const a of s.accounts) {
          process.stdout.write(`  ${a.role.padEnd(10)}  ${a.email.padEnd(24)}  password ${a.password}  TOTP secret ${a.totpSecret}\n`);
        }
      });
    });
}
