// What a reader can prove from published output alone, written from the reader's side and
// independent of how Candor builds its own audit (constraints.ts, src/reports/atoms.ts).
//
// The reader has: every published release version as it is served (table ids, row and column
// labels, the displayed text of every figure), and the public methods text (what "<k", "x" and
// rounded figures mean, what each headline figure counts). From that alone the reader sets up
// one system of linear constraints over non-negative integers:
//
// - unknowns are the finest breakdown any published table implies: per half-year, resolved
//   reports by outcome × space row × violation row (when a year has an annual report; the
//   headline alone gives only outcome totals), reports still being handled, people named by
//   consequence × flagged; per year, resolved reports by channel; review tables' rows;
// - each published figure bounds a sum of unknowns by the interval its display allows;
// - every version of every release describes the same data (a reader cannot tell which
//   unknowns a correction changed; when that assumption is contradicted, the caller analyses
//   each version on its own).
//
// Row labels merged by complementary protection ("A / B") are split into their parts when
// every part is a row the reader has seen on its own.
// Everything here is pure; the caller solves the system (solver.ts).

/** One figure as served: the row and column labels, the displayed text. */
export interface ReaderCell {
  readonly row: string;
  readonly column: string;
  readonly display: string;
}

export interface ReaderTable {
  readonly id: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly cells: readonly ReaderCell[];
}

/** One published release version as a reader downloads it (release record or JSON download). */
export interface ReaderRelease {
  readonly kind: 'stats' | 'annual';
  /** "2025-H1" or "2025". */
  readonly key: string;
  readonly version: number;
  readonly tables: readonly ReaderTable[];
}

/** The small-count rules as the public methods section states them. */
export interface PublicRules {
  /** Breakdown tables: "<k" is 0..k-1, "x" is at least k. */
  readonly k: number;
  /** Headline figures: exact, or rounded to the nearest `base` with "<base" for 0..base-1. */
  readonly headline: { readonly kind: 'exact' } | { readonly kind: 'rounded'; readonly base: number };
}

export interface Interval {
  readonly lo: number;
  /** null: unbounded. */
  readonly hi: number | null;
}

const HEADLINE_TABLE = 'headline';

/**
 * What a displayed figure tells the reader, by the public rules. Throws on a display the rules
 * do not explain (the reader would notice it too).
 */
export function intervalOfDisplay(display: string, rules: PublicRules, headline: boolean): Interval {
  const rounded = headline && rules.headline.kind === 'rounded' ? rules.headline.base : null;
  const threshold = rounded ?? rules.k;
  if (display === 'x') return { lo: threshold, hi: null };
  const small = /^<(\d+)$/.exec(display);
  if (small) {
    const below = Number(small[1]);
    if (below !== threshold) throw new Error(`"${display}" does not match the published rule "<${threshold}"`);
    return { lo: 0, hi: below - 1 };
  }
  if (!/^\d+$/.test(display)) throw new Error(`"${display}" is not a figure the published rules explain`);
  const value = Number(display);
  if (rounded === null) return { lo: value, hi: value };
  // Rounded half up to a multiple of the base; figures below the base are shown as "<base".
  return { lo: Math.max(rounded, Math.ceil(value - rounded / 2)), hi: Math.ceil(value + rounded / 2) - 1 };
}


// --- what each published figure counts, by the public definitions ---------------------------

/** The outcome columns of the annual tables, and the headline figure counting each. */
export const OUTCOMES: readonly { readonly column: string; readonly headline: string }[] = [
  { column: 'Action by the working group', headline: 'Actions by the working group' },
  { column: 'Action by local representatives', headline: 'Actions by local representatives' },
  { column: 'No action', headline: 'No action' },
  { column: 'Out of scope', headline: 'Out of scope' },
  { column: 'Not a violation', headline: 'Not a violation' },
];

const CONSEQUENCES = ['warned', 'suspended', 'banned', 'other', 'none'] as const;
const PEOPLE_FIGURES: Readonly<Record<string, (cls: string, flagged: boolean) => boolean>> = {
  'People named': () => true,
  'People warned': (cls) => cls === 'warned',
  'People suspended': (cls) => cls === 'suspended',
  'People banned': (cls) => cls === 'banned',
  'People with another action': (cls) => cls === 'other',
  // People named in reports still being handled have no consequence yet and are not flagged.
  'People flagged': (cls, flagged) => cls !== 'ongoing' && flagged,
};

const SPACE_TABLE = 'space-outcome';
const VIOLATION_TABLE = 'violation-outcome';
const CHANNEL_TABLE = 'by-channel';
const TOTAL = 'Total';

export interface ReaderConstraint {
  /** Distinct unknowns whose sum the figure is. */
  readonly vars: readonly string[];
  readonly lo: number;
  readonly hi: number | null;
  /** "annual 2025 v1 › space-outcome › Online spaces × No action". */
  readonly source: string;
}

