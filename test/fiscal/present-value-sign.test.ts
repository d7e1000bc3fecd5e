import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { presentValueSign } from '../../src/fiscal/present-value-sign.js';
import { Decimal } from '../../src/money/index.js';

// The sign written out independently, in exact rationals: Σ cₖ (1 + r)⁻ᵏ with 1 + r = g/d has the
// sign of Σ cₖ·dᵏ·gⁿ⁻ᵏ, every term an integer once the flows are in cents.
function signByHand(cents: readonly bigint[], r: Decimal): number {
  const [int, frac = ''] = r.plus(1).toFixed().split('.');
  const g = BigInt(int! + frac);
  const d = 10n ** BigInt(frac.length);
  const n = cents.length - 1;
  let sum = 0n;
  cents.forEach((c, k) => { sum += c * d ** BigInt(k) * g ** BigInt(n - k); });
  return sum === 0n ? 0 : sum < 0n ? -1 : 1;
}

const decimalsOf = (cents: readonly bigint[]) => cents.map((c) => new Decimal(c.toString()).div(100));

describe('presentValueSign', () => {
  it('is exact at a root and just beside it: −100, 110 is zero at 10%, and changes sign within 1e-40', () => {
    const sign = presentValueSign([new Decimal(-100), new Decimal(110)]);
    expect(sign(new Decimal('0.1'))).toBe(0);
    // At 10% − 1e-40 the value is 110/(1.1 − 1e-40) − 100 > 0; at 10% + 1e-40 it is below 0. A
    // floating-point sum cannot tell these apart from 0; the sign still does.
    expect(sign(new Decimal('0.1').minus('1e-40'))).toBe(1);
    expect(sign(new Decimal('0.1').plus('1e-40'))).toBe(-1);
  });

  it('stays exact where floating point overflows: 40 flows at −99.9999999999%', () => {
    // v = 1/(1 + r) = 1e12, so v³⁹ = 1e468 overflows a number; the last flow, +1, dominates.
    const flows = [...Array.from({ length: 39 }, () => new Decimal(-1000)), new Decimal(1)];
    expect(presentValueSign(flows)(new Decimal('-0.999999999999'))).toBe(1);
    expect(signByHand(flows.map((f) => BigInt(f.times(100).toFixed())), new Decimal('-0.999999999999'))).toBe(1);
  });

  it('agrees with the exact rational sign for any flows and rate, near their roots too', () => {
    const flow = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });
    const rate = fc.oneof(
      fc.integer({ min: -9_999, max: 100_000 }).map((bp) => new Decimal(bp).div(10_000)),
      fc.integer({ min: -999_999_999, max: 999_999_999 }).map((x) => new Decimal(x).div(1e9)),
    );
    fc.assert(fc.property(fc.array(flow, { minLength: 1, maxLength: 40 }), rate, (cents, r) => {
      expect(presentValueSign(decimalsOf(cents))(r)).toBe(signByHand(cents, r));
    }), { numRuns: 400 });
    // Two flows −a, b have their root at r = b/a − 1: exactly there, and 1e-30 either side.
    fc.assert(fc.property(fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), (a, b) => {
      const root = new Decimal(b.toString()).div(a.toString()).minus(1);
      if (root.decimalPlaces() > 20) return; // not a terminating decimal at this precision
      const sign = presentValueSign(decimalsOf([-a, b]));
      for (const r of [root, root.minus('1e-30'), root.plus('1e-30')]) {
        if (r.lte(-1)) continue;
        expect(sign(r)).toBe(signByHand([-a, b], r));
      }
    }), { numRuns: 200 });
  });
});
