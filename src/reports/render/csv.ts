// CSV that opens in a spreadsheet as expected: a header row, one row per period (statistics) or
// per row label (tables), masked figures as their published text ("<3", "x").
import { stringify } from 'csv-stringify/sync';
import type { PublicPublication, PublicTable } from '../model';
import { FIGURE_COLUMNS, statisticsHistory } from './statistics-table';

export function statisticsCsv(stats: readonly PublicPublication[]): string {
  const rows = statisticsHistory(stats).map((r) => [r.period, String(r.version), ...FIGURE_COLUMNS.map((c) => r.figures[c.key]?.display ?? '')]);
  return stringify([['Period', 'Version', ...FIGURE_COLUMNS.map((c) => c.label)], ...rows]);
}

export function tableCsv(t: PublicTable): string {
  const rows = t.rows.map((row) => [row, ...t.columns.map((col) => t.cells.find((c) => c.row === row && c.column === col)?.display ?? '')]);
  return stringify([['', ...t.columns], ...rows]);
}
