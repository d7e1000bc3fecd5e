import type { Actuals } from '../contract/index.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney, type Money } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import { ClauseError } from './clause-error.js';
import { moneyText, type PayoutContext, type PreparedScale, type RoyaltyClause } from './payout-context.js';
import type { PayoutLine } from './payout-line.js';
import type { RFactorTotals } from './payout-state.js';
import { slidingPerUnit, type AppliedBand } from './sliding-scale.js';
import { traceNode, type Trace } from './trace.js';

/** A royalty clause's profit-linked rate (`profitLinked`). */
export type ProfitLinkedClause = NonNullable<RoyaltyClause['profitLinked']>;

/**
 * A profitability measure as a ratio, kept as its two parts so that comparing it with a band edge
 * is exact (numerator against edge × denominator).
 */
export interface ProfitMeasure {
  readonly measure: ProfitLinkedClause['measure'];
  /** `operating margin of 2031-Q1` or `R-factor at the start of 2031-Q1`. */
  readonly label: string;
  /** Operating profit, or cumulative receipts. */
  readonly numerator: Decimal;
  /** Net revenue, or cumulative costs. */
  readonly denominator: Decimal;
  /** The parts the ratio is made of, for the trace. */
  readonly parts: readonly { readonly label: string; readonly amount: Decimal }[];
}

/** The rate a profit-linked royalty applies in one period. */
export interface ProfitLinkedRate {
  readonly measure: ProfitMeasure;
  /**
   * The measure's value, when it has one: undefined when its denominator is zero or below (no net
   * revenue; no costs yet) or, for the R-factor, infinite (receipts without costs).
   */
  readonly value: Decimal | undefined;
  /** The bands applied: one for whole-value bands, each slice's band for incremental ones. */
  readonly bands: readonly AppliedBand[];
  /** Whole-value: the band's rate. Incremental: Σ rate × slice of the measure (divide by the measure for the rate). */
  readonly perUnit: Decimal;
  /** The single rate applied, when there is one (whole-value bands, or the first band). */
  readonly rate: Decimal | undefined;
  /** Why the measure has no value and which band was used then, in words. */
  readonly note: string | undefined;
}

const ZERO = new Decimal(0);
const scales = new WeakMap<ProfitLinkedClause, PreparedScale>();

function prepared(p: ProfitLinkedClause): PreparedScale {
  let s = scales.get(p);
  if (s === undefined) {
    const edges: Decimal[] = [];
    for (const b of p.bands) if (b.upTo !== undefined) edges.push(b.upTo);
    s = Object.freeze({ mode: p.mode, edge: p.edge, currency: undefined, unit: undefined, edges, rates: p.bands.map((b) => b.rate) });
    scales.set(p, s);
  }
  return s;
}

/**
 * The profitability measure a profit-linked royalty reads for a period:
 *
 * - **operating margin**: (revenue − sale deductions − operating costs) ÷ (revenue − sale
 *   deductions), from the period's statement lines (each amount as rounded on its line);
 * - **R-factor**: cumulative receipts (revenue less sale deductions) ÷ cumulative operating and
 *   capital costs, from the start of the deal (or the opening balances) to the end of the period
 *   before: the rate of a period never depends on the royalty it sets.
 *
 * @throws ClauseError `payout/profit-measure-unknown` when the actuals do not give the period's
 * operating costs, or the fold starts part-way without opening R-factor totals.
 */
