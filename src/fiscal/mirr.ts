import { Decimal, type DecimalInput } from '../money/decimal.js';
import { readCashFlows, readDiscountRate, type CashFlows } from './cash-flow.js';

/** Why a modified internal rate of return cannot be computed. */
export type NoMirrReason = 'too-few-flows' | 'no-negative-flow' | 'no-positive-flow';

/**
 * The outcome of {@link mirr}: the rate, or why there is none. Never NaN.
 */
export type MirrResult =
  | { readonly ok: true; readonly value: Decimal }
  | { readonly ok: false; readonly reason: NoMirrReason; readonly message: string };

/**
 * The modified internal rate of return of periodic cash flows: the outflows are discounted to
 * t = 0 at the finance rate, the inflows compounded to the last period (t = n − 1) at the
 * reinvestment rate, and MIRR is the rate that grows the one into the other:
 *
 * MIRR = (FV(inflows, reinvestRate) / −PV(outflows, financeRate))^(1/(n − 1)) − 1.
 *
 * This is the spreadsheet `MIRR` and numpy-financial's `mirr`. It has exactly one value, so no
 * root finding is involved; the (n − 1)th root is taken in decimal arithmetic (50 significant
 * digits). Without both an outflow and an inflow there is no MIRR: `{ ok: false, reason }`.
 *
 * @example
 * ```ts
 * const m = mirr([-120000, 39000, 30000, 21000, 37000, 46000], '0.10', '0.12');
 * if (m.ok) m.value.toFixed(6); // '0.126094'
 * ```
 */
export function mirr(flows: CashFlows, financeRate: DecimalInput, reinvestRate: DecimalInput): MirrResult {
  const cs = readCashFlows(flows);
  const finance = readDiscountRate(financeRate, 'The finance rate').plus(1);
  const reinvest = readDiscountRate(reinvestRate, 'The reinvestment rate').plus(1);
  const n = cs.length;
  if (n < 2) return { ok: false, reason: 'too-few-flows', message: 'A modified internal rate of return needs at least two cash flows.' };
  let future = new Decimal(0);
  let present = new Decimal(0);
  cs.forEach((c, t) => {
    if (c.isPositive() && !c.isZero()) future = future.plus(c.times(reinvest.pow(n - 1 - t)));
    else if (c.isNegative() && !c.isZero()) present = present.plus(c.div(finance.pow(t)));
  });
  if (present.isZero()) return { ok: false, reason: 'no-negative-flow', message: 'The cash flows have no outflow (negative value), so there is nothing to earn a return on.' };
  if (future.isZero()) return { ok: false, reason: 'no-positive-flow', message: 'The cash flows have no inflow (positive value), so there is no return.' };
  const growth = future.div(present.neg());
  return { ok: true, value: growth.pow(new Decimal(1).div(n - 1)).minus(1) };
}
