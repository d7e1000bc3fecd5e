import type { Result } from '../diagnostics/diagnostic.js';
import { Decimal, toDecimalOperand } from '../money/decimal.js';
import { parseUnit, type UnitPrice } from '../quantity/index.js';
import type { AnalysisContext } from './analysis-context.js';
import { presentValue } from './npv.js';
import { scenarioPrice } from './plan-actuals.js';
import type { ResolvedPriceScenario } from './price-deck.js';
import { scenarioCashFlows, type ScenarioCashFlows } from './scenario-cash-flows.js';

/**
 * The breakeven price: the lowest flat price of one commodity (others at the scenario's prices)
 * at which the investor's NPV at its hurdle rate is zero or more, to within the tolerance; or
 * why there is none.
 */
export type BreakevenResult =
  | {
      readonly ok: true;
      /** The commodity whose price was solved for. */
      readonly commodity: string;
      /** The breakeven price, per the commodity's unit, in the contract currency. */
      readonly price: UnitPrice;
      /** The investor's NPV at that price (zero or a little above). */
      readonly investorNpv: Decimal;
      /** The investor's NPV one tolerance step below (negative). */
      readonly npvBelow: Decimal;
      /** How many full payout runs the search took. */
      readonly evaluations: number;
    }
  | {
      readonly ok: false;
      /** The commodity. */
      readonly commodity: string;
      /**
       * `profitable-at-zero`: the investor's NPV is non-negative even at a zero price (the other
       * commodities carry the project); `never-profitable`: still negative at 2³⁰ times the plan's
       * price; `not-produced`: the plan produces none of it.
       */
      readonly reason: 'profitable-at-zero' | 'never-profitable' | 'not-produced';
      /** The same in words. */
      readonly message: string;
      /** How many full payout runs the search took. */
      readonly evaluations: number;
    };

/**
 * The investor's cash flows: the sum of its parties' nets, per period.
 *
 * @example
 * ```ts
 * investorFlows(ctx, flows).map(String); // ['-107327853.58', '-327531732.89', …]
 * ```
 */
export function investorFlows(ctx: AnalysisContext, flows: ScenarioCashFlows): Decimal[] {
  const n = flows.preFiscal.length;
  const out = Array.from({ length: n }, () => new Decimal(0));
  for (const id of ctx.conventions.groups.investor) {
    const f = flows.parties.get(id);
    if (f !== undefined) for (let i = 0; i < n; i++) out[i] = out[i]!.plus(f[i]!);
  }
  return out;
}

/**
 * The commodity with the largest gross revenue over the plan at the scenario's prices: the one
 * whose breakeven price is solved for unless another is named.
 *
 * @example
 * ```ts
 * mainCommodity(ctx, ctx.scenario); // 'copper'
 * ```
 */
export function mainCommodity(ctx: AnalysisContext, scenario: ResolvedPriceScenario): string | undefined {
  const totals = new Map<string, Decimal>();
  for (const p of ctx.plan.periods) {
    for (const [c, q] of Object.entries(p.production)) {
      const price = scenarioPrice(p, c, scenario);
      if (price === undefined) continue;
      totals.set(c, (totals.get(c) ?? new Decimal(0)).plus(price.amount.times(q.value)));
    }
  }
  let best: string | undefined;
  for (const c of ctx.contract.commodities) {
    const t = totals.get(c.id);
    if (t !== undefined && (best === undefined || t.gt(totals.get(best)!))) best = c.id;
  }
  return best;
}

/**
 * Solves for the breakeven price by bracketing: the investor's NPV at the hurdle rate is computed
 * (each time a full payout run) at a zero price and at the plan's highest price of the commodity,
 * doubling the upper price until the NPV is non-negative; then the bracket is narrowed by the
 * Illinois variant of regula falsi (bisection after 30 steps), on
 * prices rounded up to the tolerance, until the two ends are one tolerance step apart. Every payout mechanism (sliding
 * royalties, price participation, tax losses) is applied exactly at each price tried, so the NPV
 * need not be smooth; if it is not monotonic in the price, the crossing found is one of several.
 *
 * @example
 * ```ts
 * const ctx = prepareAnalysis(contract, plan, { hurdleRate: '0.1' });
 * if (ctx.ok) {
 *   const b = breakevenPrice(ctx.value, 'copper');
 *   if (b.ok && b.value.ok) unitPriceToString(b.value.price); // e.g. '4321.07 USD/t'
 * }
 * ```
 */
