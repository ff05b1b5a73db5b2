// Merging two categories of a breakdown table, the fallback when no amount of complementary
// suppression can hide a cell (e.g. a row whose cells are all "<3" while its total is 3 or
// more: each cell is then provably at least 1, whatever else is hidden).
import { publishTable, specOf, trueValue, type TableSpec } from './build-table';
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
 * fewest small non-zero cells afterwards, then the smallest partner category, then columns
 * before rows, then position (deterministic).
 */
export function mergeOptions(
  table: PublishedTable,
  at: { row: number | 'total'; col: number | 'total' },
  truth: AtomValues,
): MergeOption[] {
  const options: { option: MergeOption; score: number[] }[] = [];
  const spec = specOf(table);
  const consider = (axis: MergeAxis, mine: number, count: number): void => {
    for (let other = 0; other < count; other++) {
      if (other === mine) continue;
      const option = { axis, first: Math.min(mine, other), second: Math.max(mine, other) };
      const merged = mergeCategories(table, option, truth);
      const smallNonZero = merged.cells.filter((c) => c.value.kind === 'small' && trueValue(c.atoms, truth) > 0).length;
      const partnerAtoms = axis === 'row' ? (spec.atoms[other] ?? []).flat() : spec.atoms.flatMap((r) => [...(r[other] ?? [])]);
      options.push({ option, score: [smallNonZero, trueValue(partnerAtoms, truth), axis === 'col' ? 0 : 1, other] });
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
