import type { IsoDate } from './date.js';

// ISO dates have fixed-width parts, so text order is calendar order.

/**
 * Compares two dates: negative if `a` is earlier, positive if later, 0 if the same day.
 * Suitable for `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * [isoDate('2027-07-01'), isoDate('2026-07-01')].sort(compareDates); // ['2026-07-01', '2027-07-01']
 * ```
 */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether `a` is strictly earlier than `b`.
 *
 * @example
 * ```ts
 * isBefore(isoDate('2026-06-30'), isoDate('2026-07-01')); // true
 * ```
 */
export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return a < b;
}

/**
 * Whether `a` is strictly later than `b`.
 *
 * @example
 * ```ts
 * isAfter(isoDate('2026-07-01'), isoDate('2026-07-01')); // false
 * ```
 */
export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return a > b;
}

/**
 * The earliest of one or more dates.
 *
 * @example
 * ```ts
 * minDate(isoDate('2027-12-31'), isoDate('2027-06-30')); // '2027-06-30'
 * ```
 */
export function minDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((m, d) => (d < m ? d : m), first);
}

/**
 * The latest of one or more dates.
 *
 * @example
 * ```ts
 * maxDate(isoDate('2027-12-31'), isoDate('2027-06-30')); // '2027-12-31'
 * ```
 */
export function maxDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((m, d) => (d > m ? d : m), first);
}
