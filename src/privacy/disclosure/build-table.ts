// Building published tables from planned table specs and the register's true counts.
// Report builders describe each planned table once (labels + which atomic cells each cell
// sums) and call `publishTable`; margins are derived here so they always add up.
import { DisclosureInputError } from './errors';
import { assertCount, publishValue } from './masking-policy';
import type { AtomValues, Axis, PublishedCell, PublishedTable, TablePolicy } from './types';

export interface TableSpec {
  readonly id: string;
  readonly title: string;
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  /** atoms[row][col]: the atomic cell ids summed by that cell. */
  readonly atoms: readonly (readonly (readonly string[])[])[];
  /** Publish row totals, column totals and the grand total. */
  readonly margins: boolean;
}

/** A one-way table (e.g. the six-monthly headline): one row per figure, one column. */
export function oneWaySpec(args: {
  id: string;
  title: string;
  column: string;
  rows: readonly { label: string; atoms: readonly string[] }[];
}): TableSpec {
  return {
    id: args.id,
    title: args.title,
    rowLabels: args.rows.map((r) => r.label),
    colLabels: [args.column],
    atoms: args.rows.map((r) => [r.atoms]),
    margins: false,
  };
}

export function trueValue(atoms: readonly string[], truth: AtomValues): number {
  let sum = 0;
  for (const id of atoms) {
    const v = truth[id];
    if (v === undefined) throw new DisclosureInputError(`No true value for atomic cell "${id}"`);
    assertCount(v, `Atomic cell "${id}"`);
    sum += v;
  }
  return sum;
}

/** Every cell of the spec with its atoms, margins included, in reading order. */
export function specCells(spec: TableSpec): { row: Axis; col: Axis; atoms: string[] }[] {
  const rows = spec.rowLabels.length;
  const cols = spec.colLabels.length;
  if (spec.atoms.length !== rows || spec.atoms.some((r) => r.length !== cols)) {
    throw new DisclosureInputError(`Table "${spec.id}" needs ${rows} rows of ${cols} cells`);
  }
  const at = (r: number, c: number): readonly string[] => spec.atoms[r]?.[c] ?? [];
  const out: { row: Axis; col: Axis; atoms: string[] }[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out.push({ row: r, col: c, atoms: [...at(r, c)] });
    if (spec.margins) out.push({ row: r, col: 'total', atoms: spec.atoms[r]?.flat() ?? [] });
  }
  if (spec.margins) {
    for (let c = 0; c < cols; c++) {
      out.push({ row: 'total', col: c, atoms: spec.atoms.flatMap((row) => [...(row[c] ?? [])]) });
    }
    out.push({ row: 'total', col: 'total', atoms: spec.atoms.flat(2) });
  }
  return out;
}

/** Publish a planned table under a policy: every cell masked, rounded or exact as the policy says. */
export function publishTable(spec: TableSpec, policy: TablePolicy, truth: AtomValues): PublishedTable {
  const cells: PublishedCell[] = specCells(spec).map((cell) => ({
    ...cell,
    value: publishValue(trueValue(cell.atoms, truth), policy),
  }));
  return { id: spec.id, title: spec.title, policy, rowLabels: [...spec.rowLabels], colLabels: [...spec.colLabels], cells };
}

/** The spec a published table was built from (used to re-publish after merging categories). */
export function specOf(table: PublishedTable): TableSpec {
  const rows = table.rowLabels.length;
  const cols = table.colLabels.length;
  const atoms: string[][][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => []));
  let margins = false;
  for (const cell of table.cells) {
    if (cell.row === 'total' || cell.col === 'total') margins = true;
    else atoms[cell.row]![cell.col] = [...cell.atoms];
  }
  return { id: table.id, title: table.title, rowLabels: table.rowLabels, colLabels: table.colLabels, atoms, margins };
}

const axisLabel = (labels: readonly string[], at: Axis): string =>
  at === 'total' ? 'Total' : (labels[at] ?? `#${at}`);

/** "Warnings × In-person events"; a one-column table without margins names only the row. */
export function cellLabel(table: PublishedTable, cell: { row: Axis; col: Axis }): string {
  const row = axisLabel(table.rowLabels, cell.row);
  if (table.colLabels.length === 1 && cell.col !== 'total' && !table.cells.some((c) => c.col === 'total')) return row;
  return `${row} × ${axisLabel(table.colLabels, cell.col)}`;
}
