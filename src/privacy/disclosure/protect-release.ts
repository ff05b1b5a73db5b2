// Complementary suppression: when the audit refuses a release, hide more cells (or merge
// categories) until it passes, and say in plain words what changed and why.
//
// For each cell the audit finds uncovered, in the audit's order:
// 1. if earlier releases alone prove it is not zero, nothing in this release can help:
//    report it (the candidate should publish that figure as it is, or not at all);
// 2. if even hiding every other figure of the candidate would not help (the policy itself
//    gives it away, e.g. all cells of a row "<3" with a total of 3 or more), merge two
//    categories of its table;
// 3. otherwise hide one more figure: in the same row or column first, one that closes a
//    rectangle with another hidden cell next, then by position.
// The audit then runs again. Every step is deterministic.
//
// The reader knows this rule (Kerckhoffs). Every choice depends only on positions, on which
// cells are masked, and on the published figures' attacker bounds, never on the size of a
// figure that ends up hidden: choosing "the smallest figure of the row" would tell a reader
// that the "x" is at most every other figure of its row, which bounds the masked cells. For
// the same reason hidden figures are not shown again afterwards when they turn out to be
// unneeded: whether showing a figure keeps the audit passing depends on its value.
import { attackerBounds, type Bounds } from './attacker-bounds';
import { auditRelease, readerCannotTell, type AuditInput, type AuditReport, type MaskedCellAudit } from './audit';
import { cellLabel, trueValue } from './build-table';
import { atomKey, collectConstraints, connectedParts } from './constraints';
import { isMasked, readerInterval, suppressedValue } from './masking-policy';
import { mergeCategories, mergeOptions } from './merge-categories';
import type { AtomValues, Axis, PublishedCell, PublishedTable, Release } from './types';

export interface ReleaseChange {
  readonly kind: 'suppressed' | 'merged';
  readonly tableId: string;
  /** The figure hidden ("Bans × In-person events") or the categories merged. */
  readonly subject: string;
  /** Position of the hidden figure (suppressions only). */
  readonly row?: Axis;
  readonly col?: Axis;
  /** The masked cell this protects. */
  readonly protects: string;
  /** One sentence for the chair. */
  readonly explanation: string;
}

export interface ProtectResult {
  readonly passes: boolean;
  readonly release: Release;
  readonly changes: readonly ReleaseChange[];
  /** The audit of the returned release. */
  readonly audit: AuditReport;
  /** Why the release still cannot be published, if it cannot. */
  readonly problems: readonly string[];
}

interface Candidate {
  readonly tableIndex: number;
  readonly cellIndex: number;
  readonly table: PublishedTable;
  readonly cell: PublishedCell;
  readonly score: readonly number[];
  readonly line: 'row' | 'column' | null;
}

