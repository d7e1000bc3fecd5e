import { Decimal } from '../money/decimal.js';

/**
 * Why no rate was found:
 *
 * - `too-few-flows`: fewer than two cash flows;
 * - `all-zero`: every flow is zero, so every rate is a root and none is meaningful;
 * - `no-sign-change`: the flows never change sign, so no rate can make their value zero
 *   (Descartes' rule of signs);
 * - `no-root-found`: the flows change sign, yet their value does not cross zero at any rate
 *   searched (it can touch zero without crossing, at a root of even multiplicity);
 * - `out-of-range`: the only root lies within 1e-30 of −100% (1 + rate below 1e-30), closer than
 *   a 50-digit decimal can tell apart from −100%.
 */
export type NoRateReason = 'too-few-flows' | 'all-zero' | 'no-sign-change' | 'no-root-found' | 'out-of-range';

/**
 * The outcome of solving for a rate (IRR, XIRR): the rate, or why there is none. Never NaN,
 * never an exception for flows that merely have no rate.
 *
 * `value` is the root nearest the guess; `roots` lists every root found, in ascending order (one,
 * unless the flows change sign more than once). Each has 1 + rate rounded to
 * {@link RATE_SIGNIFICANT_DIGITS} significant digits (20 decimal places for rates between 0 and
 * 900%) and lies within {@link RATE_TOLERANCE} × (1 + rate) of an exact root.
 */
export type RateSolution =
  | { readonly ok: true; readonly value: Decimal; readonly roots: readonly Decimal[] }
  | { readonly ok: false; readonly reason: NoRateReason; readonly message: string };

/**
 * How close a solved rate is to an exact root, relative to 1 + rate: the exact root r* satisfies
 * |r − r*| ≤ 1e-20 × (1 + r), so within 1e-20 for any rate up to 0% and, for example, within
 * 1.1e-20 at 10%. For periodic flows (IRR) this is proven for each rate returned: the exact signs
 * of the NPV, in rational arithmetic, differ at r ± 1e-20 × (1 + r). For dated flows (XIRR) the
 * solver iterates in 50-digit decimals until a step is below 1e-24 × (1 + r).
 */
export const RATE_TOLERANCE = new Decimal('1e-20');

/** The significant digits 1 + rate is rounded to in a solved rate (21: 20 decimal places for 1 + rate between 1 and 10). */
export const RATE_SIGNIFICANT_DIGITS = 21;

const CONVERGED = new Decimal('1e-24');
const NEAR = new Decimal('1e-12');
const COARSE = new Decimal('1e-4');
const TWO = new Decimal(2);
const FOUR = new Decimal(4);
// Below this, 1 + rate cannot keep 20 significant digits within a 50-digit decimal rate.
const LOWEST_GROWTH = new Decimal('1e-30');
const HALF = new Decimal('0.5');
const MAX_ITERATIONS = 400;
const MAX_EXPANSIONS = 64;
const DOUBLINGS = 8; // then 1 + r is squared (or its square taken) at each step: 1e±1000 in 15 steps

/**
 * An equation in a rate r > −1 whose roots are sought: the present value of a series of flows
 * discounted at r, its slope, and what is known about it from the flows themselves.
 */
export interface RateEquation {
  /** The present value at r. */
  value(r: Decimal): Decimal;
  /** The present value at r and its derivative with respect to r. */
  valueAndSlope(r: Decimal): { value: Decimal; slope: Decimal };
  /**
   * The exact sign of the present value at r (−1, 0 or 1), computed in exact rational arithmetic,
   * when the flows allow it (periodic flows do; dated flows, with fractional powers, do not). It
   * makes brackets certain and certifies each root to within {@link RATE_TOLERANCE}.
   */
  readonly sign?: ((r: Decimal) => number) | undefined;
  /** Sign changes of the flows in time order: an upper bound on the number of roots, of the same parity. */
  readonly signChanges: number;
  /** The sign of the value as r grows without bound: the sign of the earliest non-zero flow. */
  readonly signAtInfinity: number;
  /** A rate at or below which no root lies, when one is known (Cauchy's bound). */
  readonly lowerBound: Decimal | undefined;
  /** A rate at or above which no root lies, when one is known (Cauchy's bound). */
  readonly upperBound: Decimal | undefined;
}

// The rates the several-roots search evaluates, densest where project rates of return lie.
const GRID_TEXT = [
  '-0.99', '-0.95', '-0.9', '-0.8', '-0.7', '-0.6', '-0.5', '-0.4', '-0.3', '-0.25', '-0.2', '-0.15', '-0.1',
  '-0.075', '-0.05', '-0.025', '0', '0.025', '0.05', '0.075', '0.1', '0.125', '0.15', '0.175', '0.2', '0.25',
  '0.3', '0.35', '0.4', '0.5', '0.6', '0.8', '1', '1.5', '2', '3', '5', '10', '20', '50', '100',
];
let grid: Decimal[] | undefined;

