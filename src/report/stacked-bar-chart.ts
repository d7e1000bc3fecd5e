import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { bandLabels, leftAxis, plotArea, px, svgChart, type ChartFrame } from './chart-frame.js';
import { escapeHtml } from './escape-html.js';
import { seriesColours } from './palette.js';

/** One stacked series: a key, its legend name and a value per category. */
export interface StackSeries {
  /** A stable key. */
  readonly key: string;
  /** The name shown in the legend. */
  readonly name: string;
  /** One value per category (negative values are drawn as zero). */
  readonly values: readonly number[];
}

/** Options of {@link stackedBarChart}. */
export interface StackedBarOptions {
  /** The SVG id, also `data-chart`. */
  readonly id: string;
  /** The accessible title. */
  readonly title: string;
  /** Formats the value axis's ticks. */
  readonly tickFormat: (v: number) => string;
}

/**
 * Vertical bars per category with one segment per series, stacked with d3-shape's `stack` on
 * a band scale and a linear scale; a legend names the series. One mark per series per category.
 */
export function stackedBarChart(categories: readonly string[], series: readonly StackSeries[], o: StackedBarOptions): string {
  const legendRows = Math.ceil(series.length / 3);
  const frame: ChartFrame = { width: 720, height: 300 + legendRows * 20, margin: { top: 12 + legendRows * 20, right: 12, bottom: 40, left: 84 } };
  const { x0, x1, y0, y1 } = plotArea(frame);
  const rows = categories.map((_, i) => Object.fromEntries(series.map((s) => [s.key, Math.max(0, s.values[i] ?? 0)])) as Record<string, number>);
  const layers = stack<Record<string, number>>().keys(series.map((s) => s.key))(rows);
  const top = max(layers.at(-1) ?? [], (d) => d[1]) ?? 0;
  const x = scaleBand<string>().domain(categories).range([x0, x1]).padding(0.2);
  const y = scaleLinear().domain([0, top > 0 ? top : 1]).nice().range([y1, y0]);
  const colour = seriesColours(series.map((s) => s.key));
  const step = Math.max(1, Math.ceil(categories.length / 12));
  const groups = layers.map((layer, si) => {
    const s = series[si]!;
    const rects = layer.map((d, i) => `<rect class="mark" x="${px(x(categories[i]!) ?? 0)}" y="${px(y(d[1]))}" width="${px(x.bandwidth())}" height="${px(Math.max(0, y(d[0]) - y(d[1])))}" fill="${colour(s.key)}"><title>${escapeHtml(`${s.name}, ${categories[i]}`)}</title></rect>`);
    return `<g class="series" data-series="${escapeHtml(s.key)}">${rects.join('')}</g>`;
  });
  const legend = series.map((s, i) => {
    const lx = 12 + (i % 3) * 236;
    const ly = 10 + Math.floor(i / 3) * 20;
    return `<g class="legend-item"><rect x="${lx}" y="${ly - 9}" width="12" height="12" fill="${colour(s.key)}"/><text x="${lx + 18}" y="${ly}" dy="0.1em">${escapeHtml(s.name.length > 30 ? `${s.name.slice(0, 29)}…` : s.name)}</text></g>`;
  });
  const body =
    leftAxis(y, frame, 5, o.tickFormat) +
    bandLabels(x, frame, 'bottom', (d) => (categories.indexOf(d) % step === 0 ? d : '')) +
    `<g class="legend" aria-hidden="true">${legend.join('')}</g>` +
    groups.join('');
  return svgChart(o.id, o.title, frame, series.length, series.length * categories.length, body);
}