export async function protectRelease(input: AuditInput & { maxRounds?: number }): Promise<ProtectResult> {
  const { history, truth } = input;
  let release = input.candidate;
  let changes: ReleaseChange[] = [];
  const problems: string[] = [];
  const historyOnly = new Map<string, number>();
  let fullySuppressed = new Map<string, number>();
  let stuck = false;
  const maxRounds = input.maxRounds ?? 10 + release.tables.reduce((n, t) => n + 2 * t.cells.length, 0);

  for (let round = 0; ; round++) {
    const audit = await auditRelease({ history, candidate: release, truth });
    const failing = audit.cells.filter((c) => !c.ok);
    if (audit.passes) return { passes: true, release, changes, audit, problems: [] };
    if (failing.length === 0 || stuck || round >= maxRounds) {
      if (round >= maxRounds) problems.push('Gave up after too many rounds of suppression.');
      return { passes: false, release, changes, audit, problems: [...new Set([...problems, ...audit.problems])] };
    }
    // Problems found in a round that changed the release may be solved by those changes:
    // they are only final when a round changes nothing.
    problems.length = 0;
    const before = release;
    const touched = new Set<string>();
    for (const f of failing) {
      const fCell = locate(release, history, f);
      if (fCell === undefined) continue;
      const key = atomKey(fCell.atoms);
      if (f.releaseId === release.id && (touched.has(`${f.tableId}|row|${f.row}`) || touched.has(`${f.tableId}|col|${f.col}`))) continue;

      if (!historyOnly.has(key)) historyOnly.set(key, await minimum(history, [fCell], fCell.atoms, truth));
      if ((historyOnly.get(key) ?? 0) > 0) {
        problems.push(`"${f.label}" cannot be hidden: earlier releases already prove it is at least ${historyOnly.get(key)}.`);
        continue;
      }
      if (!fullySuppressed.has(key)) fullySuppressed.set(key, await minimum([...history, suppressAll(release)], [], fCell.atoms, truth));
      if ((fullySuppressed.get(key) ?? 0) > 0) {
        const merged = mergeFor(release, f, truth);
        if (merged === undefined) {
          problems.push(
            f.releaseId === release.id
              ? `"${f.label}" cannot be hidden by suppression, and no categories of its table can be merged.`
              : `"${f.label}", published earlier as ${f.shown}, would be given away by this release whatever it hides: leave out the figures that sum it.`,
          );
          continue;
        }
        release = merged.release;
        changes = [...changes.filter((c) => !(c.kind === 'suppressed' && c.tableId === f.tableId)), merged.change];
        fullySuppressed = new Map();
        break; // the table changed shape: audit again before anything else
      }
      const choice = await chooseComplement({ release, history, truth }, f, fCell);
      if (choice === undefined) {
        problems.push(`"${f.label}" cannot be hidden: no figure is left to suppress.`);
        continue;
      }
      release = withCell(release, choice.tableIndex, choice.cellIndex, { ...choice.cell, value: suppressedValue(choice.table.policy) });
      const subject = cellLabel(choice.table, choice.cell);
      changes.push({
        kind: 'suppressed',
        tableId: choice.table.id,
        subject,
        row: choice.cell.row,
        col: choice.cell.col,
        protects: f.label,
        explanation: `Hid "${subject}" because "${f.label}" could otherwise be ${f.attackerMin > 0 ? `proven to be at least ${f.attackerMin}` : `pinned to ${f.attackerMax}`} ${why(choice, f)}.`,
      });
      for (const [axis, at] of [['row', choice.cell.row], ['col', choice.cell.col]] as const) touched.add(`${choice.table.id}|${axis}|${at}`);
    }
    stuck = release === before;
  }
}

function why(choice: Candidate, f: MaskedCellAudit): string {
  if (choice.line === 'row') return f.row === 'total' ? 'from the column totals and the grand total' : 'from the other figures of its row and the row total';
  if (choice.line === 'column') return f.col === 'total' ? 'from the row totals and the grand total' : 'from the other figures of its column and the column total';
  return 'by combining other published figures';
}

async function bounds(releases: readonly Release[], extra: readonly PublishedCell[], atoms: readonly string[], truth: AtomValues): Promise<Bounds> {
  const own: Release = { id: '\u0000own', title: 'this figure', tables: [{ id: 'own', title: 'own', policy: { kind: 'headline', mode: 'exact' }, rowLabels: [], colLabels: [], cells: extra }] };
  const result = await attackerBounds(collectConstraints([...releases, own]), [atoms], truth);
  return result.bounds.get(atomKey(atoms)) ?? { min: 0, max: null };
}

const minimum = async (...args: Parameters<typeof bounds>): Promise<number> => (await bounds(...args)).min;

/** The candidate as if every figure were hidden (the most any suppression could achieve). */
function suppressAll(release: Release): Release {
  return {
    ...release,
    id: `${release.id}\u0000all-hidden`,
    tables: release.tables.map((t) => ({ ...t, cells: t.cells.map((c) => (isMasked(c.value) ? c : { ...c, value: suppressedValue(t.policy) })) })),
  };
}

function locate(release: Release, history: readonly Release[], f: MaskedCellAudit): PublishedCell | undefined {
  const from = f.releaseId === release.id ? release : history.find((r) => r.id === f.releaseId);
  return from?.tables.find((t) => t.id === f.tableId)?.cells.find((c) => c.row === f.row && c.col === f.col);
}

