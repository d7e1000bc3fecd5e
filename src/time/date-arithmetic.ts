import { FairlodeError } from '../diagnostics/diagnostic.js';
import { dateParts, type IsoDate } from './date.js';
import { formatParts, fromDayNumber, MAX_YEAR, MIN_YEAR, monthLength, toDayNumber, YEAR_RANGE } from './day-number.js';

/**
 * The date `days` days after `date` (before it when negative).
 *
 * @throws FairlodeError `date/not-whole` when `days` is not an integer, `date/out-of-range` when
 * the result falls outside the years 0001–9999.
 * @example
 * ```ts
 * addDays(isoDate('2028-02-28'), 1); // '2028-02-29'
 * addDays(isoDate('2027-01-01'), -1); // '2026-12-31'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  requireWhole(days, 'days');
  const { year, month, day } = dateParts(date);
  const [y, m, d] = fromDayNumber(toDayNumber(year, month, day) + days);
  return inRange(y, m, d);
}

/**
 * The same day of the month `months` months later (earlier when negative). When that month is
 * shorter, the result is clamped to its last day: 2027-01-31 plus one month is 2027-02-28, and
 * 2028-01-31 plus one month is 2028-02-29. Because of clamping, adding one month twice can differ
 * from adding two months at once (2027-01-31 → 2027-02-28 → 2027-03-28, versus 2027-03-31).
 *
 * @throws FairlodeError `date/not-whole` or `date/out-of-range`, as for {@link addDays}.
 * @example
 * ```ts
 * addMonths(isoDate('2027-01-31'), 1); // '2027-02-28'
 * addMonths(isoDate('2026-07-01'), 12); // '2027-07-01'
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  requireWhole(months, 'months');
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (y < MIN_YEAR || y > MAX_YEAR) throw outOfRange();
  return formatParts(y, m, Math.min(day, monthLength(y, m))) as IsoDate;
}

/**
 * The same date `years` years later (earlier when negative); 29 February is clamped to
 * 28 February in a year that is not a leap year.
 *
 * @throws FairlodeError `date/not-whole` or `date/out-of-range`, as for {@link addDays}.
 * @example
 * ```ts
 * addYears(isoDate('2028-02-29'), 1); // '2029-02-28'
 * ```
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  requireWhole(years, 'years');
  return addMonths(date, years * 12);
}

/**
 * The number of days from `from` to `to`: positive when `to` is later, 0 for the same day.
 * It counts day boundaries crossed, so a span's inclusive length is `daysBetween(first, last) + 1`.
 *
 * @example
 * ```ts
 * daysBetween(isoDate('2027-01-01'), isoDate('2027-12-31')); // 364
 * daysBetween(isoDate('2028-03-01'), isoDate('2028-02-28')); // -2
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = dateParts(from);
  const b = dateParts(to);
  return toDayNumber(b.year, b.month, b.day) - toDayNumber(a.year, a.month, a.day);
}

function inRange(year: number, month: number, day: number): IsoDate {
  if (year < MIN_YEAR || year > MAX_YEAR) throw outOfRange();
  return formatParts(year, month, day) as IsoDate;
}

function outOfRange(): FairlodeError {
  return new FairlodeError({ code: 'date/out-of-range', message: `The resulting date is outside the years ${YEAR_RANGE}.` });
}

function requireWhole(amount: number, unit: string): void {
  if (!Number.isInteger(amount)) throw new FairlodeError({ code: 'date/not-whole', message: `Dates move by whole ${unit}, got ${String(amount)}.` });
}
