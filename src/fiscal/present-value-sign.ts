import { Decimal } from '../money/decimal.js';

// The unit roundoff of a JavaScript number (binary64, round to nearest): 2⁻⁵³.
const UNIT_ROUNDOFF = Number.EPSILON / 2;
// Below this a sum of magnitudes may hold subnormal terms, whose error is not relative: decide exactly.
const SMALLEST_TRUSTED = 1e-250;

// A Decimal as an exact fraction n / 10^k.
function fraction(d: Decimal): [bigint, bigint] {
  const text = d.toFixed();
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  const dot = digits.indexOf('.');
  const k = dot < 0 ? 0 : digits.length - dot - 1;
  const n = BigInt(dot < 0 ? digits : digits.slice(0, dot) + digits.slice(dot + 1));
  return [negative ? -n : n, 10n ** BigInt(k)];
}

/**
 * The exact sign of the present value Σ cₖ (1 + r)⁻ᵏ of periodic flows c₀ … cₙ (the first at
 * t = 0) at a decimal rate r > −1, as a function of r: −1, 0 or 1.
 *
 * Exact in every case. Each call first evaluates the sum in floating point (Horner's rule in
 * v = 1/(1 + r)) together with Σ |cₖ| vᵏ, which bounds its rounding error: every flow and v
 * carry a relative error of at most 2u (u = 2⁻⁵³), vᵏ at most 2(k + 1)u, and Horner's rule adds
 * at most γ₂ₙ ≈ 2nu of Σ |cₖ| vᵏ (Higham, *Accuracy and Stability of Numerical Algorithms*,
 * §5.1), so the computed sum lies within (4n + 8)u · Σ |cₖ| vᵏ of the true one. The bound used is
 * four times that. When the computed sum is farther from zero, its sign is the sign; otherwise
 * (near a root, or when a number overflows or underflows) the sign is computed in integers: with
 * the flows scaled to integers and 1 + r = g/d, it is the sign of Σ cₖ dᵏ gⁿ⁻ᵏ (gⁿ > 0), by
 * Horner's rule in BigInt. The floating-point test only spares that exact evaluation where its
 * answer is certain, so an IRR bracket or a root's certificate built on this sign is exact.
 *
 * @example
 * ```ts
 * const sign = presentValueSign([new Decimal(-100), new Decimal(110)]);
 * sign(new Decimal('0.05')); // 1
 * sign(new Decimal('0.1')); // 0
 * sign(new Decimal('0.2')); // -1
 * ```
 */
export function presentValueSign(cs: readonly Decimal[]): (r: Decimal) => number {
  const n = cs.length - 1;
  let ints: bigint[] | undefined;
  const exact = (r: Decimal): number => {
    if (ints === undefined) {
      const places = cs.reduce((m, c) => Math.max(m, c.decimalPlaces()), 0);
      const scale = new Decimal(10).pow(places);
      ints = cs.map((c) => BigInt(c.times(scale).toFixed()));
    }
    const [m, d] = fraction(r);
    const g = d + m;
    let acc = ints[0]!;
    let dk = 1n;
    for (let k = 1; k < ints.length; k++) {
      dk *= d;
      acc = acc * g + ints[k]! * dk;
    }
    return acc === 0n ? 0 : acc < 0n ? -1 : 1;
  };
  if (n < 0) return () => 0;
  const floats = cs.map((c) => c.toNumber());
  // A flow too large for a number, or so small it would round to a subnormal or zero, is never
  // trusted to floating point.
  const trusted = cs.every((c, k) => c.isZero() || (Number.isFinite(floats[k]!) && Math.abs(floats[k]!) >= 1e-300));
  if (!trusted) return exact;
  const factor = 4 * (4 * n + 8) * UNIT_ROUNDOFF;
  return (r: Decimal) => {
    const v = 1 / r.plus(1).toNumber();
    if (Number.isFinite(v) && v > 0) {
      let p = floats[n]!;
      let s = Math.abs(p);
      for (let k = n - 1; k >= 0; k--) {
        p = p * v + floats[k]!;
        s = s * v + Math.abs(floats[k]!);
      }
      if (Number.isFinite(s) && s >= SMALLEST_TRUSTED && Math.abs(p) > factor * s) return p < 0 ? -1 : 1;
    }
    return exact(r);
  };
}
