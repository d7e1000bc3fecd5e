import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays, addYearFractions, calendarYear, daysIn, fiscalYear, nextPeriod, parsePeriod, periodContainsDate,
  periodOf, periodsBetween, periodsIn, previousPeriod, yearFraction, type Period, type PeriodKind,
} from 'fairlode';
import { anyDate, anyKind, anyStartMonth, anyYear } from './arbitraries.js';

/** Consecutive periods touch: each starts the day after the previous one ends. */
function expectTiles(container: Period, parts: Period[]): void {
  expect(parts[0]?.start).toBe(container.start);
  expect(parts[parts.length - 1]?.end).toBe(container.end);
  for (let i = 1; i < parts.length; i++) expect(parts[i]?.start).toBe(addDays((parts[i - 1] as Period).end, 1));
  expect(parts.reduce((sum, p) => sum + daysIn(p), 0)).toBe(daysIn(container)); // no gap, no overlap
}

describe('period properties', () => {
  it.each([['month', 12], ['quarter', 4], ['half', 2]] as const)('the %ss of a calendar year tile it (%i of them)', (kind, count) => {
    fc.assert(fc.property(anyYear, (year) => {
      const parts = periodsIn(calendarYear(year), kind);
      expect(parts).toHaveLength(count);
      expectTiles(calendarYear(year), parts);
    }));
  });

  it('the months of any fiscal year tile it, 12 of them', () => {
    fc.assert(fc.property(anyYear, anyStartMonth, (year, startMonth) => {
      const fy = fiscalYear(year, startMonth);
      const months = periodsIn(fy, 'month');
      expect(months).toHaveLength(12);
      expectTiles(fy, months);
    }));
  });

  it('quarters tile a fiscal year whose start month begins a quarter (1, 4, 7, 10)', () => {
    fc.assert(fc.property(anyYear, fc.constantFrom(1, 4, 7, 10), (year, startMonth) => {
      const fy = fiscalYear(year, startMonth);
      expectTiles(fy, periodsIn(fy, 'quarter'));
    }));
  });

  it('periodOf(date) contains the date, for every kind and start month', () => {
    fc.assert(fc.property(anyDate, anyKind, anyStartMonth, (date, kind, startMonth) => {
      const p = periodOf(date, kind, { fiscalYearStartMonth: startMonth });
      expect(p.kind).toBe(kind);
      expect(periodContainsDate(p, date)).toBe(true);
      expect(periodContainsDate(previousPeriod(p), date)).toBe(false);
      expect(periodContainsDate(nextPeriod(p), date)).toBe(false);
    }));
  });

  it('next(previous(p)) = p and previous(next(p)) = p; neighbours touch', () => {
    fc.assert(fc.property(anyDate, anyKind, anyStartMonth, (date, kind, startMonth) => {
      const p = periodOf(date, kind, { fiscalYearStartMonth: startMonth });
      expect(nextPeriod(previousPeriod(p))).toEqual(p);
      expect(previousPeriod(nextPeriod(p))).toEqual(p);
      expect(nextPeriod(p).start).toBe(addDays(p.end, 1));
    }));
  });

  it('parse(format(p)) = p', () => {
    fc.assert(fc.property(anyDate, anyKind, anyStartMonth, (date, kind, startMonth) => {
      const options = { fiscalYearStartMonth: startMonth };
      const p = periodOf(date, kind, options);
      expect(parsePeriod(p.label, options)).toEqual({ ok: true, value: p });
    }));
  });

  it('periodsBetween(first, last) has the right length and is consecutive', () => {
    fc.assert(fc.property(anyDate, anyKind, fc.integer({ min: 0, max: 40 }), (date, kind, n) => {
      const first = periodOf(date, kind, { fiscalYearStartMonth: 7 });
      let last = first;
      let steps = 0;
      for (; steps < n && last.end < '9997-01-01'; steps++) last = nextPeriod(last);
      const all = periodsBetween(first, last);
      expect(all[0]).toEqual(first);
      expect(all[all.length - 1]).toEqual(last);
      for (let i = 1; i < all.length; i++) expect(all[i]).toEqual(nextPeriod(all[i - 1] as Period));
      expect(all).toHaveLength(steps + 1);
    }));
  });

  it('the year fractions of the months (quarters, halves) of a year sum to exactly 1', () => {
    fc.assert(fc.property(anyYear, anyStartMonth, fc.constantFrom<PeriodKind>('month', 'quarter', 'half'), (year, startMonth, kind) => {
      // Quarters tile only fiscal years starting in months 1, 4, 7, 10; halves only 1 and 7.
      fc.pre(kind === 'month' || (kind === 'quarter' && startMonth % 3 === 1) || (kind === 'half' && startMonth % 6 === 1));
      const container = startMonth === 1 ? calendarYear(year) : fiscalYear(year, startMonth);
      const fractions = periodsIn(container, kind).map(yearFraction);
      expect(addYearFractions(...fractions)).toEqual({ numerator: 1, denominator: 1 });
    }));
  });

});
