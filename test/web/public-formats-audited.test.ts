// Every format of the public site publishes exactly the figures the audit saw: the HTML pages,
// the CSV and JSON downloads, the Markdown, the release records, the trend data the charts draw,
// and the feed's links. Each figure is compared with the stored, audited release it comes from,
// so no format can show something the audit never checked.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayText } from '../../src/privacy/disclosure';
import type { PublicationContent } from '../../src/reports/model';
import { createDemoOrganisation } from '../../src/services/demo/create-demo-organisation';
import { draftAnnualReport } from '../../src/services/publications/draft-annual-report';
import { loadPublished } from '../../src/services/publications/store';
import { freshContext } from '../helpers/db';
import { publishApproved } from '../helpers/public-text';
import { appFor, TestClient } from './helpers/client';

/** "release|table|row|column" → display, from the audited releases. */
type Figures = Map<string, string>;

const NOW = new Date('2026-07-15T12:00:00Z');
const decode = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').trim();

/** The tables of an HTML page: caption (or "") → rows of cell texts, header row first. */
function htmlTables(html: string): { caption: string; rows: string[][] }[] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => {
    const body = m[1]!;
    const caption = decode(/<caption>([\s\S]*?)<\/caption>/.exec(body)?.[1] ?? '');
    const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1]!)));
    return { caption, rows };
  });
}

