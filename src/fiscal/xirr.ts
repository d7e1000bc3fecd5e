import { Decimal, toDecimalOperand, type DecimalInput } from '../money/decimal.js';
import { signChanges } from './cash-flow.js';
import { solveRate, type RateEquation, type RateSolution } from './root-finding.js';
import { datedValueAndSlope, readDatedFlows, type DatedCashFlow, type DatedFlows } from './xnpv.js';

/** Options for {@link xirr}. */
export interface XirrOptions {
  /** Where to start, and which root to prefer when there are several (default 0.1, as in spreadsheets). */
  guess?: DecimalInput;
}

/**
 * The present value of dated flows as an equation in the annual rate, for {@link solveRate}.
 * Descartes' rule of signs holds for sums of powers with real exponents (Laguerre), so the sign
 * changes of the flows in date order (flows on the same day summed) bound the roots.
 *
 * @example
 * ```ts
 * xirrEquation(readDatedFlows([{ date: '2027-01-01', amount: -100 }, { date: '2028-01-01', amount: 110 }])).signChanges; // 1
 * ```
 */
export function xirrEquation(flows: DatedFlows): RateEquation {
  const byDay = new Map<number, Decimal>();
  flows.days.forEach((d, i) => byDay.set(d, (byDay.get(d) ?? new Decimal(0)).plus(flows.amounts[i]!)));
  const ordered = [...byDay].sort((a, b) => a[0] - b[0]).map(([, a]) => a);
  const first = ordered.find((a) => !a.isZero());
  return {
    value: (r) => datedValueAndSlope(r, flows, false).value,
    valueAndSlope: (r) => datedValueAndSlope(r, flows, true),
    signChanges: signChanges(ordered),
    signAtInfinity: first === undefined ? 0 : first.isNegative() ? -1 : 1,
    lowerBound: undefined,
    upperBound: undefined,
  };
}

/**
 * The internal rate of return of dated cash flows: the annual rate at which their {@link xnpv}
 * (actual days / 365 from the earliest date) is zero. This is the spreadsheet XIRR.
 *
 * Returns the root nearest `guess` (default 10%) with every root found, or `{ ok: false, reason,
 * message }` when there is none; never NaN, and it throws a `FairlodeError` only for a bad date or
 * amount. See {@link solveRate} for the method and {@link RATE_TOLERANCE} for the accuracy.
 *
 * @example
 * ```ts
 * const r = xirr([
 *   { date: '2008-01-01', amount: -10000 }, { date: '2008-03-01', amount: 2750 },
 *   { date: '2008-10-30', amount: 4250 }, { date: '2009-02-15', amount: 3250 },
 *   { date: '2009-04-01', amount: 2750 },
 * ]);
 * if (r.ok) r.value.toFixed(9); // '0.373362535'
 * ```
 */
export function xirr(flows: readonly DatedCashFlow[], options: XirrOptions = {}): RateSolution {
  const read = readDatedFlows(flows);
  if (read.amounts.length < 2) return { ok: false, reason: 'too-few-flows', message: 'An internal rate of return needs at least two cash flows.' };
  if (read.amounts.every((a) => a.isZero())) return { ok: false, reason: 'all-zero', message: 'Every cash flow is zero, so every rate gives a present value of zero.' };
  const guess = options.guess === undefined ? new Decimal('0.1') : toDecimalOperand(options.guess);
  return solveRate(xirrEquation(read), guess);
}
