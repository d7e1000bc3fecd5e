import { describe, expect, it } from 'vitest';
import { irr, npv, RATE_TOLERANCE, solveIrr, type RateSolution } from '../../src/fiscal/index.js';
import { Decimal } from '../../src/money/index.js';
import { MS_IRR, NUMPY_FINANCIAL } from './sources.js';

function rateOf(s: RateSolution): Decimal {
  if (!s.ok) throw new Error(`expected a rate, got ${s.reason}: ${s.message}`);
  return s.value;
}

// numpy's assert_allclose(actual, desired, rtol): |actual − desired| ≤ rtol × |desired|.
function close(actual: Decimal, desired: string, rtol: string): boolean {
  return actual.minus(desired).abs().lte(new Decimal(desired).abs().times(rtol));
}

describe(`irr: numpy-financial TestIrr — ${NUMPY_FINANCIAL}`, () => {
  it('test_npv_irr_congruence: NPV(IRR(x), x) = 0 within 1e-10', () => {
    const flows = [-40000, 5000, 8000, 12000, 30000];
    expect(npv(rateOf(irr(flows)), flows).abs().lte('1e-10')).toBe(true);
  });

  // test_basic_values: assert_allclose(npf.irr(v), desired, rtol=1e-2).
  const basic: [number[], string][] = [
    [[-150000, 15000, 25000, 35000, 45000, 60000], '0.0524'],
    [[-100, 0, 0, 74], '-0.0955'],
    [[-100, 39, 59, 55, 20], '0.28095'],
    [[-100, 100, 0, -7], '-0.0833'],
    [[-100, 100, 0, 7], '0.06206'],
    [[-5, 10.5, 1, -8, 1], '0.0886'],
  ];
  for (const [v, desired] of basic) {
    it(`test_basic_values: irr(${JSON.stringify(v)}) ≈ ${desired}`, () => {
      expect(close(rateOf(irr(v)), desired, '1e-2')).toBe(true);
    });
  }

  it('test_trailing_zeros: irr([-5, 10.5, 1, -8, 1, 0, 0, 0]) ≈ 0.0886', () => {
    const r = irr([-5, 10.5, 1, -8, 1, 0, 0, 0]);
    expect(close(rateOf(r), '0.0886', '1e-2')).toBe(true);
    expect(r).toEqual(irr([-5, 10.5, 1, -8, 1]));
  });

  it('test_numpy_gh_6744: (1, 2, 3) and (-1, -2, -3) have no rate (numpy: NaN; here a reason)', () => {
    for (const v of [[1, 2, 3], [-1, -2, -3]]) {
      const r = irr(v);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toBe('no-sign-change');
    }
  });

  it('test_irr_no_real_solution_exception: [40000, 5000, 8000, 12000, 30000] has no rate', () => {
    const r = irr([40000, 5000, 8000, 12000, 30000]);
    expect(r.ok ? 'rate' : r.reason).toBe('no-sign-change');
  });

  it('test_gh_15: a root a billionth above −100% (-0.9999999990596069, rtol 1e-9)', () => {
    // Amounts down to 1e-313 cannot be written as decimal strings (at most 20 decimal places), so
    // they are passed as Decimals, which are taken as they are.
    const v = ['-3000.0', '2.3926932267015667e-07', '4.1672087103345505e-16', '5.3965110036378706e-25', '5.1962551071806174e-34',
      '3.7202955645436402e-43', '1.9804961711632469e-52', '7.8393517651814181e-62', '2.3072565113911438e-71', '5.0491839233308912e-81',
      '8.2159177668499263e-91', '9.9403244366963527e-101', '8.942410813633967e-111', '5.9816122646481191e-121', '2.9750309031844241e-131',
      '1.1002067043497954e-141', '3.0252876563518021e-152', '6.1854121948207909e-163', '9.4032980015353301e-174', '1.0629218520017728e-184',
      '8.9337141847171845e-196', '5.5830607698467935e-207', '2.5943122036622652e-218', '8.9635842466507006e-230', '2.3027710094332358e-241',
      '4.3987510596745562e-253', '6.2476630372575209e-265', '6.598046841695288e-277', '5.1811095266842017e-289', '3.0250999925830644e-301',
      '1.3133070599585015e-313'].map((s) => new Decimal(s));
    expect(close(rateOf(irr(v)), '-0.9999999990596069', '1e-9')).toBe(true);
  });

  it('test_gh_39: two sign changes, the IRR 0.12 (assert_allclose default rtol 1e-7)', () => {
    const v = [-217500.0, -217500.0, 108466.80462450592, 101129.96439328062, 93793.12416205535, 86456.28393083003,
      79119.44369960476, 71782.60346837944, 64445.76323715414, 57108.92300592884, 49772.08277470355, 42435.24254347826,
      35098.40231225296, 27761.56208102766, 20424.721849802358, 13087.88161857707, 5751.041387351768, -1585.7988438735192,
      -8922.639075098821, -16259.479306324123, -23596.31953754941, -30933.159768774713, -38270.0, -45606.8402312253,
      -52943.680462450604, -60280.520693675906, -67617.36092490121];
    const r = irr(v);
    expect(close(rateOf(r), '0.12', '1e-7')).toBe(true);
    // Both roots are reported; 0.12 is the one nearest the default guess of 10%.
    expect(r.ok && r.roots.length).toBe(2);
  });

  it('test_gh_44: 1.00426 as computed by Google Sheets (rtol 1e-4)', () => {
    const r = irr([-1678.87, 771.96, 1814.05, 3520.30, 3552.95, 3584.99, 4789.91, -1]);
    expect(close(rateOf(r), '1.00426', '1e-4')).toBe(true);
  });
});

