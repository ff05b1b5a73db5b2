// Merging two categories of a breakdown table, the fallback when no amount of complementary
// suppression can hide a cell (e.g. a row whose cells are all "<3" while its total is 3 or
// more: each cell is then provably at least 1, whatever else is hidden).
import { publishTable, specOf, type TableSpec } from './build-table';
import { isMasked } from './masking-policy';
import type { AtomValues, PublishedTable } from './types';

export type MergeAxis = 'row' | 'col';

export interface MergeOption {
  readonly axis: MergeAxis;
  /** Indices of the two merged categories, first < second. */
  readonly first: number;
  readonly second: number;
}

export const mergedLabel = (a: string, b: string): string => `${a} / ${b}`;

/** The table with two rows (or columns) replaced by one, at the position of the first. */
export function mergeCategories(table: PublishedTable, option: MergeOption, truth: AtomValues): PublishedTable {
  const spec = specOf(table);
  const { first, second } = option;
  const mergeLabels = (labels: readonly string[]): string[] =>
    labels.flatMap((l, i) => (i === second ? [] : i === first ? [mergedLabel(l, labels[second] ?? '')] : [l]));
  let next: TableSpec;
  if (option.axis === 'row') {
    const atoms = spec.atoms.flatMap((row, i) =>
      i === second ? [] : i === first ? [row.map((cell, c) => [...cell, ...(spec.atoms[second]?.[c] ?? [])])] : [row],
    );
    next = { ...spec, rowLabels: mergeLabels(spec.rowLabels), atoms };
  } else {
    const atoms = spec.atoms.map((row) =>
      row.flatMap((cell, j) => (j === second ? [] : j === first ? [[...cell, ...(row[second] ?? [])]] : [cell])),
    );
    next = { ...spec, colLabels: mergeLabels(spec.colLabels), atoms };
  }
  return publishTable(next, table.policy, truth);
}

/**
 * Candidate merges that bring the given cell together with another category, best first:
 * the partner with the most masked cells (merging two thin categories helps most), then columns
 * before rows, then the nearest partner. The order uses only what the table shows, never a
 * hidden count: a reader who knows this rule learns nothing from which categories were merged.
 */
export function mergeOptions(
  table: PublishedTable,
  at: { row: number | 'total'; col: number | 'total' },
): MergeOption[] {
  const options: { option: MergeOption; score: number[] }[] = [];
  const consider = (axis: MergeAxis, mine: number, count: number): void => {
    for (let other = 0; other < count; other++) {
      if (other === mine) continue;
      const option = { axis, first: Math.min(mine, other), second: Math.max(mine, other) };
      const masked = table.cells.filter((c) => (axis === 'col' ? c.col : c.row) === other && isMasked(c.value)).length;
      options.push({ option, score: [-masked, axis === 'col' ? 0 : 1, Math.abs(other - mine), other] });
    }
  };
  if (at.col !== 'total') consider('col', at.col, table.colLabels.length);
  if (at.row !== 'total') consider('row', at.row, table.rowLabels.length);
  const byScore = (a: number[], b: number[]): number => {
    for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
  };
  return options.sort((a, b) => byScore(a.score, b.score)).map((o) => o.option);
}
