import { describe, expect, it } from 'vitest';
import { FairlodeError } from '../../src/diagnostics/diagnostic.js';
import { npv, presentValue } from '../../src/fiscal/index.js';
import { Decimal } from '../../src/money/index.js';
import { ADOBE_NPV, MS_NPV, NUMPY_FINANCIAL } from './sources.js';

describe('npv: numpy-financial vectors (first flow at t = 0)', () => {
  it(`TestNpv.test_npv_decimal — ${NUMPY_FINANCIAL}`, () => {
    // Expected Decimal('122.894854950942692161628715'), computed in Python's 28-digit decimal
    // context; ours carries 50 digits, so the two agree to the 24th decimal place.
    const value = npv('0.05', [-15000, 1500, 2500, 3500, 4500, 6000]);
    expect(value.minus('122.894854950942692161628715').abs().lt('1e-24')).toBe(true);
  });

  it(`TestNpv.test_npv (122.89 to 2 places) — ${NUMPY_FINANCIAL}`, () => {
    expect(npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000]).toFixed(2)).toBe('122.89');
  });

  it(`TestNpv.test_npv_broadcast: each row 122.8948549 — ${NUMPY_FINANCIAL}`, () => {
    for (let i = 0; i < 4; i++) expect(npv('0.05', ['-15000', '1500', '2500', '3500', '4500', '6000']).toFixed(7)).toBe('122.8948550');
  });
});

describe('npv: spreadsheet examples (firstFlowAt: 1)', () => {
  it(`=NPV(10%, -10000, 3000, 4200, 6800) is $1,188.44 — ${MS_NPV}`, () => {
    expect(npv('0.1', [-10000, 3000, 4200, 6800], { firstFlowAt: 1 }).toFixed(2)).toBe('1188.44');
  });

  it(`=NPV(8%, 8000, 9200, 10000, 12000, 14500) + (-40000) is $1,922.06 — ${MS_NPV}`, () => {
    const value = npv('0.08', [8000, 9200, 10000, 12000, 14500], { firstFlowAt: 1 }).plus(-40000);
    expect(value.toFixed(2)).toBe('1922.06');
    // The same investment with the outlay at t = 0 is the default convention.
    expect(npv('0.08', [-40000, 8000, 9200, 10000, 12000, 14500]).toFixed(2)).toBe('1922.06');
  });

  it(`=NPV(8%, 8000, 9200, 10000, 12000, 14500, -9000) + (-40000) is -$3,749.47 — ${MS_NPV}`, () => {
    const value = npv('0.08', [8000, 9200, 10000, 12000, 14500, -9000], { firstFlowAt: 1 }).plus(-40000);
    expect(value.toFixed(2)).toBe('-3749.47');
  });

  it(`NPV(0.10, 500, 1500, 4000, 10000) is 11529.60863329007 — ${ADOBE_NPV}`, () => {
    // FormCalc works in binary floating point and prints 16 significant digits; the exact value
    // is 11529.608633290075…, so the two agree within the last digit printed.
    expect(npv('0.10', [500, 1500, 4000, 10000], { firstFlowAt: 1 }).minus('11529.60863329007').abs().lt('1e-11')).toBe(true);
  });

  it(`NPV(0.065, 5000) is 4694.83568075117 — ${ADOBE_NPV}`, () => {
    expect(npv('0.065', [5000], { firstFlowAt: 1 }).toSignificantDigits(15).toString()).toBe('4694.83568075117');
  });
});

describe('npv: conventions and edge cases', () => {
  it('a rate of zero sums the flows exactly', () => {
    expect(npv('0', ['-100.10', '50.05', '50.05']).toString()).toBe('0');
  });

  it('the spreadsheet convention divides the t = 0 value by one period more', () => {
    const flows = ['-1000', '300', '400', '500'];
    expect(npv('0.07', flows, { firstFlowAt: 1 }).toString()).toBe(npv('0.07', flows).div('1.07').toString());
  });

  it('accepts strings, numbers and Decimals alike', () => {
    const a = npv('0.1', ['-100', '110']);
    expect(a.isZero()).toBe(true);
    expect(npv(new Decimal('0.1'), [new Decimal(-100), 110]).isZero()).toBe(true);
  });

  it('an empty series is worth nothing; one flow at t = 0 is worth itself', () => {
    expect(npv('0.1', []).toString()).toBe('0');
    expect(npv('0.1', ['123.45']).toString()).toBe('123.45');
  });

  it('refuses a rate at or below −100% and a flow that is not a number', () => {
    expect(() => npv('-1', [1, 2])).toThrow(FairlodeError);
    expect(() => npv('0.1', ['1,000'])).toThrow(/Cash flow 1 is not a number/);
    expect(() => npv(Number.NaN, [1])).toThrow(FairlodeError);
  });

  it('presentValue works on Decimals already read', () => {
    expect(presentValue(new Decimal('0.1'), [new Decimal(-100), new Decimal(110)]).toString()).toBe('0');
    expect(presentValue(new Decimal('0.1'), [new Decimal(110)], 1).toString()).toBe('100');
  });
});
