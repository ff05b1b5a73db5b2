// JSON downloads; the schema is documented in docs/publications-json.md. Every figure carries
// its published text and the interval a reader can infer, never a true hidden value.
import type { FigureKey } from '../../domain/statistics';
import type { PublicCell, PublicPublication, PublicTable } from '../model';
import { FIGURE_COLUMNS, statisticsHistory } from './statistics-table';

export const STATS_SCHEMA = 'candor.statistics/1';
export const ANNUAL_SCHEMA = 'candor.annual-report/1';

const figure = (c: PublicCell | undefined) =>
  c === undefined ? null : { display: c.display, value: c.value, masked: c.masked, min: c.min, max: c.max };

export function statisticsJson(args: { organisation: string; stats: readonly PublicPublication[]; k: number }) {
  return {
    schema: STATS_SCHEMA,
    organisation: args.organisation,
    maskingThreshold: args.k,
    figures: FIGURE_COLUMNS.map((c) => ({ key: c.key, label: c.label, definition: c.definition })),
    periods: statisticsHistory(args.stats).map((r) => ({
      period: r.period,
      version: r.version,
      note: r.note,
      figures: Object.fromEntries(FIGURE_COLUMNS.map((c) => [c.key, figure(r.figures[c.key as FigureKey])])),
    })),
  };
}

export const tableJson = (t: PublicTable) => ({
  id: t.id,
  title: t.title,
  rows: t.rows,
  columns: t.columns,
  cells: t.cells.map((c) => ({ row: c.row, column: c.column, ...figure(c) })),
});

export function annualJson(args: { organisation: string; report: PublicPublication; k: number }) {
  const r = args.report;
  return {
    schema: ANNUAL_SCHEMA,
    organisation: args.organisation,
    year: Number(r.key),
    version: r.version,
    title: r.title,
    note: r.note,
    maskingThreshold: args.k,
    tables: r.tables.map(tableJson),
    notes: r.notes,
    facts: r.facts,
    trend: r.trend,
    sections: r.authored.map((s) => ({ id: s.id, title: s.title, markdown: s.markdown })),
    corrections: r.corrections,
  };
}