describe('every public format shows the audited figures', () => {
  let site: TestClient;
  let audited: { kind: string; key: string; version: number; content: PublicationContent }[];
  const figures: Figures = new Map();
  const statsFigure = (period: string, label: string) => figures.get(`stats|${period}|headline|${label}|${period}`);

  beforeAll(async () => {
    const ctx = await freshContext({ now: () => NOW });
    await createDemoOrganisation(ctx, { cases: 60 });
    for (const year of [2024, 2025]) {
      const draft = await draftAnnualReport(ctx, { year });
      expect(draft.passes).toBe(true);
      await publishApproved(ctx, draft.id);
    }
    audited = (await loadPublished(ctx)).map((r) => ({ kind: r.kind, key: r.key, version: r.version, content: r.content }));
    for (const r of audited) {
      for (const t of r.content.release.tables) {
        for (const c of t.cells) {
          const row = c.row === 'total' ? 'Total' : t.rowLabels[c.row]!;
          const col = c.col === 'total' ? 'Total' : t.colLabels[c.col]!;
          figures.set(`${r.kind}|${r.key}|${t.id}|${row}|${col}`, displayText(c.value));
        }
      }
    }
    site = new TestClient(appFor(ctx));
  }, 600_000);

  const get = async (path: string) => {
    const res = await site.get(path);
    expect(res.status, path).toBe(200);
    return res.text();
  };

  it('statistics: page, CSV, JSON and Markdown give each period the audited headline of its latest version', async () => {
    const periods = audited.filter((r) => r.kind === 'stats').map((r) => r.key);
    expect(periods.length).toBeGreaterThan(5);
    const labels = ['Reports received', 'People named', 'Still being handled', 'Actions by the working group', 'Actions by local representatives', 'No action', 'Out of scope', 'Not a violation', 'People warned', 'People suspended', 'People banned', 'People with another action', 'People flagged'];
    let compared = 0;

    const csv = parse(await get('/statistics.csv')) as string[][];
    expect(csv[0]).toEqual(['Period', 'Version', ...labels]);
    for (const row of csv.slice(1)) labels.forEach((l, i) => (expect(row[i + 2], `${row[0]} ${l}`).toBe(statsFigure(row[0]!, l)), compared++));

    const json = JSON.parse(await get('/statistics.json')) as { figures: { key: string; label: string }[]; periods: { period: string; figures: Record<string, { display: string }> }[] };
    for (const p of json.periods) for (const f of json.figures) (expect(p.figures[f.key]?.display, `${p.period} ${f.label}`).toBe(statsFigure(p.period, f.label)), compared++);

    const md = (await get('/statistics.md')).split('\n').filter((l) => /^\| \d{4}-H[12]/.test(l));
    for (const line of md) {
      const cells = line.split(' | ').map((c) => c.replace(/^\| |\s\|$/g, ''));
      labels.forEach((l, i) => (expect(cells[i + 1], `${cells[0]} ${l}`).toBe(statsFigure(cells[0]!.slice(0, 7), l)), compared++));
    }

    const page = htmlTables(await get('/statistics')).find((t) => t.rows[0]?.[0] === 'Period')!;
    expect(page.rows[0]!.slice(1)).toEqual(labels);
    for (const row of page.rows.slice(1)) labels.forEach((l, i) => (expect(row[i + 1], `${row[0]} ${l}`).toBe(statsFigure(row[0]!.slice(0, 7), l)), compared++));

    for (const period of periods) {
      const version = htmlTables(await get(`/statistics/${period}/v1`)).find((t) => t.rows.some((r) => r[0] === 'Reports received'));
      for (const row of version?.rows.slice(1) ?? []) (expect(row[1], `${period} v1 ${row[0]}`).toBe(statsFigure(period, row[0]!)), compared++);
    }
    expect(compared).toBeGreaterThan(periods.length * labels.length * 4);
  });

  it('annual reports: page, report JSON and Markdown, each table as CSV and JSON, and the release records', async () => {
    let compared = 0;
    for (const r of audited.filter((x) => x.kind === 'annual')) {
      const check = (table: string, row: string, column: string, shown: string | undefined) => {
        expect(shown, `${r.key} ${table} ${row} × ${column}`).toBe(figures.get(`annual|${r.key}|${table}|${row}|${column}`));
        compared++;
      };
      const report = JSON.parse(await get(`/reports/${r.key}/report.json`)) as { tables: { id: string; title: string; rows: string[]; columns: string[]; cells: { row: string; column: string; display: string }[] }[] };
      const record = JSON.parse(await get(`/publications/releases/annual-${r.key}-v1.json`)) as typeof report;
      const page = htmlTables(await get(`/reports/${r.key}`));
      const md = await get(`/reports/${r.key}/report.md`);
      expect(report.tables.map((t) => t.id)).toEqual(r.content.release.tables.map((t) => t.id));
      for (const t of report.tables) {
        for (const c of t.cells) check(t.id, c.row, c.column, c.display);
        for (const c of record.tables.find((x) => x.id === t.id)!.cells) check(t.id, c.row, c.column, c.display);
        const single = JSON.parse(await get(`/reports/${r.key}/tables/${t.id}.json`)) as typeof t;
        for (const c of single.cells) check(t.id, c.row, c.column, c.display);
        const csv = parse(await get(`/reports/${r.key}/tables/${t.id}.csv`)) as string[][];
        for (const row of csv.slice(1)) csv[0]!.slice(1).forEach((col, i) => check(t.id, row[0]!, col, row[i + 1]));
        const html = page.find((p) => p.caption === t.title)!;
        expect(html, `${r.key} page table ${t.title}`).toBeDefined();
        for (const row of html.rows.slice(1)) html.rows[0]!.slice(1).forEach((col, i) => check(t.id, row[0]!, col, row[i + 1]));
        const section = md.split(`## ${t.title}\n`)[1]!.split('\n\n')[1]!.split('\n');
        const header = section[0]!.split(' | ').slice(1).map((c) => c.replace(/ \|$/, ''));
        for (const line of section.slice(2)) {
          const cells = line.replace(/^\| /, '').replace(/ \|$/, '').split(' | ');
          header.forEach((col, i) => check(t.id, cells[0]!, col, cells[i + 1]!.replace(/\\\|/g, '|')));
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('the trend the charts draw and the feed are the published half-year figures and versions', async () => {
    const labelOf: Record<string, string> = { reports: 'Reports received', actionsWorkingGroup: 'Actions by the working group', actionsLocal: 'Actions by local representatives', noAction: 'No action', outOfScope: 'Out of scope', notViolation: 'Not a violation' };
    let compared = 0;
    for (const year of ['2024', '2025']) {
      const report = JSON.parse(await get(`/reports/${year}/report.json`)) as { trend: { period: string; figure: string; display: string; value: number | null }[] };
      expect(report.trend.length).toBeGreaterThan(0);
      for (const p of report.trend) {
        const audited = statsFigure(p.period, labelOf[p.figure] ?? p.figure);
        expect(p.display, `${year} trend ${p.period} ${p.figure}`).toBe(audited ?? '—');
        if (p.value !== null) expect(String(p.value)).toBe(audited);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
    const feed = await get('/feed.atom');
    const links = [...feed.matchAll(/href="[^"]*?(\/(?:statistics|reports)\/[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links.length).toBe(audited.length);
    for (const link of links) expect((await site.get(link)).status, link).toBe(200);
    // No figure appears in the feed: only titles, dates and links.
    expect(feed).not.toMatch(/<3|>x</);
  });
});
