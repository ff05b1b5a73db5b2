import { readFile } from 'node:fs/promises';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { CandorError } from '../errors';
import { describeImport, importTrackingSheet } from '../services/import/import-tracking-sheet';
import { withCliRuntime } from './runtime';

const PROGRESS_THRESHOLD_ROWS = 300;

export function readCsvRows(text: string, file: string): string[][] {
  try {
    return parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new CandorError('import_invalid', `${file} is not valid CSV${line ? ` near line ${line}` : ''}; nothing was written`);
  }
}

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
      const rows = readCsvRows(text, file);
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