function withCell(release: Release, tableIndex: number, cellIndex: number, cell: PublishedCell): Release {
  return {
    ...release,
    tables: release.tables.map((t, i) => (i === tableIndex ? { ...t, cells: t.cells.map((c, j) => (j === cellIndex ? cell : c)) } : t)),
  };
}

/** How many of the preferred candidates are tried for whether hiding them alone is enough. */
const TRIALS = 12;

async function chooseComplement(
  state: { release: Release; history: readonly Release[]; truth: AtomValues },
  f: MaskedCellAudit,
  fCell: PublishedCell,
): Promise<Candidate | undefined> {
  const { release, history, truth } = state;
  const fAtoms = new Set(fCell.atoms);
  const own = f.releaseId === release.id;
  const candidates: Candidate[] = [];
  // Only figures linked to the uncovered cell through published sums can help; hiding one
  // from an unrelated family of atoms (another table of other units) protects nothing.
  const linked = new Set((connectedParts(collectConstraints([...history, release])).find((part) => part.some((c) => c.atoms.some((a) => fAtoms.has(a)))) ?? []).flatMap((c) => c.atoms));
  release.tables.forEach((table, tableIndex) => {
    table.cells.forEach((cell, cellIndex) => {
      if (isMasked(cell.value) || !cell.atoms.some((a) => linked.has(a))) return;
      // "x" tells readers the figure is at least the threshold: a smaller figure (shown because
      // earlier releases already determine it) cannot be hidden that way without publishing a falsehood.
      if (trueValue(cell.atoms, truth) < readerInterval(suppressedValue(table.policy)).lo) return;
      const sameTable = own && table.id === f.tableId;
      const line = !sameTable ? null : cell.row === f.row ? 'row' : cell.col === f.col ? 'column' : null;
      const overlaps = cell.atoms.some((a) => fAtoms.has(a));
      const tier = line !== null ? 0 : sameTable ? 1 : overlaps ? 2 : 3;
      const closesRectangle = line === null ? false : hasMaskedOnOtherLine(table, cell, line);
      const score = [tier, closesRectangle ? 0 : 1, tableIndex, cellIndex];
      candidates.push({ tableIndex, cellIndex, table, cell, score, line });
    });
  });
  candidates.sort((a, b) => compareScores(a.score, b.score));
  // Prefer the first candidate that is enough on its own; otherwise the most preferred one.
  for (const c of candidates.slice(0, TRIALS)) {
    const trial = withCell(release, c.tableIndex, c.cellIndex, { ...c.cell, value: suppressedValue(c.table.policy) });
    if (readerCannotTell(await bounds([...history, trial], [], fCell.atoms, truth))) return c;
  }
  return candidates[0];
}

function hasMaskedOnOtherLine(table: PublishedTable, cell: PublishedCell, line: 'row' | 'column'): boolean {
  const same = (c: PublishedCell): boolean => (line === 'row' ? c.col === cell.col : c.row === cell.row);
  return table.cells.some((c) => c !== cell && same(c) && isMasked(c.value));
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

function mergeFor(release: Release, f: MaskedCellAudit, truth: AtomValues): { release: Release; change: ReleaseChange } | undefined {
  if (f.releaseId !== release.id) return undefined;
  const tableIndex = release.tables.findIndex((t) => t.id === f.tableId);
  const table = release.tables[tableIndex];
  if (table === undefined || table.policy.kind !== 'breakdown') return undefined;
  const option = mergeOptions(table, f)[0];
  if (option === undefined) return undefined;
  const labels = option.axis === 'row' ? table.rowLabels : table.colLabels;
  const a = labels[option.first] ?? '';
  const b = labels[option.second] ?? '';
  const merged = mergeCategories(table, option, truth);
  const kind = option.axis === 'row' ? 'rows' : 'columns';
  return {
    release: { ...release, tables: release.tables.map((t, i) => (i === tableIndex ? merged : t)) },
    change: {
      kind: 'merged',
      tableId: table.id,
      subject: `${a} + ${b}`,
      protects: f.label,
      explanation: `Merged the ${kind} "${a}" and "${b}" of "${table.title}" because "${f.label}" could be proven to be at least ${f.attackerMin} even with every other figure hidden.`,
    },
  };
}
