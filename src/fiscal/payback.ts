import { Decimal, type DecimalInput } from '../money/decimal.js';
import { readCashFlows, readDiscountRate, type CashFlows } from './cash-flow.js';

/** Options for {@link paybackPeriod}. */
export interface PaybackOptions {
  /**
   * Discount each flow k at this rate per period before accumulating (discounted payback). By
   * default flows are not discounted (simple payback).
   */
  rate?: DecimalInput;
  /**
   * Interpolate within the period in which the cumulative flow turns non-negative, assuming that
   * period's flow arrives evenly through it (default true). When false, the result is the whole
   * number of the period in which the investment is recovered.
   */
  interpolate?: boolean;
}

/**
 * The outcome of {@link paybackPeriod}: when the investment is recovered, or that it never is.
 */
export type PaybackResult =
  | {
      readonly ok: true;
      /** Periods from the first flow (t = 0) until the cumulative flow first reaches zero. */
      readonly value: Decimal;
      /** The index of the flow in which the cumulative flow first reaches zero. */
      readonly period: number;
    }
  | { readonly ok: false; readonly reason: 'never-recovered'; readonly message: string };

/**
 * The payback period of periodic cash flows, the first at t = 0: the time at which the cumulative
 * (optionally discounted) cash flow first reaches zero after being negative. Flow k is taken to
 * accrue evenly over the period from t = k − 1 to t = k, so with interpolation the payback is
 * (k − 1) + (−cumulativeₖ₋₁ / flowₖ); without, it is k. A series that is never negative pays back
 * at 0. If the cumulative flow dips below zero again later (closure costs), the first recovery is
 * reported; if it never reaches zero, `{ ok: false, reason: 'never-recovered' }`.
 *
 * @example
 * ```ts
 * const p = paybackPeriod([-1000, 300, 400, 500, 600]);
 * if (p.ok) p.value.toString(); // '2.6'
 * paybackPeriod([-1000, 300, 400]); // { ok: false, reason: 'never-recovered', … }
 * ```
 */
export function paybackPeriod(flows: CashFlows, options: PaybackOptions = {}): PaybackResult {
  const cs = readCashFlows(flows);
  const growth = options.rate === undefined ? undefined : readDiscountRate(options.rate).plus(1);
  const interpolate = options.interpolate ?? true;
  let cumulative = new Decimal(0);
  let factor = new Decimal(1);
  for (let k = 0; k < cs.length; k++) {
    if (k > 0 && growth !== undefined) factor = factor.div(growth);
    const flow = growth === undefined ? cs[k]! : cs[k]!.times(factor);
    const before = cumulative;
    cumulative = cumulative.plus(flow);
    if (cumulative.isNegative() && !cumulative.isZero()) continue;
    if (k === 0) return { ok: true, value: new Decimal(0), period: 0 };
    const value = interpolate ? new Decimal(k - 1).plus(before.neg().div(flow)) : new Decimal(k);
    return { ok: true, value, period: k };
  }
  return { ok: false, reason: 'never-recovered', message: 'The cumulative cash flow never reaches zero: the investment is not recovered.' };
}