export interface ReaderTarget {
  readonly source: string;
  readonly display: string;
  readonly vars: readonly string[];
}

export interface ReaderSystem {
  readonly constraints: readonly ReaderConstraint[];
  /** Every primary-masked figure ("<k"), the cells the reader tries to uncover. */
  readonly targets: readonly ReaderTarget[];
  /** Figures shown as "x", whose bounds a reader may also compute. */
  readonly complements: readonly ReaderTarget[];
  /** Tables the reader has no model for (their figures are not linked to anything). */
  readonly unmodelled: readonly string[];
}

const halvesOf = (year: string): string[] => [`${year}-H1`, `${year}-H2`];
const yearOf = (release: ReaderRelease): string => release.key.slice(0, 4);

/**
 * Splits a row label merged by protection ("A / B") into rows seen on their own; any other
 * label is itself.
 */
export function rowParts(label: string, known: ReadonlySet<string>): string[] {
  if (known.has(label)) return [label];
  const parts = label.split(' / ');
  if (parts.length > 1) {
    // A merged row may itself join a merged row; try every split point, leftmost first.
    for (let i = 1; i < parts.length; i++) {
      const left = parts.slice(0, i).join(' / ');
      const right = parts.slice(i).join(' / ');
      const l = rowParts(left, known);
      const r = rowParts(right, known);
      if (l.every((p) => known.has(p)) && r.every((p) => known.has(p))) return [...l, ...r];
    }
  }
  return [label];
}

