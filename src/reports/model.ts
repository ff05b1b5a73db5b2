// What a publication row stores (publications.content) and what the public may see of it.
// Stored content carries the true atom values and the protection log for later audits and
// for the chair; `publicView` is the only door from stored content to any public renderer.
import type { FigureKey } from '../domain/statistics';
import { displayText, readerInterval, type PublishedTable, type Release, type ReleaseChange } from '../privacy/disclosure';

export const FIGURE_LABELS: Record<FigureKey, string> = {
  reports: 'Reports received',
  peopleNamed: 'People named',
  ongoing: 'Still being handled',
  actionsWorkingGroup: 'Actions by the working group',
  actionsLocal: 'Actions by local representatives',
  noAction: 'No action',
  outOfScope: 'Out of scope',
  notViolation: 'Not a violation',
  warned: 'People warned',
  suspended: 'People suspended',
  banned: 'People banned',
  other: 'People with another action',
  flagged: 'People flagged',
};

export interface Protection {
  readonly passes: boolean;
  readonly problems: readonly string[];
  readonly changes: readonly ReleaseChange[];
  /** Cells shown as they are because earlier releases already determine them. */
  readonly alreadyPublic?: readonly string[];
  /** Tables left out because no protection made them safe (annual reports), one line each. */
  readonly withheld?: readonly string[];
}

/** A figure whose published text differs from the previous version's. */
export interface Correction {
  readonly table: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
  /** Why a figure the previous version showed exactly is hidden now (see `HIDDEN_IN_CORRECTION`). */
  readonly reason?: string;
}

/**
 * A correction shows again every figure earlier versions made public that it did not change
 * (services/publications/prepare-draft.ts); a figure it did change can still have to be hidden,
 * and then the release says so rather than leaving a bare "x" where a number was.
 */
export const HIDDEN_IN_CORRECTION =
  'the corrected figure is hidden: shown beside the other corrected figures it would let a small figure be worked out. The earlier version\'s figure stays public, but it is no longer correct.';

export interface StatsContent {
  readonly schema: 'candor.stats/1';
  readonly period: string;
  readonly release: Release;
  /** True values of the release's atoms (internal; never rendered). */
  readonly truth: Readonly<Record<string, number>>;
  readonly protection: Protection;
  readonly corrections: readonly Correction[];
}

export const AUTHORED_SECTIONS = ['trends', 'lessons', 'improvements', 'membership', 'procedures'] as const;
export type AuthoredSection = (typeof AUTHORED_SECTIONS)[number];
export const AUTHORED_TITLES: Record<AuthoredSection, string> = {
  trends: 'Trends we observed',
  lessons: 'Lessons learned',
  improvements: 'Process improvements',
  membership: 'Changes in membership',
  procedures: 'Changes in procedures',
};

/** A generated statement that is not a table cell (medians, counts of rare events). */
export interface Fact {
  readonly id: string;
  readonly title: string;
  /** One or two sentences, already safe to publish. */
  readonly text: string;
}

/** One point of a trend series, as published (masked values have no number). */
export interface TrendPoint {
  readonly period: string;
  readonly figure: FigureKey;
  readonly label: string;
  readonly value: number | null;
  readonly display: string;
}

export interface AnnualContent {
  readonly schema: 'candor.annual/1';
  readonly year: number;
  readonly release: Release;
  readonly truth: Readonly<Record<string, number>>;
  readonly protection: Protection;
  readonly corrections: readonly Correction[];
  /** Notes shown under tables (e.g. why a table is not published this year). */
  readonly notes: readonly string[];
  readonly facts: readonly Fact[];
  readonly trend: readonly TrendPoint[];
  readonly authored: Readonly<Record<AuthoredSection, string>>;
}

export type PublicationContent = StatsContent | AnnualContent;

/** What a public read loads of a publication: everything but the true values and the protection log. */
export type PublishedContent = Omit<StatsContent, 'truth' | 'protection'> | Omit<AnnualContent, 'truth' | 'protection'>;

