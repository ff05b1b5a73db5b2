// Markdown ready to paste into a documentation repository. Authored sections are the chair's
// Markdown, included as written; generated text is escaped for table cells.
import { MASKING_EXPLANATION, FIGURE_COLUMNS, statisticsHistory } from './statistics-table';
import type { PublicPublication, PublicTable } from '../model';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function tableMarkdown(t: PublicTable): string {
  const header = ['', ...t.columns];
  const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
  for (const row of t.rows) {
    const values = t.columns.map((col) => t.cells.find((c) => c.row === row && c.column === col)?.display ?? '');
    lines.push(`| ${[row, ...values].map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}

export function statisticsMarkdown(args: { organisation: string; stats: readonly PublicPublication[]; k: number }): string {
  const rows = statisticsHistory(args.stats);
  const out = [`# ${args.organisation}: Code of Conduct statistics`, '', 'Figures for each half-year, counted by the date each report was received. Newest first.', ''];
  if (rows.length === 0) {
    out.push('No statistics have been published yet.');
    return `${out.join('\n')}\n`;
  }
  const header = ['Period', ...FIGURE_COLUMNS.map((c) => c.label)];
  out.push(`| ${header.map(cell).join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const r of rows) {
    const period = r.version > 1 ? `${r.period} (corrected, version ${r.version})` : r.period;
    out.push(`| ${[period, ...FIGURE_COLUMNS.map((c) => r.figures[c.key]?.display ?? '')].map(cell).join(' | ')} |`);
  }
  out.push('', MASKING_EXPLANATION(args.k), '', '## What each column counts', '');
  for (const c of FIGURE_COLUMNS) out.push(`- **${c.label}**: ${c.definition}`);
  const notes = rows.filter((r) => r.note);
  if (notes.length > 0) {
    out.push('', '## Notes', '');
    for (const r of notes) out.push(`- ${r.period}: ${cell(r.note ?? '')}`);
  }
  return `${out.join('\n')}\n`;
}

export function annualMarkdown(args: { organisation: string; report: PublicPublication; k: number }): string {
  const r = args.report;
  const out = [`# ${args.organisation}: ${r.title}`, ''];
  if (r.version > 1) out.push(`This is version ${r.version} of the report, a correction of an earlier version.`, '');
  if (r.note) out.push(r.note, '');
  const headline = r.tables[0];
  if (headline) out.push(`## ${headline.title}`, '', tableMarkdown(headline), '');
  for (const t of r.tables.slice(1)) out.push(`## ${t.title}`, '', tableMarkdown(t), '');
  out.push(MASKING_EXPLANATION(args.k), '');
  for (const n of r.notes) out.push(`> ${n}`, '');
  if (r.trend.length > 0) {
    out.push('## Trend', '', 'As published in our half-yearly statistics:', '');
    const periods = [...new Set(r.trend.map((p) => p.period))];
    const labels = [...new Set(r.trend.map((p) => p.label))];
    out.push(`| ${['Period', ...labels].map(cell).join(' | ')} |`, `| ${['---', ...labels.map(() => '---:')].join(' | ')} |`);
    for (const period of periods) {
      out.push(`| ${[period, ...labels.map((l) => r.trend.find((p) => p.period === period && p.label === l)?.display ?? '')].map(cell).join(' | ')} |`);
    }
    out.push('');
  }
  for (const f of r.facts) out.push(`## ${f.title}`, '', f.text, '');
  for (const s of r.authored) {
    if (s.markdown.trim() === '') continue;
    out.push(`## ${s.title}`, '', s.markdown.trim(), '');
  }
  if (r.corrections.length > 0) {
    out.push('## What changed in this version', '');
    for (const c of r.corrections) out.push(`- ${c.table}, ${c.label}: ${c.before} → ${c.after}${c.reason ? ` (${c.reason})` : ''}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