export function profitMeasure(ctx: PayoutContext, clause: RoyaltyClause, lines: readonly PayoutLine[], actuals: Actuals, rFactor: RFactorTotals | undefined): ProfitMeasure {
  const p = clause.profitLinked!;
  const period = actuals.period;
  if (p.measure === 'operating-margin') {
    if (actuals.costs.operating === undefined) {
      throw new ClauseError({ code: 'payout/profit-measure-unknown', message: `Royalty "${clause.id}" steps with the operating margin, but the actuals for ${period.label} do not give the operating costs.`, hint: 'add costs.operating to the actuals (write "0 <currency>" if there were none)' }, clause.id);
    }
    let revenue = ZERO;
    let deductions = ZERO;
    let operating = ZERO;
    for (const l of lines) {
      if (l.kind === 'revenue') revenue = revenue.plus(l.amount.amount);
      else if (l.kind === 'sale-deduction') deductions = deductions.plus(l.amount.amount);
      else if (l.kind === 'operating-cost') operating = operating.plus(l.amount.amount);
    }
    const net = revenue.minus(deductions);
    return {
      measure: p.measure,
      label: `operating margin of ${period.label}`,
      numerator: net.minus(operating),
      denominator: net,
      parts: [{ label: 'revenue', amount: revenue }, { label: 'sale deductions', amount: deductions }, { label: 'operating costs', amount: operating }],
    };
  }
  if (rFactor === undefined) {
    throw new ClauseError({ code: 'payout/profit-measure-unknown', message: `Royalty "${clause.id}" steps with the R-factor, but the payout state for ${period.label} carries no cumulative receipts and costs: the fold started part-way without them.`, hint: 'give the opening balances rFactor: { receipts, costs } (cumulative, to the last period accounted for)' }, clause.id);
  }
  return {
    measure: p.measure,
    label: `R-factor at the start of ${period.label}`,
    numerator: rFactor.receipts.amount,
    denominator: rFactor.costs.amount,
    parts: [{ label: 'cumulative receipts', amount: rFactor.receipts.amount }, { label: 'cumulative costs', amount: rFactor.costs.amount }],
  };
}

/**
 * The band (whole-value) or bands (incremental) a measure falls in, and the rate. A band edge is
 * compared exactly with the ratio (numerator against edge × denominator), with the clause's edge
 * convention. A measure without a value (no net revenue, no costs yet) uses the first band; an
 * R-factor of receipts over no costs at all uses the last.
 */
export function profitLinkedRate(p: ProfitLinkedClause, m: ProfitMeasure): ProfitLinkedRate {
  const scale = prepared(p);
  const first = scale.rates[0]!;
  if (!m.denominator.gt(0)) {
    const infinite = m.measure === 'r-factor' && m.denominator.isZero() && m.numerator.gt(0);
    const i = infinite ? scale.rates.length - 1 : 0;
    const rate = scale.rates[i]!;
    const note = infinite ? 'receipts without costs: the last band applies' : m.measure === 'r-factor' ? 'no receipts and no costs yet: the first band applies' : 'no net revenue: the first band applies';
    return { measure: m, value: undefined, bands: [{ index: i, from: i === 0 ? undefined : scale.edges[i - 1], upTo: scale.edges[i], rate, slice: ZERO }], perUnit: rate, rate, note };
  }
  const value = m.numerator.div(m.denominator);
  if (scale.mode === 'whole-value') {
    let i = 0;
    while (i < scale.edges.length) {
      const c = m.numerator.comparedTo(scale.edges[i]!.times(m.denominator));
      if (c < 0 || (c === 0 && scale.edge === 'this-band')) break;
      i++;
    }
    const rate = scale.rates[i]!;
    return { measure: m, value, bands: [{ index: i, from: i === 0 ? undefined : scale.edges[i - 1], upTo: scale.edges[i], rate, slice: value }], perUnit: rate, rate, note: undefined };
  }
  if (!value.gt(0)) return { measure: m, value, bands: [{ index: 0, from: undefined, upTo: scale.edges[0], rate: first, slice: ZERO }], perUnit: first, rate: first, note: 'a measure of zero or below: the first band applies' };
  const applied = slidingPerUnit(scale, value);
  return { measure: m, value, bands: applied.bands, perUnit: applied.perUnit, rate: applied.bands.length === 1 ? applied.bands[0]!.rate : undefined, note: undefined };
}

/**
 * The royalty on `base` at a profit-linked rate: rate × base for whole-value bands (or a measure
 * without a value); for incremental bands base × Σ (rate × slice) ÷ measure, the one division last.
 */
export function profitLinkedAmount(r: ProfitLinkedRate, base: Decimal, exactProduct: (a: Decimal, b: Decimal) => Decimal): Decimal {
  if (r.rate !== undefined) return exactProduct(r.rate, base);
  return exactProduct(r.perUnit, base).times(r.measure.denominator).div(r.measure.numerator);
}

