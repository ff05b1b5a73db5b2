import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { publishTable, breakdownPolicy } from '../../privacy/disclosure';
import { assignIds } from '../atoms';
import { publicTable, type PublicPublication } from '../model';
import { atomFeed } from './atom';
import { assertSafeSvg, trendChartSvg } from './chart';
import { statisticsCsv, tableCsv } from './csv';
import { statisticsJson } from './json';
import { annualMarkdown, statisticsMarkdown, tableMarkdown } from './markdown';

const headline = (period: string, reports: number, noAction: number): PublicPublication => ({
  kind: 'stats',
  key: period,
  version: 1,
  title: `Statistics for ${period}`,
  note: null,
  tables: [
    publicTable(
      publishTable(
        { id: 'headline', title: period, rowLabels: ['Reports received', 'No action'], colLabels: [period], atoms: [[['a|' + period]], [['b|' + period]]], margins: false },
        { kind: 'headline', mode: 'masked', k: 3 },
        { ['a|' + period]: reports, ['b|' + period]: noAction },
      ),
    ),
  ],
  corrections: [],
  notes: [],
  facts: [],
  trend: [],
  authored: [],
});

const stats = [headline('2024-H2', 7, 1), headline('2025-H1', 9, 4)];

describe('renderers', () => {
  it('CSV: a header row, then one row per period, newest first, masked figures as published', () => {
    const rows = parse(statisticsCsv(stats)) as string[][];
    expect(rows[0]!.slice(0, 3)).toEqual(['Period', 'Version', 'Reports received']);
    expect(rows.slice(1).map((r) => [r[0], r[2]])).toEqual([['2025-H1', '9'], ['2024-H2', '7']]);
    expect(rows[2]).toContain('<3');
  });

  it('JSON: readers get the interval of a masked figure, never its value', () => {
    const json = statisticsJson({ organisation: 'Org', stats, k: 3 });
    expect(json.periods[1]!.figures.noAction).toEqual({ display: '<3', value: null, masked: true, min: 0, max: 2 });
    expect(JSON.stringify(json)).not.toMatch(/"a\|/);
  });

  it('Markdown: paste-ready tables with definitions; pipes in labels are escaped', () => {
    const md = statisticsMarkdown({ organisation: 'Org', stats, k: 3 });
    expect(md).toContain('| Period | Reports received |');
    expect(md).toContain('| 2025-H1 | 9 |');
    expect(md).toContain('## What each column counts');
    const t = publicTable(publishTable({ id: 't', title: 'T', rowLabels: ['a|b'], colLabels: ['c'], atoms: [[['x']]], margins: true }, breakdownPolicy(3), { x: 1 }));
    expect(tableMarkdown(t)).toContain('| a\\|b | <3 | <3 |');
    expect(tableCsv(t).split('\n')[0]).toBe(',c,Total');
    const report: PublicPublication = { ...stats[0]!, kind: 'annual', key: '2025', title: 'Report', authored: [{ id: 'lessons', title: 'Lessons learned', markdown: 'Be *kind*.' }] };
    expect(annualMarkdown({ organisation: 'Org', report, k: 3 })).toContain('## Lessons learned\n\nBe *kind*.');
  });

  it('Atom: one entry per version, months not days', () => {
    const feed = atomFeed({ organisation: 'O & Co', baseUrl: 'https://example.org', entries: stats.map((p, i) => ({ publication: p, publishedAt: new Date(`2025-0${i + 7}-17T10:11:12Z`), path: '/statistics' })) });
    expect(feed).toContain('<title>O &amp; Co: Code of Conduct statistics and transparency reports</title>');
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed).toContain('<updated>2025-08-01T00:00:00Z</updated>');
    expect(feed).not.toContain('17T10');
  });

  it('charts: SVG rendered without a DOM, with no script, no inline style', async () => {
    const svg = await trendChartSvg(
      [
        { period: '2024-H2', figure: 'reports', label: 'Reports received', value: 7, display: '7' },
        { period: '2025-H1', figure: 'reports', label: 'Reports received', value: 9, display: '9' },
        { period: '2025-H1', figure: 'noAction', label: 'No action', value: null, display: '<3' },
      ],
      'Trend',
    );
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/<script|style="/);
    expect(() => assertSafeSvg('<svg><script>alert(1)</script></svg>')).toThrow();
    expect(() => assertSafeSvg('<svg><rect onload="x()"/></svg>')).toThrow();
  });
});

describe('atom generations', () => {
  it('keeps ids of unchanged atoms and gives changed ones a new generation', () => {
    const published: Record<string, number>[] = [{ a: 1, b: 2 }, { 'b~1': 3 }];
    const ids = assignIds({ a: 1, b: 4, c: 0 }, published);
    expect(Object.fromEntries(ids)).toEqual({ a: 'a', b: 'b~2', c: 'c' });
    expect(Object.fromEntries(assignIds({ b: 3 }, published))).toEqual({ b: 'b~1' });
  });
});
