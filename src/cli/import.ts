import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CandorError } from '../errors';
import { withCliRuntime } from './runtime';

const PROGRESS_THRESHOLD_ROWS = 300;

export function registerImport(program: Command): void {
  const imp = program.command('import').description('Bring existing records into the register');
  imp
    .command('tracking-sheet')
    .argument('<file>', 'the tracking spreadsheet exported as CSV')
    .description('Import the working group tracking spreadsheet (all or nothing)')
    .action(async (file: string) => {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        throw new CandorError('invalid_input', `cannot read ${file}`);
      }
      const { readCsvRows } = await import('./csv-rows');
      const rows = readCsvRows(text, file);
      const { SingleBar, Presets } = await import('cli-progress');
      const { describeImport, importTrackingSheet } = await import('../services/import/import-tracking-sheet');
      await withCliRuntime('cli:import', async (ctx) => {
        const bar = rows.length > PROGRESS_THRESHOLD_ROWS && process.stderr.isTTY
          ? new SingleBar({ format: 'importing [{bar}] {value}/{total} cases', stream: process.stderr }, Presets.shades_classic)
          : null;
        let started = false;
        const summary = await importTrackingSheet(ctx, rows, (done, total) => {
          if (!bar) return;
          if (!started) {
            bar.start(total, 0);
            started = true;
          }
          bar.update(done);
        });
        bar?.stop();
        process.stdout.write(`${describeImport(summary)}\n`);
      });
    });
}
