// Charts: a Vega-Lite spec compiled to Vega and rendered to SVG on the server (no DOM, no
// canvas). The SVG is served as a file and shown with <img>, so the page's CSP needs no inline
// style; the output is checked to hold no script or event handler.
import { compile, type TopLevelSpec } from 'vega-lite';
import { parse, View } from 'vega';
import type { TrendPoint } from '../model';
import { RenderCache } from './render-cache';

export function trendSpec(points: readonly TrendPoint[], title: string): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    width: 560,
    height: 260,
    background: 'white',
    data: { values: points.filter((p) => p.value !== null).map((p) => ({ period: p.period, figure: p.label, value: p.value })) },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'period', type: 'ordinal', title: 'Half-year', sort: 'ascending' },
      y: { field: 'value', type: 'quantitative', title: 'Count' },
      color: { field: 'figure', type: 'nominal', title: null, legend: { orient: 'bottom', columns: 2 } },
    },
    config: { font: 'sans-serif' },
  };
}

export class UnsafeSvgError extends Error {}

export function assertSafeSvg(svg: string): void {
  if (/<script|\son\w+\s*=|javascript:|<foreignObject/i.test(svg)) throw new UnsafeSvgError('chart output contains active content');
}

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    assertSafeSvg(svg);
    return svg;
  } finally {
    view.finalize();
  }
}

/** Trend charts already rendered, by their points and title (a few per release, so 64 is ample). */
export const trendCharts = new RenderCache(64);

export function trendChartSvg(points: readonly TrendPoint[], title: string): Promise<string> {
  return trendCharts.get({ points, title }, () => renderSvg(trendSpec(points, title)));
}