function signOf(d: Decimal): number {
  return d.isZero() ? 0 : d.isNegative() ? -1 : 1;
}

// The sign of the equation at r: exact when the equation can give it.
function signAt(eq: RateEquation, r: Decimal): number {
  return eq.sign === undefined ? signOf(eq.value(r)) : eq.sign(r);
}

// A point between a and b: geometric in 1 + r when the bracket spans more than a factor of four,
// so that roots near −100% or far above 100% are approached in few steps; arithmetic otherwise.
// Rounded to as few significant digits as keep it strictly inside, so that exact evaluations
// there stay cheap.
function midpoint(a: Decimal, b: Decimal): Decimal {
  const ga = a.plus(1);
  const gb = b.plus(1);
  const m = gb.gt(ga.times(FOUR)) ? ga.times(gb).sqrt().minus(1) : a.plus(b).div(TWO);
  for (const digits of [4, 8, 16, 32]) {
    const short = m.toSignificantDigits(digits);
    if (short.gt(a) && short.lt(b)) return short;
  }
  return m;
}

// A tolerance relative to 1 + x: rates near −100% are resolved relative to what is left of 1 + x.
function tolerance(x: Decimal, base: Decimal): Decimal {
  return base.times(x.plus(1));
}

/**
 * Refines a root inside a bracket [a, b] whose ends have opposite signs. With exact signs, the
 * bracket is first narrowed by bisection to a width of 1e-4; then Newton's method runs, falling
 * back to bisection whenever a Newton step would leave the bracket or stops halving the error
 * (Numerical Recipes' `rtsafe`). With exact signs, once a step is below 1e-12 the rate rounded to
 * 20 places is accepted as soon as the exact signs just below and above it (± the tolerance)
 * differ; otherwise iteration continues until a step is below 1e-24.
 */
function refine(eq: RateEquation, a: Decimal, sA: number, b: Decimal, start: Decimal): Decimal {
  let lo = a;
  let hi = b;
  const sLo = sA;
  if (eq.sign !== undefined) {
    while (hi.minus(lo).gt(tolerance(lo, COARSE))) {
      const m = midpoint(lo, hi);
      const s = eq.sign(m);
      if (s === 0) return m;
      if (s === sLo) lo = m;
      else hi = m;
    }
  }
  let x = start.gt(lo) && start.lt(hi) ? start : midpoint(lo, hi);
  let previousStep = hi.minus(lo);
  let step = previousStep;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const { value: f, slope } = eq.valueAndSlope(x);
    const s = signOf(f);
    if (s === 0) return x;
    if (s === sLo) lo = x;
    else hi = x;
    let next: Decimal | undefined;
    if (!slope.isZero()) {
      const newton = x.minus(f.div(slope));
      // Accept the Newton step only inside the bracket and only while it shrinks fast enough.
      if (newton.gt(lo) && newton.lt(hi) && newton.minus(x).abs().times(TWO).lte(previousStep.abs())) next = newton;
    }
    if (next === undefined) next = midpoint(lo, hi);
    previousStep = step;
    step = next.minus(x);
    x = next;
    if (eq.sign !== undefined && step.abs().lt(tolerance(x, NEAR))) {
      const r = rounded(x);
      const tol = tolerance(r, RATE_TOLERANCE);
      const below = eq.sign(r.minus(tol));
      const above = eq.sign(r.plus(tol));
      if (below === 0 || above === 0 || below !== above) return x;
    }
    const t = tolerance(x, CONVERGED);
    if (step.abs().lt(t) || hi.minus(lo).lt(t)) return x;
  }
  return x;
}

function rounded(r: Decimal): Decimal {
  return r.plus(1).toSignificantDigits(RATE_SIGNIFICANT_DIGITS, Decimal.ROUND_HALF_EVEN).minus(1);
}

function nearest(roots: readonly Decimal[], guess: Decimal): Decimal {
  let best = roots[0]!;
  for (const r of roots) if (r.minus(guess).abs().lt(best.minus(guess).abs())) best = r;
  return best;
}

