import { max, min } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack, stackOffsetDiverging } from 'd3-shape';
import { bandLabels, leftAxis, plotArea, px, svgChart, type ChartFrame } from './chart-frame.js';
import { escapeHtml } from './escape-html.js';
import { seriesColours } from './palette.js';

/** One stacked series: a key, its legend name and a value per category. */
export interface StackSeries {
  /** A stable key. */
  readonly key: string;
  /** The name shown in the legend. */
  readonly name: string;
  /** One value per category: positive values stack up from the axis, negative ones down from it. */
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
  /** Formats a segment's value in its tooltip, when given. */
  readonly valueFormat?: (v: number) => string;
}

/**
 * Vertical bars per category with one segment per series, stacked with d3-shape's `stack` and its
 * diverging offset on a band scale and a linear scale: positive values stack above the axis,
 * negative ones (money a party paid in) below it, with a zero line between. A legend names the
 * series. One mark per series per category.
 */
export function stackedBarChart(categories: readonly string[], series: readonly StackSeries[], o: StackedBarOptions): string {
  const legendRows = Math.ceil(series.length / 3);
  const frame: ChartFrame = { width: 720, height: 300 + legendRows * 20, margin: { top: 12 + legendRows * 20, right: 12, bottom: 40, left: 84 } };
  const { x0, x1, y0, y1 } = plotArea(frame);
  const rows = categories.map((_, i) => Object.fromEntries(series.map((s) => [s.key, s.values[i] ?? 0])) as Record<string, number>);
  const layers = stack<Record<string, number>>().keys(series.map((s) => s.key)).offset(stackOffsetDiverging)(rows);
  const top = Math.max(0, max(layers, (l) => max(l, (d) => d[1])) ?? 0);
  const bottom = Math.min(0, min(layers, (l) => min(l, (d) => d[0])) ?? 0);
  const x = scaleBand<string>().domain(categories).range([x0, x1]).padding(0.2);
  const y = scaleLinear().domain([bottom, top > bottom ? top : bottom + 1]).nice().range([y1, y0]);
  const colour = seriesColours(series.map((s) => s.key));
  const step = Math.max(1, Math.ceil(categories.length / 12));
  const groups = layers.map((layer, si) => {
    const s = series[si]!;
    const rects = layer.map((d, i) => `<rect class="mark${(s.values[i] ?? 0) < 0 ? ' negative' : ''}" x="${px(x(categories[i]!) ?? 0)}" y="${px(y(d[1]))}" width="${px(x.bandwidth())}" height="${px(Math.max(0, y(d[0]) - y(d[1])))}" fill="${colour(s.key)}"><title>${escapeHtml(`${s.name}, ${categories[i]}${o.valueFormat === undefined ? '' : `: ${o.valueFormat(s.values[i] ?? 0)}`}`)}</title></rect>`);
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
    groups.join('') +
    (bottom < 0 ? `<line class="zero" x1="${px(x0)}" x2="${px(x1)}" y1="${px(y(0))}" y2="${px(y(0))}"/>` : '');
  return svgChart(o.id, o.title, frame, series.length, series.length * categories.length, body);
}
