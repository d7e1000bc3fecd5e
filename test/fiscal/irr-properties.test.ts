import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { irr, npv, RATE_TOLERANCE, signChanges, readCashFlows, xirr, xnpv } from '../../src/fiscal/index.js';
import { Decimal } from '../../src/money/index.js';

// Cash flows in whole cents, as money is written in contract files.
const cents = fc.bigInt({ min: -10_000_000_000n, max: 10_000_000_000n }).map((c) => new Decimal(c.toString()).div(100).toFixed(2));
const flows = fc.array(cents, { minLength: 2, maxLength: 12 });
// A project shape: outlays first, then receipts (exactly one sign change).
const project = fc
  .tuple(fc.array(cents.filter((c) => c.startsWith('-') && c !== '-0.00'), { minLength: 1, maxLength: 4 }), fc.array(cents.filter((c) => !c.startsWith('-') && c !== '0.00'), { minLength: 1, maxLength: 20 }))
  .map(([a, b]) => [...a, ...b]);

// The documented accuracy: RATE_TOLERANCE relative to 1 + rate.
function tolerance(rate: Decimal): Decimal {
  return RATE_TOLERANCE.times(rate.plus(1));
}

function sign(d: Decimal): number {
  return d.isZero() ? 0 : d.isNegative() ? -1 : 1;
}

describe('NPV(IRR(x), x) = 0 (fast-check)', () => {
  it('every root returned is a genuine crossing: the NPV changes sign within the documented tolerance of it', () => {
    fc.assert(
      fc.property(flows, (x) => {
        const r = irr(x);
        if (!r.ok) return;
        expect(r.roots.length).toBeGreaterThan(0);
        expect(r.roots.some((root) => root.eq(r.value))).toBe(true);
        for (const root of r.roots) {
          expect(root.gt(-1)).toBe(true);
          const below = npv(root.minus(tolerance(root)), x);
          const above = npv(root.plus(tolerance(root)), x);
          expect(sign(below) * sign(above)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('one sign change always has its one IRR, and the NPV there is zero to 1e-12 of the flows', () => {
    fc.assert(
      fc.property(project, (x) => {
        const r = irr(x);
        expect(r.ok || r.reason === 'out-of-range').toBe(true);
        if (!r.ok) return;
        expect(r.roots.length).toBe(1);
        const scale = x.reduce((a, c) => a.plus(new Decimal(c).abs()), new Decimal(0));
        // Near −100% the NPV is steep, so judge it relative to the flows' size where it is tame.
        if (r.value.gt('-0.5')) expect(npv(r.value, x).abs().lte(scale.times('1e-12'))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('never NaN, never an exception: no sign change means no rate, and the roots never outnumber the sign changes', () => {
    fc.assert(
      fc.property(fc.array(cents, { minLength: 0, maxLength: 10 }), (x) => {
        const r = irr(x);
        const changes = signChanges(readCashFlows(x));
        if (changes === 0) expect(r.ok).toBe(false);
        if (r.ok) expect(r.roots.length).toBeLessThanOrEqual(changes);
        else expect(['too-few-flows', 'all-zero', 'no-sign-change', 'no-root-found', 'out-of-range']).toContain(r.reason);
      }),
      { numRuns: 200 },
    );
  });

  it('XNPV(XIRR(x), x) changes sign within the documented tolerance for dated project flows', () => {
    const dated = fc.tuple(project, fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 24, maxLength: 24 })).map(([x, gaps]) => {
      let day = Date.UTC(2027, 0, 1);
      return x.map((amount, i) => {
        if (i > 0) day += gaps[i % gaps.length]! * 86_400_000;
        return { date: new Date(day).toISOString().slice(0, 10), amount };
      });
    });
    fc.assert(
      fc.property(dated, (x) => {
        const r = xirr(x);
        if (!r.ok) {
          // A day's gap and a large ratio can put the root within 1e-30 of −100%: the one refusal
          // allowed, and only when the value has not yet changed sign there.
          expect(r.reason).toBe('out-of-range');
          expect(xnpv(new Decimal('1e-30').minus(1), x).isNegative()).toBe(new Decimal(x[0]!.amount).isNegative());
          return;
        }
        const below = xnpv(r.value.minus(tolerance(r.value)), x);
        const above = xnpv(r.value.plus(tolerance(r.value)), x);
        expect(sign(below) * sign(above)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 30 },
    );
    // XIRR works through decimal logarithms and exponentials: allow for a loaded machine.
  }, 120_000);
});
