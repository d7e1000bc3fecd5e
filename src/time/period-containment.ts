import { daysBetween } from './date-arithmetic.js';
import type { IsoDate } from './date.js';
import type { Period } from './period.js';

/**
 * Whether `date` falls within `period`, counting both its first and its last day.
 *
 * @example
 * ```ts
 * const fy = period('FY2027', { fiscalYearStartMonth: 7 });
 * periodContainsDate(fy, isoDate('2027-06-30')); // true
 * periodContainsDate(fy, isoDate('2027-07-01')); // false
 * ```
 */
export function periodContainsDate(period: Period, date: IsoDate): boolean {
  return period.start <= date && date <= period.end;
}

/**
 * Whether every day of `inner` lies within `outer` (a period contains itself).
 *
 * @example
 * ```ts
 * periodContainsPeriod(period('FY2027', { fiscalYearStartMonth: 7 }), period('2026-Q3')); // true
 * periodContainsPeriod(period('2027'), period('FY2027', { fiscalYearStartMonth: 7 })); // false
 * ```
 */
export function periodContainsPeriod(outer: Period, inner: Period): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Whether two periods share at least one day.
 *
 * @example
 * ```ts
 * periodsOverlap(period('2027'), period('FY2027', { fiscalYearStartMonth: 7 })); // true
 * ```
 */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * The number of days in a period, counting its first and last day.
 *
 * @example
 * ```ts
 * daysIn(period('2028-Q1')); // 91 (31 + 29 + 31)
 * daysIn(period('FY2028', { fiscalYearStartMonth: 7 })); // 366: it holds 29 February 2028
 * ```
 */
export function daysIn(period: Period): number {
  return daysBetween(period.start, period.end) + 1;
}
