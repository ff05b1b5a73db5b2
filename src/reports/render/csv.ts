// CSV that opens in a spreadsheet as expected: a header row, one row per period (statistics) or
// per row label (tables), masked figures as their published text ("<3", "x").
// Every CSV Candor writes goes through `csv()`, which defuses formulas: a spreadsheet runs a cell
// that starts with = + - @ (or a tab or carriage return before one), and labels come from
// configuration and free text. Such a cell gets a leading apostrophe, which spreadsheets show as
// text. Plain numbers, negative ones included, stay numbers: they cannot hold a formula.
import { stringify } from 'csv-stringify/sync';
import type { PublicPublication, PublicTable } from '../model';
import { FIGURE_COLUMNS, statisticsHistory } from './statistics-table';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as typed, never evaluates. */
export function spreadsheetSafe(cell: string): string {
  return FORMULA_START.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The one CSV writer: rows of cells, each made spreadsheet-safe. */
export function csv(rows: readonly (readonly string[])[]): string {
  return stringify(rows.map((r) => r.map(spreadsheetSafe)));
}

export function statisticsCsv(stats: readonly PublicPublication[]): string {
  const rows = statisticsHistory(stats).map((r) => [r.period, String(r.version), ...FIGURE_COLUMNS.map((c) => r.figures[c.key]?.display ?? '')]);
  return csv([['Period', 'Version', ...FIGURE_COLUMNS.map((c) => c.label)], ...rows]);
}

export function tableCsv(t: PublicTable): string {
  const rows = t.rows.map((row) => [row, ...t.columns.map((col) => t.cells.find((c) => c.row === row && c.column === col)?.display ?? '')]);
  return csv([['', ...t.columns], ...rows]);
}
