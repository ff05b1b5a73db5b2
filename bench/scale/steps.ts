// One register through the steps of issue 18, in one process, with each step's seconds and the
// process's peak resident memory after it (getrusage maxrss: a high-water mark, so a step's own
// peak is the first row where it rises).
//
//   CANDOR_DATA_DIR=/tmp/empty-dir npx tsx bench/scale/steps.ts SHEET.csv
//   DATABASE_URL=postgres://…/empty npx tsx bench/scale/steps.ts SHEET.csv
//
// Prints one JSON line per step: {step, seconds, rows, rowsPerSecond, peakRssMB}.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readCsvRows } from '../../src/cli/csv-rows';

const file = process.argv[2];
if (!file) throw new Error('usage: steps.ts SHEET.csv');

const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
function report(step: string, started: number, rows?: number): void {
  const seconds = (performance.now() - started) / 1000;
  const line: Record<string, unknown> = { step, seconds: Number(seconds.toFixed(2)), peakRssMB: peakMB(), rssMB: Math.round(process.memoryUsage().rss / 2 ** 20) };
  if (rows !== undefined) Object.assign(line, { rows, rowsPerSecond: Math.round(rows / seconds) });
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

let t = performance.now();
const { openRuntime } = await import('../../src/runtime');
report('load modules', t);
t = performance.now();
const rt = await openRuntime(process.env, 'bench scale');
report('open (migrate on first start)', t);
try {
  const ctx = rt.context({ kind: 'system', label: 'cli:import' });
  t = performance.now();
  const rows = readCsvRows(readFileSync(file, 'utf8'), file);
  report('read csv', t, rows.length - 1);
  const { importTrackingSheet } = await import('../../src/services/import/import-tracking-sheet');
  t = performance.now();
  const summary = await importTrackingSheet(ctx, rows);
  report(`import (${summary.imported} cases)`, t, summary.rows);
  const { getStatistics } = await import('../../src/services/stats/get-statistics');
  t = performance.now();
  await getStatistics(ctx);
  report('stats', t);
} finally {
  await rt.close();
}
