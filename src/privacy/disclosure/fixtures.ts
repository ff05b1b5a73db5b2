// Test data builders for disclosure-control tests (not used by production code).
import { publishTable, type TableSpec } from './build-table';
import { breakdownPolicy } from './masking-policy';
import type { AtomValues, Release, TablePolicy } from './types';

/** A two-way table whose cell (r, c) sums the atoms `${prefix}|r|c|${half}` for each half. */
export function gridSpec(args: {
  id: string;
  title?: string;
  rows: readonly string[];
  cols: readonly string[];
  halves?: readonly string[];
  prefix?: string;
  margins?: boolean;
}): TableSpec {
  const halves = args.halves ?? ['Y'];
  const prefix = args.prefix ?? 'grid';
  return {
    id: args.id,
    title: args.title ?? args.id,
    rowLabels: args.rows,
    colLabels: args.cols,
    atoms: args.rows.map((_, r) => args.cols.map((_, c) => halves.map((h) => `${prefix}|${r}|${c}|${h}`))),
    margins: args.margins ?? true,
  };
}

/** True values for a grid: values[half][r][c]. */
export function gridTruth(prefix: string, halves: readonly string[], values: readonly number[][][]): Record<string, number> {
  const truth: Record<string, number> = {};
  halves.forEach((h, i) => {
    values[i]?.forEach((row, r) => row.forEach((v, c) => (truth[`${prefix}|${r}|${c}|${h}`] = v)));
  });
  return truth;
}

export function release(id: string, specs: readonly TableSpec[], truth: AtomValues, policy: TablePolicy = breakdownPolicy()): Release {
  return { id, title: id, tables: specs.map((s) => publishTable(s, policy, truth)) };
}