// --- the public view ------------------------------------------------------------------------

export interface PublicCell {
  readonly row: string;
  readonly column: string;
  /** What readers see: "12", "<3", "x". */
  readonly display: string;
  /** The number when it is shown exactly or rounded; null when masked. */
  readonly value: number | null;
  readonly masked: boolean;
  /** Smallest and largest value consistent with what is shown (null: no upper bound). */
  readonly min: number;
  readonly max: number | null;
}

export interface PublicTable {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  /** rows × columns, margins included as "Total". */
  readonly cells: readonly PublicCell[];
}

export interface PublicPublication {
  readonly kind: 'stats' | 'annual';
  readonly key: string;
  readonly version: number;
  readonly title: string;
  readonly note: string | null;
  readonly tables: readonly PublicTable[];
  readonly corrections: readonly Correction[];
  readonly notes: readonly string[];
  readonly facts: readonly Fact[];
  readonly trend: readonly TrendPoint[];
  readonly authored: readonly { readonly id: AuthoredSection; readonly title: string; readonly markdown: string }[];
}

export function publicTable(t: PublishedTable): PublicTable {
  const name = (labels: readonly string[], at: number | 'total'): string => (at === 'total' ? 'Total' : (labels[at] ?? ''));
  const rows = [...t.rowLabels, ...(t.cells.some((c) => c.row === 'total') ? ['Total'] : [])];
  const columns = [...t.colLabels, ...(t.cells.some((c) => c.col === 'total') ? ['Total'] : [])];
  const cells = t.cells.map((c): PublicCell => {
    const interval = readerInterval(c.value);
    const shown = c.value.kind === 'exact' || c.value.kind === 'rounded' ? c.value.value : null;
    return {
      row: name(t.rowLabels, c.row),
      column: name(t.colLabels, c.col),
      display: displayText(c.value),
      value: shown,
      masked: shown === null,
      min: interval.lo,
      max: interval.hi,
    };
  });
  return { id: t.id, title: t.title, rows, columns, cells };
}

export function cellOf(t: PublicTable, row: string, column: string): PublicCell | undefined {
  return t.cells.find((c) => c.row === row && c.column === column);
}

/** Everything the public may see of a publication; never the true values or the protection log. */
export function publicView(row: { kind: string; key: string; version: number; note: string | null; content: PublishedContent }): PublicPublication {
  const c = row.content;
  const annual = c.schema === 'candor.annual/1' ? c : null;
  return {
    kind: annual ? 'annual' : 'stats',
    key: row.key,
    version: row.version,
    title: c.release.title,
    note: row.note,
    tables: c.release.tables.map(publicTable),
    corrections: c.corrections,
    notes: annual?.notes ?? [],
    facts: annual?.facts ?? [],
    trend: annual?.trend ?? [],
    authored: annual ? AUTHORED_SECTIONS.map((id) => ({ id, title: AUTHORED_TITLES[id], markdown: annual.authored[id] })) : [],
  };
}

/** Figures whose published text changed between two versions of a release. */
export function correctionsBetween(before: Release | undefined, after: Release): Correction[] {
  if (before === undefined) return [];
  const out: Correction[] = [];
  for (const t of after.tables) {
    const old = before.tables.find((b) => b.id === t.id);
    const now = publicTable(t);
    const was = old ? publicTable(old) : undefined;
    for (const cell of now.cells) {
      const prev = was ? cellOf(was, cell.row, cell.column) : undefined;
      const before = prev?.display ?? '—';
      if (before !== cell.display) {
        const hidden = prev !== undefined && !prev.masked && cell.masked;
        out.push({ table: t.title, label: now.columns.length === 1 ? cell.row : `${cell.row} × ${cell.column}`, before, after: cell.display, ...(hidden ? { reason: HIDDEN_IN_CORRECTION } : {}) });
      }
    }
  }
  return out;
}
