import { Decimal, toDecimalOperand, type DecimalInput } from '../money/decimal.js';
import { readCashFlows, signChanges, type CashFlows } from './cash-flow.js';
import { presentValueSign } from './present-value-sign.js';
import { solveRate, type RateEquation, type RateSolution } from './root-finding.js';

/** Options for {@link irr}. */
export interface IrrOptions {
  /**
   * Where to start, and which root to prefer when there are several: the one nearest the guess is
   * the `value` (default 0.1, as in spreadsheets). All roots found are in `roots`.
   */
  guess?: DecimalInput;
}

const DEFAULT_GUESS = new Decimal('0.1');

/**
 * The present value of periodic flows as an equation in the rate, for {@link solveRate}: flows in
 * time order, the first at t = 0. Horner's rule in v = 1 / (1 + r) gives the value and its slope
 * in one pass; Cauchy's bound on the roots of Σ flowₖ vᵏ bounds the rates searched.
 *
 * @example
 * ```ts
 * const eq = irrEquation(readCashFlows([-100, 110]));
 * eq.value(new Decimal('0.1')).toString(); // '0'
 * ```
 */
export function irrEquation(flows: readonly Decimal[]): RateEquation {
  const first = flows.findIndex((f) => !f.isZero());
  let last = flows.length - 1;
  while (last >= 0 && flows[last]!.isZero()) last--;
  const cs = first < 0 ? [] : flows.slice(first, last + 1);
  const n = cs.length - 1;
  const valueAndSlope = (r: Decimal) => {
    const v = new Decimal(1).div(r.plus(1));
    let p = cs[n]!;
    let dp = new Decimal(0);
    for (let k = n - 1; k >= 0; k--) {
      dp = dp.times(v).plus(p);
      p = p.times(v).plus(cs[k]!);
    }
    // Discounting the leading zeros multiplies by v^first, which does not move the roots; the
    // value and slope are those of the stripped series. d/dr = d/dv · (−v²).
    return { value: p, slope: dp.times(v).times(v).neg() };
  };
  const value = (r: Decimal) => {
    const v = new Decimal(1).div(r.plus(1));
    let p = cs[n]!;
    for (let k = n - 1; k >= 0; k--) p = p.times(v).plus(cs[k]!);
    return p;
  };
  // Cauchy: every positive root v of Σ cₖ vᵏ satisfies 1/(1 + max|cₖ/c₀|) < v < 1 + max|cₖ/cₙ|,
  // so every root rate lies in (1/(1 + max|cₖ/cₙ|) − 1, max|cₖ/c₀|). Computed only when needed.
  let bounds: { lower: Decimal; upper: Decimal } | undefined;
  const cauchy = () => {
    if (bounds === undefined) {
      // max |cₖ/c₀| is max |cₖ| / |c₀|: the division rounds half-even, which is monotonic and
      // symmetric about zero, so one division of the largest flow gives the same decimal as the
      // largest of the n rounded quotients.
      let largestAfterFirst = cs[1]!.abs();
      for (let k = 2; k <= n; k++) if (cs[k]!.abs().gt(largestAfterFirst)) largestAfterFirst = cs[k]!.abs();
      let largestBeforeLast = cs[0]!.abs();
      for (let k = 1; k < n; k++) if (cs[k]!.abs().gt(largestBeforeLast)) largestBeforeLast = cs[k]!.abs();
      const a = largestAfterFirst.div(cs[0]!.abs());
      const b = largestBeforeLast.div(cs[n]!.abs());
      bounds = { lower: new Decimal(1).div(b.plus(1)).minus(1), upper: a };
    }
    return bounds;
  };
  return {
    value,
    valueAndSlope,
    sign: presentValueSign(cs),
    signChanges: signChanges(cs),
    signAtInfinity: cs.length === 0 ? 0 : cs[0]!.isNegative() ? -1 : 1,
    get lowerBound() {
      return n >= 1 ? cauchy().lower : undefined;
    },
    get upperBound() {
      return n >= 1 ? cauchy().upper : undefined;
    },
  };
}

/**
 * The internal rate of return of periodic cash flows: the rate per period at which their net
 * present value ({@link npv}, first flow at t = 0) is zero.
 *
 * Returns `{ ok: true, value, roots }`, where `value` is the root nearest `guess` (default 10%) and
 * `roots` every root found in ascending order, or `{ ok: false, reason, message }` when there is
 * no rate: fewer than two flows, all zero, no sign change, or no crossing found. Never NaN and
 * never throws for flows that have no rate (it throws a `FairlodeError` only for a flow that is not
 * a number). See {@link solveRate} for the method and {@link RATE_TOLERANCE} for the accuracy.
 *
 * @example
 * ```ts
 * const r = irr([-70000, 12000, 15000, 18000, 21000, 26000]);
 * if (r.ok) r.value.toFixed(4); // '0.0866'
 * irr([-1, -2, -3]); // { ok: false, reason: 'no-sign-change', message: '…' }
 * ```
 */
export function irr(flows: CashFlows, options: IrrOptions = {}): RateSolution {
  const cs = readCashFlows(flows);
  const guess = options.guess === undefined ? DEFAULT_GUESS : toDecimalOperand(options.guess);
  return solveIrr(cs, guess);
}

/**
 * {@link irr} on flows already read as Decimals.
 *
 * @example
 * ```ts
 * solveIrr([new Decimal(-100), new Decimal(110)], new Decimal('0.1')); // { ok: true, value: 0.1, roots: [0.1] }
 * ```
 */
export function solveIrr(flows: readonly Decimal[], guess: Decimal = DEFAULT_GUESS): RateSolution {
  if (flows.length < 2) return { ok: false, reason: 'too-few-flows', message: 'An internal rate of return needs at least two cash flows.' };
  if (flows.every((f) => f.isZero())) return { ok: false, reason: 'all-zero', message: 'Every cash flow is zero, so every rate gives a present value of zero.' };
  return solveRate(irrEquation(flows), guess);
}
