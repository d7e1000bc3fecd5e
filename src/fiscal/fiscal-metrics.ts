import { Decimal } from '../money/decimal.js';
import type { AnalysisContext } from './analysis-context.js';
import { investorFlows } from './breakeven.js';
import { sumOf } from './cash-flow.js';
import { GOVERNMENT_STREAMS, type GovernmentStream } from './government-take.js';
import { solveIrr } from './irr.js';
import { presentValue } from './npv.js';
import { paybackPeriod, type PaybackResult } from './payback.js';
import { RATE_SIGNIFICANT_DIGITS, type RateSolution } from './root-finding.js';
import type { ScenarioCashFlows } from './scenario-cash-flows.js';

/**
 * A ratio of two totals (government take, AETR, effective royalty rate), or why it is undefined:
 * its denominator (the project's pre-fiscal cash flow, or its revenue) is zero or negative, so a
 * share of it means nothing.
 */
export type FiscalRatio =
  | { readonly ok: true; readonly value: Decimal }
  | { readonly ok: false; readonly reason: 'no-rent' | 'no-revenue'; readonly message: string };

/** One party's or one group's cash flows, with their totals. */
export interface CashFlowSeries {
  /** What the series is: a party id, a group or a stream. */
  readonly label: string;
  /** One amount per period, in the contract currency. */
  readonly flows: readonly Decimal[];
  /** The undiscounted sum. */
  readonly total: Decimal;
  /** The present value at the analysis's discount rate (computed when first read). */
  readonly presentValue: Decimal;
}

/** The metrics of one scenario. */
export interface FiscalMetrics {
  /** Government take: its share of the project's pre-fiscal net cash flow, undiscounted. */
  readonly governmentTake: FiscalRatio;
  /** The same in present values at the discount rate. */
  readonly discountedGovernmentTake: FiscalRatio;
  /** The average effective tax rate: present value of government take over that of pre-fiscal cash flow, at the AETR rate. */
  readonly aetr: FiscalRatio;
  /** Royalties over gross revenue, undiscounted. */
  readonly effectiveRoyaltyRate: FiscalRatio;
  /** The project before any fiscal payment: NPV at the discount rate and IRR (annual). */
  readonly project: { readonly npv: Decimal; readonly irr: RateSolution };
  /** The investor: NPV at its hurdle rate, IRR (annual), and payback in periods from the first. */
  readonly investor: { readonly npv: Decimal; readonly irr: RateSolution; readonly payback: PaybackResult };
  /** The state (the parties counted as government): NPV at the discount rate and IRR (annual). */
  readonly state: { readonly npv: Decimal; readonly irr: RateSolution };
}

/** The cash flows of one scenario, grouped as the metrics read them. */
export interface FiscalCashFlows {
  /** Gross revenue. */
  readonly grossRevenue: CashFlowSeries;
  /** Sale deductions, operating and capital costs (as positive amounts). */
  readonly costs: CashFlowSeries;
  /** Pre-fiscal net cash flow: revenue less deductions and costs. */
  readonly preFiscal: CashFlowSeries;
  /** Royalties. */
  readonly royalties: CashFlowSeries;
  /** Government take, the sum of its streams. */
  readonly government: CashFlowSeries;
  /** Government take by stream, in the order of `GOVERNMENT_STREAMS`, streams with any flow only. */
  readonly governmentStreams: readonly CashFlowSeries[];
  /** The investor. */
  readonly investor: CashFlowSeries;
  /** Community beneficiaries not counted as government. */
  readonly community: CashFlowSeries;
  /** Other parties. */
  readonly other: CashFlowSeries;
  /** Cash retained by the company (negative when drawn, and at the closing distribution). */
  readonly retained: CashFlowSeries;
  /** Every party with a flow, in the contract's order. */
  readonly parties: readonly CashFlowSeries[];
}

function ratio(num: Decimal, den: Decimal, reason: 'no-rent' | 'no-revenue'): FiscalRatio {
  if (den.isPositive() && !den.isZero()) return { ok: true, value: num.div(den) };
  return reason === 'no-rent'
    ? { ok: false, reason, message: 'The project\'s pre-fiscal net cash flow is not positive, so there is no rent to share.' }
    : { ok: false, reason, message: 'The project has no revenue.' };
}

function annualised(r: RateSolution, k: number): RateSolution {
  if (!r.ok || k === 1) return r;
  const year = (x: Decimal) => x.plus(1).pow(k).toSignificantDigits(RATE_SIGNIFICANT_DIGITS, Decimal.ROUND_HALF_EVEN).minus(1);
  return { ok: true, value: year(r.value), roots: Object.freeze(r.roots.map(year)) };
}

function sumSeries(n: number, lists: readonly (readonly Decimal[])[]): Decimal[] {
  const out = Array.from({ length: n }, () => new Decimal(0));
  for (const l of lists) for (let i = 0; i < n; i++) out[i] = out[i]!.plus(l[i]!);
  return out;
}

