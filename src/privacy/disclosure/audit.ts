// The disclosure audit of DESIGN.md: everything ever published (every release, every
// version, earlier periods, annual figures that sum half-years) plus the candidate release
// become one integer program over the atomic cells; for every masked cell the attacker's
// smallest and largest provable value is computed.
//
// Pass rule: every primary-masked cell ("<k") has an attacker minimum of 0 and a maximum
// above 0: nothing published proves that it is at least one, nor pins its value (a cell proven
// to be 0 is pinned too: showing "<3" where everything else proves "0" tells a reader that
// the policy, not the data, chose the text). The rule looks only at the published figures,
// never at the true values, so a reader who knows it learns nothing from the verdict.
// Complementary suppressions ("x") are large cells hidden only to protect others; their
// bounds are reported, they need no protection.
//
// Masked cells of earlier releases are audited again when the candidate shares atomic
// cells with them: a new release must not uncover an old mask. Earlier releases that share
// nothing with the candidate cannot change and are not re-solved.
import { attackerBounds, type AuditStats, type Bounds } from './attacker-bounds';
import { cellLabel } from './build-table';
import { atomKey, collectConstraints, contradictedByTruth } from './constraints';
import { DisclosureInputError } from './errors';
import { displayText, isMasked } from './masking-policy';
import type { AtomValues, Axis, PublishedCell, PublishedTable, Release } from './types';

export interface AuditInput {
  /** Every release published before, all periods and all versions. */
  readonly history: readonly Release[];
  readonly candidate: Release;
  /** True values of (at least) every atomic cell the candidate uses. */
  readonly truth: AtomValues;
}

export interface MaskedCellAudit {
  readonly releaseId: string;
  readonly tableId: string;
  readonly tableTitle: string;
  readonly row: Axis;
  readonly col: Axis;
  /** "Warnings × In-person events". */
  readonly label: string;
  /** What the release shows: "<3" or "x". */
  readonly shown: string;
  readonly role: 'primary' | 'complementary';
  /**
   * A primary-masked cell that may not be zero (its true value is not zero, or, for an
   * earlier release's cell the register no longer knows, not proven zero). Internal only.
   */
  readonly needsProtection: boolean;
  readonly attackerMin: number;
  /** null: no upper bound can be proven. */
  readonly attackerMax: number | null;
  readonly ok: boolean;
}

export interface AuditReport {
  readonly passes: boolean;
  /** The candidate's masked cells, then earlier releases' masked cells that were re-audited. */
  readonly cells: readonly MaskedCellAudit[];
  /** Plain-language reasons for refusal, for the chair. */
  readonly problems: readonly string[];
  readonly stats: Readonly<AuditStats>;
}

interface Located {
  readonly release: Release;
  readonly table: PublishedTable;
  readonly cell: PublishedCell;
}

const maskedCells = (release: Release): Located[] =>
  release.tables.flatMap((table) =>
    table.cells.filter((cell) => isMasked(cell.value)).map((cell) => ({ release, table, cell })),
  );

export async function auditRelease(input: AuditInput): Promise<AuditReport> {
  const { history, candidate, truth } = input;
  const ids = new Set<string>();
  for (const r of [...history, candidate]) {
    if (ids.has(r.id)) throw new DisclosureInputError(`Release "${r.id}" appears twice in the audit`);
    ids.add(r.id);
  }
  const candidateAtoms = new Set(candidate.tables.flatMap((t) => t.cells.flatMap((c) => c.atoms)));
  for (const a of candidateAtoms) {
    const v = truth[a];
    if (v === undefined || !Number.isInteger(v) || v < 0) {
      throw new DisclosureInputError(`Atomic cell "${a}" needs a true value (a non-negative whole number)`);
    }
  }
  const constraints = collectConstraints([...history, candidate]);
  const problems = contradictedByTruth(constraints, truth).map(
    (c) =>
      `Published figures no longer match the register (${c.sources.join('; ')}). ` +
      'If the register was corrected, give the changed atomic cells new ids.',
  );

  const targets = [...maskedCells(candidate), ...history.flatMap(maskedCells)];
  const result = await attackerBounds(
    constraints,
    targets.map((m) => m.cell.atoms),
    truth,
    candidateAtoms,
  );
  if (!result.feasible) problems.push('The published figures contradict each other: no set of counts satisfies them all.');

  const cells: MaskedCellAudit[] = [];
  for (const located of targets) {
    const bounds = result.bounds.get(atomKey(located.cell.atoms));
    // Earlier releases' cells in parts the candidate does not touch were not re-solved.
    if (bounds === undefined) continue;
    cells.push(judge(located, bounds, truth, result.feasible));
  }
  for (const c of cells) {
    if (c.ok || !result.feasible) continue;
    const where = c.releaseId === candidate.id ? c.tableTitle : `${c.tableTitle}, published earlier`;
    problems.push(
      c.attackerMin > 0
        ? `"${c.label}" (${where}) is shown as ${c.shown}, but the published figures prove it is at least ${c.attackerMin}.`
        : `"${c.label}" (${where}) is shown as ${c.shown}, but the published figures prove it is ${c.attackerMax}.`,
    );
  }
  return { passes: problems.length === 0, cells, problems, stats: result.stats };
}

function judge({ release, table, cell }: Located, b: Bounds, truth: AtomValues, feasible: boolean): MaskedCellAudit {
  const role = cell.value.kind === 'small' ? 'primary' : 'complementary';
  const known = cell.atoms.every((a) => truth[a] !== undefined);
  const value = known ? cell.atoms.reduce((s, a) => s + (truth[a] ?? 0), 0) : undefined;
  const needsProtection = role === 'primary' && (value === undefined ? b.max !== 0 : value > 0);
  return {
    releaseId: release.id,
    tableId: table.id,
    tableTitle: table.title,
    row: cell.row,
    col: cell.col,
    label: cellLabel(table, cell),
    shown: displayText(cell.value),
    role,
    needsProtection,
    attackerMin: b.min,
    attackerMax: b.max,
    ok: feasible && (role === 'complementary' || readerCannotTell(b)),
  };
}

/** A primary-masked cell is protected when a reader can prove neither "at least one" nor its value. */
export const readerCannotTell = (b: Bounds): boolean => b.min === 0 && b.max !== 0;
