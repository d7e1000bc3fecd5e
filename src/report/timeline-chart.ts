import { scaleBand, scaleUtc } from 'd3-scale';
import { utcFormat } from './utc-format.js';
import { bandLabels, bottomAxis, plotArea, px, svgChart, type ChartFrame } from './chart-frame.js';
import { escapeHtml } from './escape-html.js';

/** One dated item on a timeline. */
export interface TimelineItem {
  /** Its row label. */
  readonly label: string;
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The category it is coloured by. */
  readonly category: string;
  /** The colour of the category. */
  readonly colour: string;
}

/**
 * Items on a UTC time scale (d3-scale's `scaleUtc`), one row each, a dot coloured by category.
 * One series per category present; one mark per item.
 */
export function timelineChart(items: readonly TimelineItem[], o: { readonly id: string; readonly title: string }): string {
  const frame: ChartFrame = { width: 720, height: 20 + items.length * 22 + 32, margin: { top: 12, right: 24, bottom: 32, left: 290 } };
  const { x0, x1, y0, y1 } = plotArea(frame);
  const dates = items.map((i) => new Date(`${i.date}T00:00:00Z`));
  const lo = dates.reduce((a, b) => (b < a ? b : a), dates[0] ?? new Date(0));
  const hi = dates.reduce((a, b) => (b > a ? b : a), dates[0] ?? new Date(0));
  const x = scaleUtc().domain([lo, hi.getTime() === lo.getTime() ? new Date(lo.getTime() + 86_400_000 * 30) : hi]).nice().range([x0, x1]);
  const y = scaleBand<string>().domain(items.map((_, i) => String(i))).range([y0, y1]).padding(0.2);
  const categories = [...new Set(items.map((i) => i.category))];
  const groups = categories.map((cat) => {
    const dots = items.flatMap((it, i) => {
      if (it.category !== cat) return [];
      const cy = (y(String(i)) ?? 0) + y.bandwidth() / 2;
      return [`<line class="row" x1="${px(x0)}" x2="${px(x(dates[i]!))}" y1="${px(cy)}" y2="${px(cy)}"/><circle class="mark" cx="${px(x(dates[i]!))}" cy="${px(cy)}" r="6" fill="${it.colour}"><title>${escapeHtml(`${it.label}: ${it.category}, due ${it.date}`)}</title></circle>`];
    });
    return `<g class="series" data-series="${escapeHtml(cat)}">${dots.join('')}</g>`;
  });
  const body = bottomAxis(x, frame, 6, (v) => utcFormat(v as Date)) + bandLabels(y, frame, 'left', (d) => { const l = items[Number(d)]!.label; return l.length > 42 ? `${l.slice(0, 41)}…` : l; }) + groups.join('');
  return svgChart(o.id, o.title, frame, categories.length, items.length, body);
}