export function breakevenPrice(ctx: AnalysisContext, commodity: string, base: ResolvedPriceScenario = ctx.scenario): Result<BreakevenResult> {
  // The price is solved per the unit the plan prices the commodity in (else the contract's unit).
  const planned = base.flat[commodity] ?? ctx.plan.periods.find((p) => p.prices[commodity] !== undefined)?.prices[commodity];
  const unit = ctx.contract.commodities.find((c) => c.id === commodity)?.unit;
  const parsedUnit = unit === undefined ? undefined : parseUnit(unit);
  const per = planned?.per ?? (parsedUnit?.ok ? parsedUnit.value : undefined);
  const step = toDecimalOperand(ctx.breakeven?.tolerance ?? '0.01');
  const currency = ctx.contract.currency;
  let evaluations = 0;
  const produced = ctx.plan.periods.some((p) => p.production[commodity] !== undefined && !p.production[commodity]!.value.isZero());
  if (!produced || per === undefined) return { ok: true, value: { ok: false, commodity, reason: 'not-produced', message: `The plan produces no ${commodity}.`, evaluations }, diagnostics: [] };
  const priceAt = (amount: Decimal): UnitPrice => Object.freeze({ amount, currency, per });
  const npvAt = (amount: Decimal): Result<Decimal> => {
    evaluations++;
    const scenario: ResolvedPriceScenario = { label: 'breakeven', flat: { ...base.flat, [commodity]: priceAt(amount) }, scale: base.scale };
    const flows = scenarioCashFlows(ctx, scenario);
    if (!flows.ok) return flows;
    return { ok: true, value: presentValue(ctx.periodRates.hurdle, investorFlows(ctx, flows.value), ctx.conventions.firstFlowAt), diagnostics: [] };
  };
  const round = (d: Decimal) => d.div(step).toDecimalPlaces(0, Decimal.ROUND_CEIL).times(step);
  let lo = new Decimal(0);
  const atZero = npvAt(lo);
  if (!atZero.ok) return atZero;
  let fLo = atZero.value;
  if (!fLo.isNegative()) {
    return { ok: true, value: { ok: false, commodity, reason: 'profitable-at-zero', message: `The investor's NPV is not negative even when ${commodity} sells for nothing.`, evaluations }, diagnostics: [] };
  }
  let hi = round(Decimal.max(step, ...ctx.plan.periods.map((p) => p.prices[commodity]?.amount ?? new Decimal(0))));
  let fHi: Decimal | undefined;
  for (let i = 0; i <= 30; i++) {
    const r = npvAt(hi);
    if (!r.ok) return r;
    if (!r.value.isNegative()) {
      fHi = r.value;
      break;
    }
    lo = hi;
    fLo = r.value;
    hi = hi.times(2);
  }
  if (fHi === undefined) {
    return { ok: true, value: { ok: false, commodity, reason: 'never-profitable', message: `The investor's NPV is still negative at ${hi.div(2).toString()} ${currency}/${per.symbol}.`, evaluations }, diagnostics: [] };
  }
  // Illinois regula falsi on a price grid of one tolerance step; the bracket keeps fLo < 0 ≤ fHi.
  // An estimate that rounds onto an end of the bracket is moved one step inside it (for a
  // straight line, that settles it); after 30 steps, plain bisection guarantees the end.
  let side = 0;
  let wLo = fLo;
  let wHi = fHi;
  for (let i = 0; hi.minus(lo).gt(step); i++) {
    const width = hi.minus(lo);
    let x = i >= 30 ? round(lo.plus(hi).div(2)) : round(lo.minus(wLo.times(width).div(wHi.minus(wLo))));
    if (x.gte(hi)) x = hi.minus(step);
    if (x.lte(lo)) x = lo.plus(step);
    const r = npvAt(x);
    if (!r.ok) return r;
    if (r.value.isNegative()) {
      lo = x;
      fLo = r.value;
      wLo = fLo;
      if (side === -1) wHi = wHi.div(2);
      side = -1;
    } else {
      hi = x;
      fHi = r.value;
      wHi = fHi;
      if (side === 1) wLo = wLo.div(2);
      side = 1;
    }
  }
  return { ok: true, value: { ok: true, commodity, price: priceAt(hi), investorNpv: fHi, npvBelow: fLo, evaluations }, diagnostics: [] };
}