describe(`irr: Microsoft's IRR examples — ${MS_IRR}`, () => {
  // -$70,000 initial cost, then net income of 12,000, 15,000, 18,000, 21,000 and 26,000.
  it('=IRR(A2:A6): after four years, -2.1% (-2.12% to two places)', () => {
    expect(rateOf(irr([-70000, 12000, 15000, 18000, 21000])).times(100).toFixed(2)).toBe('-2.12');
  });

  it('=IRR(A2:A7): after five years, 8.7% (8.66% to two places)', () => {
    expect(rateOf(irr([-70000, 12000, 15000, 18000, 21000, 26000])).times(100).toFixed(2)).toBe('8.66');
  });

  it('=IRR(A2:A4, -10%): after two years with a guess of -10%, -44.4% (-44.35% to two places)', () => {
    expect(rateOf(irr([-70000, 12000, 15000], { guess: '-0.1' })).times(100).toFixed(2)).toBe('-44.35');
  });
});

describe('irr: several roots, no roots, and the result shape', () => {
  it('returns every root in ascending order and the one nearest the guess as the value', () => {
    // (1 + r)⁻¹ roots of -5 + 10.5v + v² - 8v³ + v⁴: three in r > −1.
    const r = irr([-5, 10.5, 1, -8, 1]);
    if (!r.ok) throw new Error(r.message);
    expect(r.roots.map((x) => x.toFixed(6))).toEqual(['-0.870201', '0.088598', '0.709560']);
    expect(r.value.toFixed(6)).toBe('0.088598');
    const high = irr([-5, 10.5, 1, -8, 1], { guess: '0.6' });
    expect(high.ok && high.value.toFixed(6)).toBe('0.709560');
    const low = irr([-5, 10.5, 1, -8, 1], { guess: '-0.8' });
    expect(low.ok && low.value.toFixed(6)).toBe('-0.870201');
  });

  it('a double root where the value touches zero: found only when a grid rate hits it', () => {
    // 100 − 250v + 156.25v² = 156.25 (v − 0.8)²: a double root at r = 25%, which is on the grid.
    const r = irr([100, -250, '156.25']);
    expect(r.ok && r.roots.map(String)).toEqual(['0.25']);
    // 100 − 200v + 100v² = 100 (v − 1)²: r = 0, also on the grid.
    expect(irr([100, -200, 100]).ok).toBe(true);
  });

  it('too few flows, all zero: a reason, not NaN', () => {
    expect(irr([])).toMatchObject({ ok: false, reason: 'too-few-flows' });
    expect(irr([-100])).toMatchObject({ ok: false, reason: 'too-few-flows' });
    expect(irr([0, 0, 0])).toMatchObject({ ok: false, reason: 'all-zero' });
    expect(solveIrr([new Decimal(-1), new Decimal(0)])).toMatchObject({ ok: false, reason: 'no-sign-change' });
  });

  it('rates carry 21 significant digits of 1 + rate and lie within RATE_TOLERANCE × (1 + rate) of a root', () => {
    const flows = [-1000, 300, 400, 500, 600];
    const r = rateOf(irr(flows));
    expect(r.decimalPlaces()).toBeLessThanOrEqual(20);
    const tol = RATE_TOLERANCE.times(r.plus(1));
    const below = npv(r.minus(tol), flows);
    const above = npv(r.plus(tol), flows);
    expect(below.isPositive() && above.isNegative()).toBe(true);
  });

  it('a root within 1e-30 of −100% is out of range: a reason, not −1', () => {
    // −1 then 1e40 grows by 1e40 in a period: r = 1e40 − 1, far out but representable.
    const r = irr([new Decimal(-1), new Decimal('1e40')]);
    expect(r.ok && r.value.toString()).toBe('9999999999999999999999999999999999999999');
    // −1e40 then 1: 1 + r = 1e-40, closer to −100% than 50 digits can hold.
    const tiny = irr([new Decimal('-1e40'), new Decimal(1)]);
    expect(tiny).toMatchObject({ ok: false, reason: 'out-of-range' });
  });

  it('an exact rate is found exactly: -100 then 110 is 10%', () => {
    expect(rateOf(irr(['-100', '110'])).toString()).toBe('0.1');
    expect(rateOf(irr(['-100', '0', '121'])).toString()).toBe('0.1');
  });
});
