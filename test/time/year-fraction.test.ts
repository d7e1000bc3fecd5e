import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addYearFractions, Decimal, FairlodeError, isoDate, makeYearFraction, period, periodsIn, prorate,
  yearFraction, yearFractionBetween, yearFractionToDecimal,
} from 'fairlode';
import { anyDate } from './arbitraries.js';

const d = isoDate;
const pk = { fiscalYearStartMonth: 7 };

describe('yearFraction (whole months)', () => {
  it.each([
    ['2027-02', 1, 12], // February counts as a twelfth, whatever its 28 days
    ['2027-03', 1, 12],
    ['2027-Q1', 1, 4],
    ['2027-H2', 1, 2],
    ['2027', 1, 1],
    ['FY2027', 1, 1],
  ])('%s → %i/%i', (label, numerator, denominator) => {
    expect(yearFraction(period(label, pk))).toEqual({ numerator, denominator });
  });

  it('twelve monthly shares of an annual minimum add up to it exactly', () => {
    const months = periodsIn(period('FY2027', pk), 'month');
    expect(addYearFractions(...months.map(yearFraction))).toEqual({ numerator: 1, denominator: 1 });
    // 2,000,000 / 12 is not a terminating decimal, but the quarterly share is exact: 2,000,000 / 4.
    expect(prorate(new Decimal('2000000'), yearFraction(period('2027-Q3'))).toString()).toBe('500000');
    expect(prorate(new Decimal('1200000'), yearFraction(period('2027-02'))).toString()).toBe('100000');
  });

  it('converts to a Decimal, exactly where decimals can', () => {
    expect(yearFractionToDecimal(makeYearFraction(1, 4)).toString()).toBe('0.25');
    expect(yearFractionToDecimal(makeYearFraction(1, 12)).toFixed(10)).toBe('0.0833333333');
  });

  it('makeYearFraction reduces and validates', () => {
    expect(makeYearFraction(6, 12)).toEqual({ numerator: 1, denominator: 2 });
    expect(makeYearFraction(0, 12)).toEqual({ numerator: 0, denominator: 1 });
    expect(() => makeYearFraction(1, 0)).toThrow(FairlodeError);
    expect(() => makeYearFraction(0.5, 2)).toThrow(FairlodeError);
    expect(addYearFractions()).toEqual({ numerator: 0, denominator: 1 });
    expect(addYearFractions(makeYearFraction(1, 4), makeYearFraction(1, 12))).toEqual({ numerator: 1, denominator: 3 });
  });
});

describe('yearFractionBetween (day counts, both ends included)', () => {
  it.each([
    ['2027-01-01', '2027-12-31', 'actual/365', 1, 1],
    ['2028-01-01', '2028-12-31', 'actual/365', 366, 365], // leap year: one day more than 365
    ['2028-01-01', '2028-12-31', 'actual/actual', 1, 1],
    ['2027-07-01', '2027-07-01', 'actual/365', 1, 365], // a single day
    ['2028-02-01', '2028-02-29', 'actual/actual', 29, 366],
    // FY2028 (Pakistan): 184 days of 2027 (Jul–Dec: 31+31+30+31+30+31) and 182 of 2028
    // (Jan–Jun: 31+29+31+30+31+30): 184/365 + 182/366 = (184·366 + 182·365)/133590 = 133774/133590 = 66887/66795.
    ['2027-07-01', '2028-06-30', 'actual/actual', 66887, 66795],
    ['2027-07-01', '2028-06-30', 'actual/365', 366, 365],
  ] as const)('%s..%s %s → %i/%i', (first, last, basis, numerator, denominator) => {
    expect(yearFractionBetween(d(first), d(last), basis)).toEqual({ numerator, denominator });
  });

  it('refuses a reversed range', () => {
    expect(() => yearFractionBetween(d('2027-02-01'), d('2027-01-31'), 'actual/365')).toThrow(expect.objectContaining({ code: 'date/range-reversed' }));
  });

  it('actual/actual over whole calendar years is the number of years (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9990 }), fc.integer({ min: 0, max: 8 }), (year, extra) => {
      const first = d(`${String(year).padStart(4, '0')}-01-01`);
      const last = d(`${String(year + extra).padStart(4, '0')}-12-31`);
      expect(yearFractionBetween(first, last, 'actual/actual')).toEqual({ numerator: extra + 1, denominator: 1 });
    }));
  });

  it('splitting a range at any day adds up to the whole (property)', () => {
    fc.assert(fc.property(anyDate, anyDate, anyDate, fc.constantFrom('actual/365' as const, 'actual/actual' as const), (a, b, c, basis) => {
      const [first, middle, last] = [a, b, c].sort();
      fc.pre(first !== undefined && middle !== undefined && last !== undefined && middle < last);
      const whole = yearFractionBetween(first, last, basis);
      const next = d(new Date(Date.parse(middle) + 86_400_000).toISOString().slice(0, 10));
      expect(addYearFractions(yearFractionBetween(first, middle, basis), yearFractionBetween(next, last, basis))).toEqual(whole);
    }), { numRuns: 50 });
  });
});