/** The measure in words: `operating margin` or `R-factor`. */
export function measureName(m: ProfitLinkedClause['measure']): string {
  return m === 'operating-margin' ? 'operating margin' : 'R-factor';
}

function measureText(m: ProfitMeasure, value: Decimal | undefined): string {
  if (value === undefined) return 'none';
  return m.measure === 'operating-margin' ? `${value.times(100).toDecimalPlaces(4).toFixed()}%` : value.toDecimalPlaces(6).toFixed();
}

/** Describes the bands applied, for a payout line: `14% (margin 20% to 50%)` or `incremental: 12% on 20% + 14% on 10%`. */
export function describeProfitBands(r: ProfitLinkedRate): string {
  const m = r.measure.measure === 'operating-margin' ? 'margin' : 'R-factor';
  const edge = (d: Decimal) => (r.measure.measure === 'operating-margin' ? `${d.times(100).toDecimalPlaces(4).toFixed()}%` : d.toDecimalPlaces(6).toFixed());
  if (r.bands.length === 1 && (r.rate !== undefined)) {
    const b = r.bands[0]!;
    const range = b.from === undefined ? (b.upTo === undefined ? `every ${m}` : `${m} below ${edge(b.upTo)}`) : b.upTo === undefined ? `${m} from ${edge(b.from)}` : `${m} ${edge(b.from)} to ${edge(b.upTo)}`;
    return `${formatRate(b.rate)} (${range}${r.note === undefined ? '' : `; ${r.note}`})`;
  }
  return `incremental: ${r.bands.map((b) => `${formatRate(b.rate)} on ${edge(b.slice)}`).join(' + ')} of the ${m}`;
}

/** Explains the measure and the rate it gave. */
export function profitLinkedTrace(ctx: PayoutContext, clause: RoyaltyClause, r: ProfitLinkedRate): Trace {
  const m = r.measure;
  const measureNode = traceNode(m.label, measureText(m, r.value), {
    formula: m.measure === 'operating-margin' ? '(revenue − sale deductions − operating costs) ÷ (revenue − sale deductions)' : 'cumulative receipts ÷ cumulative costs, to the end of the period before',
    inputs: m.parts.map((p) => traceNode(p.label, moneyText(ctx, p.amount))),
  });
  const rateText = r.rate !== undefined ? formatRate(r.rate) : `${formatRate(r.perUnit.div(r.value!).toDecimalPlaces(8))} (average)`;
  return traceNode('profit-linked rate', rateText, {
    clause: clause.id,
    ref: clause.ref,
    formula: r.rate !== undefined ? `rate of the band the ${measureName(m.measure)} falls in` : `Σ (band rate × slice of the ${measureName(m.measure)}) ÷ ${measureName(m.measure)}`,
    inputs: [traceNode('band', describeProfitBands(r)), measureNode],
  });
}

/**
 * The cumulative receipts and costs after a period, for the R-factor of the next: the totals
 * before it plus the period's revenue less sale deductions, and its operating and capital costs.
 */
export function nextRFactor(ctx: PayoutContext, before: RFactorTotals, lines: readonly PayoutLine[]): RFactorTotals {
  let receipts = before.receipts.amount;
  let costs = before.costs.amount;
  for (const l of lines) {
    if (l.kind === 'revenue') receipts = receipts.plus(l.amount.amount);
    else if (l.kind === 'sale-deduction') receipts = receipts.minus(l.amount.amount);
    else if (l.kind === 'operating-cost' || l.kind === 'capital-cost') costs = costs.plus(l.amount.amount);
  }
  return Object.freeze({ receipts: makeMoney(receipts, ctx.currency), costs: makeMoney(costs, ctx.currency) });
}

/** Whether a contract has a royalty that steps with the R-factor (and so carries its totals in the state). */
export function usesRFactor(ctx: PayoutContext): boolean {
  return ctx.contract.revenue.royalties.some((r) => r.profitLinked?.measure === 'r-factor');
}

/** Cumulative totals of zero, to start a fold from the beginning of the deal. */
export function noRFactorYet(ctx: PayoutContext): RFactorTotals {
  const zero: Money = makeMoney(ZERO, ctx.currency);
  return Object.freeze({ receipts: zero, costs: zero });
}
