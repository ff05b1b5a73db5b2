// The statistics history as one table: one row per published half-year (its latest version),
// newest first; one column per figure. Shared by every renderer so they always agree.
import { FIGURE_DEFINITIONS, FIGURE_KEYS, type FigureKey } from '../../domain/statistics';
import { cellOf, FIGURE_LABELS, type PublicCell, type PublicPublication } from '../model';

export interface HistoryRow {
  readonly period: string;
  readonly version: number;
  readonly note: string | null;
  readonly figures: Readonly<Record<FigureKey, PublicCell | undefined>>;
}

export function latestVersions(pubs: readonly PublicPublication[]): PublicPublication[] {
  const latest = new Map<string, PublicPublication>();
  for (const p of pubs) {
    const seen = latest.get(p.key);
    if (!seen || seen.version < p.version) latest.set(p.key, p);
  }
  return [...latest.values()].sort((a, b) => b.key.localeCompare(a.key));
}

export function statisticsHistory(stats: readonly PublicPublication[]): HistoryRow[] {
  return latestVersions(stats.filter((p) => p.kind === 'stats')).map((p) => {
    const t = p.tables[0];
    const figures = Object.fromEntries(FIGURE_KEYS.map((k) => [k, t ? cellOf(t, FIGURE_LABELS[k], p.key) : undefined])) as Record<FigureKey, PublicCell | undefined>;
    return { period: p.key, version: p.version, note: p.note, figures };
  });
}

export const FIGURE_COLUMNS = FIGURE_KEYS.map((key) => ({ key, label: FIGURE_LABELS[key], definition: FIGURE_DEFINITIONS[key] }));

export const MASKING_EXPLANATION = (k: number): string =>
  `A figure shown as "<${k}" is smaller than ${k}, possibly zero; "<5" in rounded figures likewise. A figure shown as "x" is hidden so that a small figure elsewhere cannot be worked out from totals; it is not small itself. Rounded figures are given to the nearest 5.`;
