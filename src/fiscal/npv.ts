import { Decimal, type DecimalInput } from '../money/decimal.js';
import { readCashFlows, readDiscountRate, type CashFlows } from './cash-flow.js';

/**
 * When the first of a series of periodic cash flows falls:
 *
 * - `0` (the default): now, undiscounted; flow k is discounted k periods. This is the textbook and
 *   numpy-financial convention, and the one fiscal analyses use for a plan's first year.
 * - `1`: one period from now; flow k is discounted k + 1 periods. This is the spreadsheet `NPV`
 *   function's convention ("the investment begins one period before the date of the value1 cash
 *   flow").
 */
export type FirstFlowAt = 0 | 1;

/** Options for {@link npv}. */
export interface NpvOptions {
  /** When the first flow falls: `0` now (default), `1` one period from now (spreadsheet `NPV`). */
  firstFlowAt?: FirstFlowAt;
}

/**
 * The net present value of periodic cash flows at a discount rate per period:
 * NPV = Σₖ flowₖ / (1 + rate)^(k + firstFlowAt).
 *
 * Computed in decimal arithmetic: the flows are compounded forward exactly where the digits allow
 * (Horner's rule in 1 + rate) and divided once by (1 + rate)ⁿ, so the result carries 50
 * significant digits and is not rounded to a currency. Throws a `FairlodeError` for a rate at or
 * below −100% or a flow that is not a number.
 *
 * @example
 * ```ts
 * npv('0.05', [-15000, 1500, 2500, 3500, 4500, 6000]).toFixed(2); // '122.89'
 * npv('0.1', [-10000, 3000, 4200, 6800], { firstFlowAt: 1 }).toFixed(2); // '1188.44'
 * ```
 */
export function npv(rate: DecimalInput, flows: CashFlows, options: NpvOptions = {}): Decimal {
  return presentValue(readDiscountRate(rate), readCashFlows(flows), options.firstFlowAt ?? 0);
}

/**
 * {@link npv} on flows and a rate already read as Decimals: the form the solvers and the fiscal
 * analysis call in their loops.
 *
 * @example
 * ```ts
 * presentValue(new Decimal('0.1'), [new Decimal(-100), new Decimal(110)], 0).toString(); // '0'
 * ```
 */
export function presentValue(rate: Decimal, flows: readonly Decimal[], firstFlowAt: FirstFlowAt = 0): Decimal {
  const growth = rate.plus(1);
  if (flows.length === 0) return new Decimal(0);
  let s = flows[0]!;
  for (let k = 1; k < flows.length; k++) s = s.times(growth).plus(flows[k]!);
  const periods = flows.length - 1 + firstFlowAt;
  return periods === 0 ? s : s.div(growth.pow(periods));
}
