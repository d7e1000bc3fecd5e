import type { ScaleBand, ScaleLinear, ScaleTime } from 'd3-scale';
import { escapeHtml } from './escape-html.js';

/** The drawing area of a chart inside its SVG, in SVG units. */
export interface ChartFrame {
  /** Width of the whole SVG. */
  readonly width: number;
  /** Height of the whole SVG. */
  readonly height: number;
  /** Margins around the plot area. */
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
}

/** The plot area's edges. */
export function plotArea(f: ChartFrame): { x0: number; x1: number; y0: number; y1: number } {
  return { x0: f.margin.left, x1: f.width - f.margin.right, y0: f.margin.top, y1: f.height - f.margin.bottom };
}

/** Rounds an SVG coordinate to two decimals, so output is short and stable. */
export function px(n: number): string {
  return String(Math.round(n * 100) / 100);
}

type Continuous = ScaleLinear<number, number> | ScaleTime<number, number>;

/**
 * A horizontal axis under the plot for a continuous scale: ticks and labels where the scale's
 * own `ticks` and `tickFormat` put them, and light grid lines up to the top of the plot.
 */
export function bottomAxis(scale: Continuous, f: ChartFrame, count: number, format?: (v: number | Date) => string): string {
  const { y0, y1 } = plotArea(f);
  const ticks = (scale.ticks(count) as (number | Date)[]);
  const fmt = format ?? (scale.tickFormat(count) as (v: number | Date) => string);
  const parts = ticks.map((t) => {
    const x = px((scale as (v: number | Date) => number)(t));
    return `<line class="grid" x1="${x}" x2="${x}" y1="${px(y0)}" y2="${px(y1)}"/><text class="tick" x="${x}" y="${px(y1 + 16)}" text-anchor="middle">${escapeHtml(fmt(t))}</text>`;
  });
  return `<g class="axis axis-x" aria-hidden="true">${parts.join('')}<line class="domain" x1="${px(plotArea(f).x0)}" x2="${px(plotArea(f).x1)}" y1="${px(y1)}" y2="${px(y1)}"/></g>`;
}

/** A vertical axis left of the plot for a linear scale, with horizontal grid lines. */
export function leftAxis(scale: ScaleLinear<number, number>, f: ChartFrame, count: number, format?: (v: number) => string): string {
  const { x0, x1 } = plotArea(f);
  const fmt = format ?? scale.tickFormat(count);
  const parts = scale.ticks(count).map((t) => {
    const y = px(scale(t));
    return `<line class="grid" x1="${px(x0)}" x2="${px(x1)}" y1="${y}" y2="${y}"/><text class="tick" x="${px(x0 - 6)}" y="${y}" dy="0.32em" text-anchor="end">${escapeHtml(fmt(t))}</text>`;
  });
  return `<g class="axis axis-y" aria-hidden="true">${parts.join('')}</g>`;
}

/** Labels of a band scale: left of the plot (vertical bands) or under it (horizontal bands). */
export function bandLabels(scale: ScaleBand<string>, f: ChartFrame, side: 'left' | 'bottom', label: (d: string) => string = (d) => d): string {
  const { x0, y1 } = plotArea(f);
  const parts = scale.domain().map((d) => {
    const mid = (scale(d) ?? 0) + scale.bandwidth() / 2;
    return side === 'left'
      ? `<text class="tick" x="${px(x0 - 6)}" y="${px(mid)}" dy="0.32em" text-anchor="end">${escapeHtml(label(d))}</text>`
      : `<text class="tick" x="${px(mid)}" y="${px(y1 + 16)}" text-anchor="middle">${escapeHtml(label(d))}</text>`;
  });
  return `<g class="axis axis-band" aria-hidden="true">${parts.join('')}</g>`;
}

/**
 * Wraps chart content in an SVG (element id `chart-<id>`, so it never clashes with a section's) that scales to its container, titled for screen readers (which
 * are pointed at the table alternative), and tagged with its series and mark counts.
 */
export function svgChart(id: string, title: string, f: ChartFrame, series: number, marks: number, body: string): string {
  const el = escapeHtml(`chart-${id}`);
  return `<svg class="chart" id="${el}" data-chart="${escapeHtml(id)}" data-series="${series}" data-marks="${marks}" viewBox="0 0 ${f.width} ${f.height}" role="img" aria-labelledby="${el}-title" xmlns="http://www.w3.org/2000/svg"><title id="${el}-title">${escapeHtml(title)}</title>${body}</svg>`;
}
