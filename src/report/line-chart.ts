import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { bottomAxis, leftAxis, plotArea, px, svgChart, type ChartFrame } from './chart-frame.js';
import { escapeHtml } from './escape-html.js';
import { seriesColours } from './palette.js';

/** One line: a key, its legend name and its points (a null y breaks the line). */
export interface LineSeries {
  /** A stable key. */
  readonly key: string;
  /** The name shown in the legend. */
  readonly name: string;
  /** The points. */
  readonly points: readonly { readonly x: number; readonly y: number | null }[];
}

/** Options of {@link lineChart}. */
export interface LineChartOptions {
  /** The SVG id, also `data-chart`. */
  readonly id: string;
  /** The accessible title. */
  readonly title: string;
  /** Formats the x axis's ticks. */
  readonly xFormat: (v: number) => string;
  /** Formats the y axis's ticks. */
  readonly yFormat: (v: number) => string;
  /** A vertical rule at this x, with its label (e.g. the breakeven price). */
  readonly rule?: { readonly x: number; readonly label: string };
  /**
   * Limits of the y axis: a value beyond them is drawn on the edge as an open dot whose tooltip
   * gives the true value, and `note` is written on the chart, so one extreme point (a 192%
   * government take at a near-breakeven price) does not flatten the useful range.
   */
  readonly yClip?: { readonly min: number; readonly max: number; readonly note: string };
  /** Places on the x axis marked on the chart with a label, e.g. the prices with no rent. */
  readonly markers?: readonly { readonly x: number; readonly label: string }[];
}

/**
 * Lines over a shared x, drawn with d3-shape's `line` on linear scales, with a dot per point with
 * a value (an open dot on the edge for a value beyond `yClip`). One series per line; its marks are
 * its dots. Markers label places on the x axis.
 */
export function lineChart(series: readonly LineSeries[], o: LineChartOptions): string {
  const frame: ChartFrame = { width: 720, height: 340, margin: { top: 32, right: 24, bottom: 40, left: 64 } };
  const { x0, x1, y0, y1 } = plotArea(frame);
  const clip = o.yClip;
  const clamp = (v: number) => (clip === undefined ? v : Math.min(clip.max, Math.max(clip.min, v)));
  const xs = series.flatMap((s) => s.points.map((p) => p.x)).concat(o.rule === undefined ? [] : [o.rule.x], (o.markers ?? []).map((m) => m.x));
  const ys = series.flatMap((s) => s.points.flatMap((p) => (p.y === null ? [] : [clamp(p.y)]))).concat([0]);
  const [xa = 0, xb = 1] = extent(xs);
  const [ya = 0, yb = 1] = extent(ys);
  const x = scaleLinear().domain([xa, xb === xa ? xa + 1 : xb]).nice().range([x0, x1]);
  const y = scaleLinear().domain([ya, yb === ya ? ya + 1 : yb]).nice().range([y1, y0]);
  const colour = seriesColours(series.map((s) => s.key));
  const path = line<{ x: number; y: number | null }>()
    .defined((p) => p.y !== null)
    .x((p) => x(p.x))
    .y((p) => y(clamp(p.y ?? 0)));
  let marks = 0;
  let clipped = 0;
  const groups = series.map((s) => {
    const dots = s.points.flatMap((p) => {
      if (p.y === null) return [];
      const cy = px(y(clamp(p.y)));
      if (clamp(p.y) === p.y) return [`<circle class="mark" cx="${px(x(p.x))}" cy="${cy}" r="4" fill="${colour(s.key)}"/>`];
      clipped++;
      return [`<circle class="mark clipped" cx="${px(x(p.x))}" cy="${cy}" r="5" fill="#fff" stroke="${colour(s.key)}" stroke-width="2.5"><title>${escapeHtml(`${s.name} ${o.yFormat(p.y)} at ${o.xFormat(p.x)} (off the scale)`)}</title></circle>`];
    });
    marks += dots.length;
    const d = (path(s.points as { x: number; y: number | null }[]) ?? '').replace(/(\d+\.\d{3,})/g, (n) => px(Number(n)));
    return `<g class="series" data-series="${escapeHtml(s.key)}"><path class="line" d="${d}" fill="none" stroke="${colour(s.key)}" stroke-width="2.5"/>${dots.join('')}</g>`;
  });
  const legend = series.map((s, i) => `<g class="legend-item"><line x1="${12 + i * 240}" x2="${32 + i * 240}" y1="12" y2="12" stroke="${colour(s.key)}" stroke-width="3"/><text x="${38 + i * 240}" y="12" dy="0.32em">${escapeHtml(s.name)}</text></g>`);
  const rule =
    o.rule === undefined
      ? ''
      : `<g class="rule" data-rule="breakeven"><line x1="${px(x(o.rule.x))}" x2="${px(x(o.rule.x))}" y1="${px(y0)}" y2="${px(y1)}" stroke="#333" stroke-dasharray="4 3"/><text x="${px(x(o.rule.x) + 4)}" y="${px(y0 + 12)}">${escapeHtml(o.rule.label)}</text></g>`;
  const markers = (o.markers ?? []).map((m) => `<g class="marker" data-marker="${escapeHtml(m.label)}"><line x1="${px(x(m.x))}" x2="${px(x(m.x))}" y1="${px(y0)}" y2="${px(y1)}" stroke="#999" stroke-dasharray="2 3"/><text x="${px(x(m.x))}" y="${px(y1 - 6)}" text-anchor="middle">${escapeHtml(m.label)}</text></g>`).join('');
  const clipNote = clip !== undefined && clipped > 0 ? `<text class="clip-note" data-clipped="${clipped}" x="${px(x1)}" y="${px(y0 - 6)}" text-anchor="end">${escapeHtml(clip.note)}</text>` : '';
  const zero = ya < 0 ? `<line class="zero" x1="${px(x0)}" x2="${px(x1)}" y1="${px(y(0))}" y2="${px(y(0))}"/>` : '';
  const body = bottomAxis(x, frame, 6, (v) => o.xFormat(v as number)) + leftAxis(y, frame, 6, o.yFormat) + zero + `<g class="legend" aria-hidden="true">${legend.join('')}</g>` + rule + markers + clipNote + groups.join('');
  return svgChart(o.id, o.title, frame, series.length, marks, body);
}
