import { describe, expect, it } from 'vitest';
import { mirr, type MirrResult } from '../../src/fiscal/index.js';
import type { Decimal } from '../../src/money/index.js';
import { MS_MIRR, NUMPY_FINANCIAL } from './sources.js';

function valueOf(m: MirrResult): Decimal {
  if (!m.ok) throw new Error(m.message);
  return m.value;
}

describe(`mirr: numpy-financial TestMirr — ${NUMPY_FINANCIAL}`, () => {
  // test_mirr_decimal: expected values computed in Python's 28-digit decimal context; the test
  // itself compares to 15 places. Ours agree to 25.
  const cases: [string[], string, string, string][] = [
    [['-4500', '-800', '800', '800', '600', '600', '800', '800', '700', '3000'], '0.08', '0.055', '0.066597175031553548874239618'],
    [['-120000', '39000', '30000', '21000', '37000', '46000'], '0.10', '0.12', '0.126094130365905145828421880'],
    [['100', '200', '-50', '300', '-200'], '0.05', '0.06', '0.342823387842176663647819868'],
  ];
  for (const [values, finance, reinvest, expected] of cases) {
    it(`test_mirr_decimal: mirr([${values.join(', ')}], ${finance}, ${reinvest}) = ${expected}`, () => {
      expect(valueOf(mirr(values, finance, reinvest)).minus(expected).abs().lt('1e-25')).toBe(true);
    });
  }

  it('test_mirr: the float cases to 4 and 6 places', () => {
    expect(valueOf(mirr([-4500, -800, 800, 800, 600, 600, 800, 800, 700, 3000], 0.08, 0.055)).toFixed(4)).toBe('0.0666');
    expect(valueOf(mirr([-120000, 39000, 30000, 21000, 37000, 46000], 0.10, 0.12)).toFixed(6)).toBe('0.126094');
    expect(valueOf(mirr([100, 200, -50, 300, -200], 0.05, 0.06)).toFixed(4)).toBe('0.3428');
  });

  it('test_mirr_no_real_solution_exception: all inflows, no MIRR (numpy: NaN; here a reason)', () => {
    expect(mirr([39000, 30000, 21000, 37000, 46000], '0.10', '0.12')).toMatchObject({ ok: false, reason: 'no-negative-flow' });
  });
});

describe(`mirr: Microsoft's MIRR examples — ${MS_MIRR}`, () => {
  // Cost 120,000; returns 39,000, 30,000, 21,000, 37,000, 46,000; loan 10%, reinvestment 12%.
  // The page shows the results as whole percentages.
  it('=MIRR(A2:A7, A8, A9): after five years, 13%', () => {
    expect(valueOf(mirr([-120000, 39000, 30000, 21000, 37000, 46000], '0.1', '0.12')).times(100).toFixed(0)).toBe('13');
  });
  it('=MIRR(A2:A5, A8, A9): after three years, -5%', () => {
    expect(valueOf(mirr([-120000, 39000, 30000, 21000], '0.1', '0.12')).times(100).toFixed(0)).toBe('-5');
  });
  it('=MIRR(A2:A7, A8, 14%): five years at a 14% reinvestment rate, 13%', () => {
    expect(valueOf(mirr([-120000, 39000, 30000, 21000, 37000, 46000], '0.1', '0.14')).times(100).toFixed(0)).toBe('13');
  });
});

describe('mirr: edge cases', () => {
  it('no inflow, too few flows: a reason', () => {
    expect(mirr([-1, -2], '0.1', '0.1')).toMatchObject({ ok: false, reason: 'no-positive-flow' });
    expect(mirr([-1], '0.1', '0.1')).toMatchObject({ ok: false, reason: 'too-few-flows' });
  });
  it('equal rates and one outflow then one inflow: MIRR is the simple rate', () => {
    expect(valueOf(mirr(['-100', '121'], '0.05', '0.05')).toString()).toBe('0.21');
  });
  it('refuses a rate at or below −100%', () => {
    expect(() => mirr([-1, 2], '-1', '0.1')).toThrow(/finance rate/);
  });
});
