import { scaleBand, scaleLinear } from 'd3-scale';
import { bandLabels, bottomAxis, plotArea, px, svgChart, type ChartFrame } from './chart-frame.js';
import { escapeHtml } from './escape-html.js';

/** One bar: its label, its value (null draws no bar and says so) and the text written at its end. */
export interface Bar {
  /** The category, shown left of the bar. */
  readonly label: string;
  /** The value, or null for none. */
  readonly value: number | null;
  /** The value as written next to the bar. */
  readonly text: string;
  /** The bar's fill colour. */
  readonly colour: string;
}

/** Options of {@link horizontalBarChart}. */
export interface BarChartOptions {
  /** The SVG id, also `data-chart`. */
  readonly id: string;
  /** The accessible title. */
  readonly title: string;
  /** The value axis's domain, e.g. [0, 100]. */
  readonly domain: readonly [number, number];
  /** Formats the value axis's ticks. */
  readonly tickFormat: (v: number) => string;
  /** Room for the category labels, in SVG units (default 220). */
  readonly labelWidth?: number;
}

/**
 * Horizontal bars, one per category, on a d3 band scale and a linear value scale. One series;
 * one mark per bar with a value.
 */
export function horizontalBarChart(bars: readonly Bar[], o: BarChartOptions): string {
  const frame: ChartFrame = { width: 720, height: 24 + bars.length * 30 + 28, margin: { top: 12, right: 64, bottom: 28, left: o.labelWidth ?? 220 } };
  const { x0, x1, y0, y1 } = plotArea(frame);
  const x = scaleLinear().domain([...o.domain]).range([x0, x1]);
  const y = scaleBand<string>().domain(bars.map((_, i) => String(i))).range([y0, y1]).padding(0.25);
  const marks = bars.map((b, i) => {
    const top = y(String(i)) ?? 0;
    const mid = top + y.bandwidth() / 2;
    if (b.value === null) return `<text class="value na" x="${px(x0 + 4)}" y="${px(mid)}" dy="0.32em">${escapeHtml(b.text)}</text>`;
    const w = Math.max(0, x(b.value) - x0);
    return `<rect class="mark" x="${px(x0)}" y="${px(top)}" width="${px(w)}" height="${px(y.bandwidth())}" fill="${b.colour}"><title>${escapeHtml(`${b.label}: ${b.text}`)}</title></rect><text class="value" x="${px(x0 + w + 4)}" y="${px(mid)}" dy="0.32em">${escapeHtml(b.text)}</text>`;
  });
  const body = bottomAxis(x, frame, 5, (v) => o.tickFormat(v as number)) + bandLabels(y, frame, 'left', (d) => bars[Number(d)]!.label) + `<g class="series" data-series="${escapeHtml(o.id)}">${marks.join('')}</g>`;
  return svgChart(o.id, o.title, frame, 1, bars.filter((b) => b.value !== null).length, body);
}
