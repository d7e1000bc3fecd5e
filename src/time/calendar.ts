import { leapYear, monthLength } from './day-number.js';

/**
 * Whether `year` is a leap year in the (proleptic) Gregorian calendar: divisible by 4, except
 * century years not divisible by 400. 2028 and 2000 are leap years; 2027 and 2100 are not.
 *
 * @example
 * ```ts
 * isLeapYear(2028); // true
 * isLeapYear(2100); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return leapYear(year);
}

/**
 * The number of days in a month (1–12) of a year; 0 when `month` is not 1–12.
 *
 * @example
 * ```ts
 * daysInMonth(2028, 2); // 29
 * daysInMonth(2027, 2); // 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  return Number.isInteger(month) ? monthLength(year, month) : 0;
}
