import type { Command } from 'commander';
import { parsePeriod } from '../domain/periods';
import { FIGURE_KEYS, type PeriodFigures } from '../domain/statistics';
import { invalidInput } from '../errors';
import { withCliRuntime } from './runtime';

export function renderFiguresTable(periods: readonly PeriodFigures[]): string {
  const header = ['period', ...FIGURE_KEYS];
  const rows = periods.map((p) => [p.period, ...FIGURE_KEYS.map((k) => String(p[k]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description("The working group's internal statistics per half-year (not disclosure-controlled)")
    .option('--period <period>', 'a half-year (2025-H1) or a year (2025)')
    .option('--json', 'print JSON: {"periods":[...]}')
    .action(async (opts: { period?: string; json?: boolean }) => {
      // Checked here too, so the message names the option before the register is opened.
      if (opts.period !== undefined && !parsePeriod(opts.period)) throw invalidInput(`--period must look like 2025-H1, 2025-H2 or 2025, got "${opts.period}"`);
      const { getStatistics } = await import('../services/stats/get-statistics');
      await withCliRuntime('cli:stats', async (ctx) => {
        const periods = await getStatistics(ctx, { period: opts.period });
        process.stdout.write(opts.json ? `${JSON.stringify({ periods })}\n` : renderFiguresTable(periods));
      });
    });
}