// One sign change: exactly one root. Walk outward from the guess, doubling or halving 1 + r (and,
// after a few steps, squaring it or taking its square), until the value changes sign; then refine.
function solveSingle(eq: RateEquation, guess: Decimal): Decimal | 'out-of-range' | undefined {
  const sg = signAt(eq, guess);
  if (sg === 0) return guess;
  // As r grows the value tends to the sign of the earliest flow: if it already has that sign, the
  // root lies below the guess.
  const below = sg === eq.signAtInfinity;
  let inner = guess;
  let sInner = sg;
  for (let i = 0; i < MAX_EXPANSIONS; i++) {
    const g = inner.plus(1);
    const far = i >= DOUBLINGS && (below ? g.lt(HALF) : g.gt(TWO));
    let outer = (below ? (far ? g.times(g) : g.div(TWO)) : far ? g.times(g) : g.times(TWO)).minus(1);
    // Far out, Cauchy's bound (when known) stops the walk from overshooting by orders of magnitude.
    if (far && below && eq.lowerBound && outer.lt(eq.lowerBound)) outer = eq.lowerBound;
    if (far && !below && eq.upperBound && outer.gt(eq.upperBound)) outer = eq.upperBound;
    if (below && outer.plus(1).lt(LOWEST_GROWTH)) outer = LOWEST_GROWTH.minus(1);
    if (outer.eq(inner)) return below && inner.plus(1).eq(LOWEST_GROWTH) ? 'out-of-range' : undefined;
    const so = signAt(eq, outer);
    if (so === 0) return outer;
    if (so !== sInner) {
      return below ? refine(eq, outer, so, inner, inner) : refine(eq, inner, sInner, outer, inner);
    }
    inner = outer;
    sInner = so;
  }
  return undefined;
}

function searchGrid(eq: RateEquation): Decimal[] {
  grid ??= GRID_TEXT.map((t) => new Decimal(t));
  const points: Decimal[] = [];
  // Below −99% and above 10000%, extend only as far as Cauchy's bound says a root may lie.
  const low: Decimal[] = [];
  let g = new Decimal('0.01');
  for (let i = 0; i < 60 && eq.lowerBound !== undefined && eq.lowerBound.lt(g.minus(1)); i++) {
    g = g.div(10);
    low.unshift(Decimal.max(g.minus(1), eq.lowerBound));
  }
  points.push(...low);
  for (const p of grid) {
    if (eq.lowerBound !== undefined && p.lte(eq.lowerBound)) continue;
    if (eq.upperBound !== undefined && p.gte(eq.upperBound)) continue;
    points.push(p);
  }
  g = new Decimal(101);
  for (let i = 0; i < 30 && eq.upperBound !== undefined && eq.upperBound.gt(g.minus(1)); i++) {
    g = g.times(10);
    points.push(Decimal.min(g.minus(1), eq.upperBound));
  }
  const roots: Decimal[] = [];
  let prev: Decimal | undefined;
  let sPrev = 0;
  for (const p of points) {
    const s = signAt(eq, p);
    if (s === 0) roots.push(p);
    else if (prev !== undefined && sPrev !== 0 && s !== sPrev) roots.push(refine(eq, prev, sPrev, p, midpoint(prev, p)));
    prev = p;
    sPrev = s;
    // No more roots than sign changes (Descartes): stop once they are all found.
    if (roots.length >= eq.signChanges) break;
  }
  return roots;
}

/**
 * Solves a rate equation for its roots above −100%.
 *
 * - No sign change in the flows: no root (Descartes), reported as such.
 * - One sign change: exactly one root, found by walking out from the guess until the value
 *   changes sign (doubling or halving 1 + r), then Newton's method safeguarded by bisection.
 * - Several sign changes: the value is evaluated on a fixed grid of rates from −99% to 10000%
 *   (extended towards −100% and upwards as far as Cauchy's bound on the roots requires), every
 *   bracket where it changes sign is refined the same way, and the root nearest the guess is the
 *   value; all of them are listed. Two roots closer together than the grid's spacing, or a root
 *   where the value touches zero without crossing, can be missed.
 *
 * All arithmetic is decimal (50 significant digits); see {@link RATE_TOLERANCE}.
 *
 * @example
 * ```ts
 * const solution = solveRate(irrEquation(readCashFlows([-100, 60, 60])), new Decimal('0.1'));
 * if (solution.ok) solution.value.toFixed(6); // '0.130662'
 * ```
 */
export function solveRate(eq: RateEquation, guess: Decimal): RateSolution {
  if (eq.signChanges === 0) {
    return { ok: false, reason: 'no-sign-change', message: 'The cash flows never change sign, so no rate makes their present value zero.' };
  }
  const start = guess.gt(-1) ? guess : new Decimal('0.1');
  let roots: Decimal[];
  if (eq.signChanges === 1) {
    const root = solveSingle(eq, start);
    if (root === 'out-of-range') {
      return { ok: false, reason: 'out-of-range', message: 'The only rate that makes the present value zero lies within 1e-30 of −100%, beyond what a 50-digit decimal can represent.' };
    }
    roots = root === undefined ? [] : [root];
  } else {
    roots = searchGrid(eq);
  }
  const distinct: Decimal[] = [];
  for (const r of roots.map(rounded).sort((a, b) => a.comparedTo(b))) {
    if (distinct.length === 0 || !distinct[distinct.length - 1]!.eq(r)) distinct.push(r);
  }
  if (distinct.length === 0) {
    return { ok: false, reason: 'no-root-found', message: `The cash flows change sign ${eq.signChanges} times, but their present value does not cross zero at any rate searched.` };
  }
  return { ok: true, value: nearest(distinct, rounded(start)), roots: Object.freeze(distinct) };
}