/** The reader's system over a set of releases, all assumed to describe the same data. */
export function readerSystem(releases: readonly ReaderRelease[], rules: PublicRules): ReaderSystem {
  const constraints: ReaderConstraint[] = [];
  const targets: ReaderTarget[] = [];
  const complements: ReaderTarget[] = [];
  const unmodelled: string[] = [];

  // Rows seen unmerged, by dimension: the reader learns the fixed row set from every table.
  const seenRows = { space: new Set<string>(), violation: new Set<string>() };
  const allRows = { space: new Set<string>(), violation: new Set<string>() };
  for (const r of releases) {
    for (const t of r.tables) {
      const dim = t.id === SPACE_TABLE ? 'space' : t.id === VIOLATION_TABLE ? 'violation' : null;
      if (!dim) continue;
      for (const row of t.rows) if (row !== TOTAL) allRows[dim].add(row);
    }
  }
  for (const dim of ['space', 'violation'] as const) {
    for (const row of allRows[dim]) if (!row.includes(' / ')) seenRows[dim].add(row);
    for (const row of allRows[dim]) for (const p of rowParts(row, seenRows[dim])) seenRows[dim].add(p);
  }

  // Rows the reader sees come and go between years were shown only when something happened
  // in them (older code did that): a present row then proves its reports (resolved, or still
  // being handled, which no breakdown shows) are at least one, and an absent row proves none
  // were resolved. With a fixed row set every row is in every year and nothing follows.
  const presentIn = (t: ReaderTable, dim: 'space' | 'violation'): Set<string> =>
    new Set(t.rows.filter((r) => r !== TOTAL).flatMap((r) => rowParts(r, seenRows[dim])));
  const conditional = { space: new Set<string>(), violation: new Set<string>() };
  for (const dim of ['space', 'violation'] as const) {
    const tables = releases.filter((r) => r.kind === 'annual').flatMap((r) => r.tables.filter((t) => t.id === (dim === 'space' ? SPACE_TABLE : VIOLATION_TABLE)));
    for (const row of seenRows[dim]) if (tables.some((t) => !presentIn(t, dim).has(row))) conditional[dim].add(row);
  }

  // The grid of each half-year: fine when the year has an annual report, else outcome totals.
  const yearsWithAnnual = new Set(releases.filter((r) => r.kind === 'annual').map(yearOf));
  const caseVars = (half: string, outcome: string | null, space: readonly string[] | null, violation: readonly string[] | null): string[] => {
    const outcomes = outcome === null ? OUTCOMES.map((o) => o.column) : [outcome];
    if (!yearsWithAnnual.has(half.slice(0, 4))) {
      if (space !== null || violation !== null) throw new Error('a breakdown without an annual report');
      return outcomes.map((o) => `case|${half}|${o}`);
    }
    const spaces = space ?? [...seenRows.space];
    const violations = violation ?? [...seenRows.violation];
    return outcomes.flatMap((o) => spaces.flatMap((s) => violations.map((v) => `case|${half}|${o}|${s}|${v}`)));
  };
  const peopleVars = (half: string, figure: (cls: string, flagged: boolean) => boolean): string[] => [
    ...(figure('ongoing', false) ? [`person|${half}|ongoing`] : []),
    ...CONSEQUENCES.flatMap((cls) => [false, true].filter((f) => figure(cls, f)).map((f) => `person|${half}|${cls}|${f ? 'flagged' : 'unflagged'}`)),
  ];

  const add = (source: string, display: string, vars: readonly string[], headline: boolean): void => {
    const interval = intervalOfDisplay(display, rules, headline);
    const distinct = [...new Set(vars)].sort();
    constraints.push({ vars: distinct, lo: interval.lo, hi: interval.hi, source });
    if (display === 'x') complements.push({ source, display, vars: distinct });
    else if (display.startsWith('<')) targets.push({ source, display, vars: distinct });
  };

  for (const release of releases) {
    const name = `${release.kind} ${release.key} v${release.version}`;
    const halves = release.kind === 'stats' ? [release.key] : halvesOf(release.key);
    for (const table of release.tables) {
      const where = (c: ReaderCell): string => `${name} › ${table.id} › ${table.columns.length === 1 ? c.row : `${c.row} × ${c.column}`}`;
      if (table.id === HEADLINE_TABLE) {
        for (const c of table.cells) {
          const vars = headlineVars(c.row, halves, caseVars, peopleVars);
          if (vars === undefined) throw new Error(`No public definition for the headline figure "${c.row}"`);
          add(where(c), c.display, vars, true);
        }
      } else if (table.id === SPACE_TABLE || table.id === VIOLATION_TABLE) {
        const dim = table.id === SPACE_TABLE ? 'space' : 'violation';
        const present = presentIn(table, dim);
        const rowVars = (row: string): string[] => halves.flatMap((h) => caseVars(h, null, dim === 'space' ? [row] : null, dim === 'violation' ? [row] : null));
        for (const row of conditional[dim]) {
          if (present.has(row)) {
            constraints.push({ vars: [...rowVars(row), ...halves.map((h) => `ongoing|${h}`)].sort(), lo: 1, hi: null, source: `${name} › ${table.id} › ${row} (row shown)` });
          } else {
            constraints.push({ vars: rowVars(row).sort(), lo: 0, hi: 0, source: `${name} › ${table.id} › ${row} (row not shown)` });
          }
        }
        for (const c of table.cells) {
          const rows = c.row === TOTAL ? null : rowParts(c.row, seenRows[dim]);
          const outcome = c.column === TOTAL ? null : c.column;
          if (outcome !== null && !OUTCOMES.some((o) => o.column === outcome)) throw new Error(`Unknown outcome column "${outcome}"`);
          const vars = halves.flatMap((h) => caseVars(h, outcome, dim === 'space' ? rows : null, dim === 'violation' ? rows : null));
          add(where(c), c.display, vars, false);
        }
      } else if (table.columns.length === 1 && table.rows.length >= 2) {
        // One-way tables whose last row is the total ("All resolved reports", "All requests").
        const totalRow = table.rows[table.rows.length - 1]!;
        const parts = table.rows.slice(0, -1);
        for (const c of table.cells) {
          const own = (row: string): string => `${table.id}|${release.key}|${row}`;
          if (c.row !== totalRow) {
            add(where(c), c.display, [own(c.row)], false);
            continue;
          }
          add(where(c), c.display, parts.map(own), false);
          // Every resolved report reached us one way: the channel total is also the year's
          // resolved reports. (Sums with unit weights cannot say "channels = outcomes"; the two
          // families are linked through the total's interval, exact whenever the total is shown.)
          if (table.id === CHANNEL_TABLE) {
            const i = intervalOfDisplay(c.display, rules, false);
            constraints.push({ vars: [...new Set(halves.flatMap((h) => caseVars(h, null, null, null)))].sort(), lo: i.lo, hi: i.hi, source: `${where(c)} (resolved reports)` });
          }
        }
      } else {
        unmodelled.push(`${name} › ${table.id}`);
      }
    }
  }
  return { constraints, targets, complements, unmodelled };
}

function headlineVars(
  label: string,
  halves: readonly string[],
  caseVars: (half: string, outcome: string | null, space: null, violation: null) => string[],
  peopleVars: (half: string, figure: (cls: string, flagged: boolean) => boolean) => string[],
): string[] | undefined {
  if (label === 'Reports received') return halves.flatMap((h) => [...caseVars(h, null, null, null), `ongoing|${h}`]);
  if (label === 'Still being handled') return halves.map((h) => `ongoing|${h}`);
  const outcome = OUTCOMES.find((o) => o.headline === label);
  if (outcome) return halves.flatMap((h) => caseVars(h, outcome.column, null, null));
  const people = PEOPLE_FIGURES[label];
  if (people) return halves.flatMap((h) => peopleVars(h, people));
  return undefined;
}