/**
 * Groups a scenario's cash flows: project, government (by stream and in total), investor,
 * community, others, the company's retained cash and each party.
 *
 * @example
 * ```ts
 * const grouped = fiscalCashFlows(ctx, flows);
 * grouped.government.total.toString();
 * ```
 */
export function fiscalCashFlows(ctx: AnalysisContext, flows: ScenarioCashFlows): FiscalCashFlows {
  const n = flows.preFiscal.length;
  const { discount } = ctx.periodRates;
  const at = ctx.conventions.firstFlowAt;
  // Present values are computed when first read (a price deck's table reads a few), then kept.
  const series = (label: string, values: readonly Decimal[]): CashFlowSeries => {
    const flows = Object.freeze([...values]);
    let pv: Decimal | undefined;
    return Object.freeze({
      label,
      flows,
      total: sumOf(flows),
      get presentValue() {
        return (pv ??= presentValue(discount, flows, at));
      },
    });
  };
  const groups = ctx.conventions.groups;
  const of = (ids: readonly string[]) => sumSeries(n, ids.map((id) => flows.parties.get(id)!).filter((f) => f !== undefined));
  const streams = GOVERNMENT_STREAMS
    .map((s: GovernmentStream) => series(s, flows.streams.get(s)!))
    .filter((s) => s.flows.some((f) => !f.isZero()));
  return Object.freeze({
    grossRevenue: series('gross revenue', flows.grossRevenue),
    costs: series('costs', sumSeries(n, [flows.saleDeductions, flows.operatingCosts, flows.capitalCosts])),
    preFiscal: series('pre-fiscal net cash flow', flows.preFiscal),
    royalties: series('royalties', flows.royalties),
    government: series('government', of(groups.government)),
    governmentStreams: Object.freeze(streams),
    investor: series('investor', investorFlows(ctx, flows)),
    community: series('community', of(groups.community)),
    other: series('other', of(groups.other)),
    retained: series('retained by the company', flows.retained),
    parties: Object.freeze(ctx.contract.parties
      .filter((p) => flows.parties.get(p.id)!.some((f) => !f.isZero()))
      .map((p) => series(p.id, flows.parties.get(p.id)!))),
  });
}

/**
 * The metrics of one scenario from its grouped cash flows: government take (undiscounted and at
 * the discount rate), AETR (at the AETR rate), effective royalty rate, and NPV and IRR for the
 * project before fiscal payments, the investor (at its hurdle rate, with payback) and the state.
 * IRRs are annual rates: a plan of months or quarters has its periodic IRR compounded to a year.
 * Each IRR is solved the first time it is read, then kept.
 *
 * @example
 * ```ts
 * const m = fiscalMetrics(ctx, fiscalCashFlows(ctx, flows));
 * if (m.aetr.ok) m.aetr.value.toFixed(4);
 * ```
 */
export function fiscalMetrics(ctx: AnalysisContext, cf: FiscalCashFlows): FiscalMetrics {
  const { hurdle, aetr } = ctx.periodRates;
  const at = ctx.conventions.firstFlowAt;
  const k = ctx.conventions.periodsPerYear;
  // IRRs are solved when first read (a price deck's table reads two of the three), then kept.
  const lazyIrr = (flows: readonly Decimal[], annual: Decimal) => {
    let solved: RateSolution | undefined;
    return () => (solved ??= annualised(solveIrr(flows, periodGuess(annual, k)), k));
  };
  const projectIrr = lazyIrr(cf.preFiscal.flows, ctx.conventions.discountRate);
  const investorIrr = lazyIrr(cf.investor.flows, ctx.conventions.hurdleRate);
  const stateIrr = lazyIrr(cf.government.flows, ctx.conventions.discountRate);
  return Object.freeze({
    governmentTake: ratio(cf.government.total, cf.preFiscal.total, 'no-rent'),
    discountedGovernmentTake: ratio(cf.government.presentValue, cf.preFiscal.presentValue, 'no-rent'),
    aetr: ratio(presentValue(aetr, cf.government.flows, at), presentValue(aetr, cf.preFiscal.flows, at), 'no-rent'),
    effectiveRoyaltyRate: ratio(cf.royalties.total, cf.grossRevenue.total, 'no-revenue'),
    project: Object.freeze({
      npv: cf.preFiscal.presentValue,
      get irr() {
        return projectIrr();
      },
    }),
    investor: Object.freeze({
      npv: presentValue(hurdle, cf.investor.flows, at),
      get irr() {
        return investorIrr();
      },
      payback: paybackPeriod(cf.investor.flows),
    }),
    state: Object.freeze({
      npv: cf.government.presentValue,
      get irr() {
        return stateIrr();
      },
    }),
  });
}

// The IRR search starts from (and prefers the root nearest) the rate the flows are judged against.
function periodGuess(annual: Decimal, k: number): Decimal {
  return k === 1 ? annual : annual.plus(1).pow(new Decimal(1).div(k)).minus(1);
}
