import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { Distribution, PriceBand, PriceRisk } from '../fiscal/index.js';
import { bottomAxis, leftAxis, plotArea, px, svgChart, type ChartFrame } from './chart-frame.js';
import { escapeHtml } from './escape-html.js';
import { formatAmount, formatCompact, formatPercent } from './number-format.js';
import { seriesColours } from './palette.js';
import { table } from './report-sections.js';

// The price-risk section of the report: for each simulated commodity a fan chart (the band from the
// 10th to the 90th percentile of its simulated price in each period, and the median as a line), and
// the distribution of the fiscal figures over the paths in a table.

/**
 * A fan chart: the P10–P90 band of a simulated price over the periods, filled, and the median as a
 * line with a dot per period, on linear scales (x the period's position, labelled with its name).
 */
export function fanChart(id: string, title: string, bands: readonly PriceBand[], colour: string): string {
  const frame: ChartFrame = { width: 720, height: 300, margin: { top: 28, right: 24, bottom: 40, left: 72 } };
  const { x0, x1, y0, y1 } = plotArea(frame);
  const points = bands.map((b, i) => ({ i, lo: b.p10.toNumber(), mid: b.p50.toNumber(), hi: b.p90.toNumber() }));
  const [ya = 0, yb = 1] = extent(points.flatMap((p) => [p.lo, p.hi]).concat([0]));
  const x = scaleLinear().domain([0, Math.max(1, points.length - 1)]).range([x0, x1]);
  const y = scaleLinear().domain([ya, yb === ya ? ya + 1 : yb]).nice().range([y1, y0]);
  const short = (d: string | null | undefined) => (d ?? '').replace(/(\d+\.\d{3,})/g, (n) => px(Number(n)));
  const band = short(area<(typeof points)[number]>().x((p) => x(p.i)).y0((p) => y(p.lo)).y1((p) => y(p.hi))(points));
  const median = short(line<(typeof points)[number]>().x((p) => x(p.i)).y((p) => y(p.mid))(points));
  const dots = points.map((p) => `<circle class="mark" cx="${px(x(p.i))}" cy="${px(y(p.mid))}" r="3" fill="${colour}"><title>${escapeHtml(`${bands[p.i]!.period}: P10 ${formatCompact(p.lo)}, median ${formatCompact(p.mid)}, P90 ${formatCompact(p.hi)}`)}</title></circle>`);
  const label = (v: number) => bands[Math.round(v)]?.period ?? '';
  const ticks = Math.min(8, Math.max(1, points.length - 1));
  const legend = `<g class="legend" aria-hidden="true"><rect x="12" y="6" width="20" height="12" fill="${colour}" fill-opacity="0.25"/><text x="38" y="12" dy="0.32em">P10 to P90</text><line x1="132" x2="152" y1="12" y2="12" stroke="${colour}" stroke-width="2.5"/><text x="158" y="12" dy="0.32em">median</text></g>`;
  const body = bottomAxis(x, frame, ticks, (v) => label(v as number)) + leftAxis(y, frame, 6, formatCompact) + legend
    + `<g class="series" data-series="p10-p90"><path class="band" d="${band}" fill="${colour}" fill-opacity="0.25" stroke="none"/></g>`
    + `<g class="series" data-series="p50"><path class="line" d="${median}" fill="none" stroke="${colour}" stroke-width="2.5"/>${dots.join('')}</g>`;
  return svgChart(id, title, frame, 2, dots.length, body);
}

function distributionCells(d: Distribution, show: (x: NonNullable<Distribution['mean']>) => string): string[] {
  const s = (x: Distribution['mean']) => (x === undefined ? 'n/a' : show(x));
  return [s(d.p10), s(d.p50), s(d.p90), s(d.mean), d.undefinedPaths === 0 ? '' : String(d.undefinedPaths)];
}

/**
 * The report's price-risk section: what was assumed, who bears the risk, the distribution of the
 * fiscal figures (with its table), and a fan chart of each simulated commodity's price with its
 * table alternative.
 */
export function priceRiskSection(risk: PriceRisk): string {
  const colour = seriesColours(risk.commodities);
  const money = (d: NonNullable<Distribution['mean']>) => formatAmount(d, 0);
  const pct = (d: NonNullable<Distribution['mean']>) => formatPercent(d);
  const figures = table(
    `Fiscal figures over ${risk.paths} simulated price paths (amounts in ${risk.currency})`,
    ['Figure', 'P10', 'P50', 'P90', 'Mean', 'Undefined on'],
    [
      ['Government take', ...distributionCells(risk.governmentTake, pct)],
      ["State's NPV", ...distributionCells(risk.stateNpv, money)],
      ["Investor's NPV", ...distributionCells(risk.investorNpv, money)],
      ["Investor's IRR", ...distributionCells(risk.investorIrr, pct)],
    ],
    [false, true, true, true, true, true],
  );
  const fans = risk.commodities.map((c) => {
    const bands = risk.priceBands[c] ?? [];
    const unit = risk.priceUnits[c] ?? '';
    const id = `fan-${c}`;
    const svg = fanChart(id, `Simulated ${c} price, P10 to P90 and median, by period`, bands, colour(c));
    const alt = table(`Simulated ${c} price by period (${unit})`, ['Period', 'P10', 'Median', 'P90'], bands.map((b) => [b.period, formatAmount(b.p10, risk.pricePlaces), formatAmount(b.p50, risk.pricePlaces), formatAmount(b.p90, risk.pricePlaces)]), [false, true, true, true]);
    return `<figure class="chart-figure" data-figure="${escapeHtml(id)}"><figcaption>${escapeHtml(`Simulated ${c} price (${unit}): the band holds 80% of the paths in each period`)}</figcaption>${svg}<div class="alternative" data-alternative-for="${escapeHtml(id)}">${alt}</div></figure>`;
  });
  const share = risk.riskShare === undefined ? 'No NPV varies over the paths, so neither side bears price risk.' : `The state bears ${formatPercent(risk.riskShare.state)} of the price risk and the investor ${formatPercent(risk.riskShare.investor)} (each side's share of the two NPVs' standard deviations).`;
  const model = risk.model === 'gbm' ? 'geometric Brownian motion' : 'a mean-reverting model';
  return `<section id="price-risk" aria-labelledby="price-risk-h"><h2 id="price-risk-h">Price risk</h2>
<p>The plan run on ${risk.paths} simulated price paths (${escapeHtml(model)} of ${escapeHtml(risk.commodities.join(', '))}, seed ${escapeHtml(risk.seed)}), each through the whole fiscal analysis. ${escapeHtml(share)} The state's NPV is below zero on ${escapeHtml(formatPercent(risk.probabilityStateNpvBelowZero))} of the paths; the investor's IRR is below its hurdle on ${escapeHtml(formatPercent(risk.probabilityInvestorIrrBelowHurdle))}.</p>
${figures}${fans.join('')}</section>`;
}
