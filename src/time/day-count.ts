import { FairlodeError } from '../diagnostics/diagnostic.js';
import { daysBetween } from './date-arithmetic.js';
import { dateParts, type IsoDate } from './date.js';
import { formatParts, leapYear } from './day-number.js';
import { addYearFractions, makeYearFraction, type YearFraction } from './year-fraction.js';

/**
 * How to turn a range of days into a fraction of a year.
 * - `actual/365`: the number of days ÷ 365, whatever the year (Actual/365 Fixed); a leap year is 366/365.
 * - `actual/actual`: the days in each calendar year ÷ that year's length (365 or 366), summed
 *   (the ISDA Actual/Actual convention); a whole calendar year is exactly 1.
 */
export type DayCountBasis = 'actual/365' | 'actual/actual';

/**
 * The fraction of a year covered by the days from `first` to `last`, **both included** (the same
 * convention as a period's inclusive end), on the given basis. Use it for a partial period, such
 * as the first production year starting mid-quarter; whole periods use {@link yearFraction}.
 *
 * @throws FairlodeError `date/range-reversed` when `last` is before `first`.
 * @example
 * ```ts
 * yearFractionBetween(isoDate('2028-01-01'), isoDate('2028-12-31'), 'actual/365'); // { numerator: 366, denominator: 365 }
 * yearFractionBetween(isoDate('2028-01-01'), isoDate('2028-12-31'), 'actual/actual'); // { numerator: 1, denominator: 1 }
 * ```
 */
export function yearFractionBetween(first: IsoDate, last: IsoDate, basis: DayCountBasis): YearFraction {
  if (last < first) throw new FairlodeError({ code: 'date/range-reversed', message: `The range ends (${last}) before it starts (${first}).` });
  if (basis === 'actual/365') return makeYearFraction(daysBetween(first, last) + 1, 365);
  const a = dateParts(first).year;
  const b = dateParts(last).year;
  const parts: YearFraction[] = [];
  for (let year = a; year <= b; year++) {
    const from = year === a ? first : (formatParts(year, 1, 1) as IsoDate);
    const to = year === b ? last : (formatParts(year, 12, 31) as IsoDate);
    parts.push(makeYearFraction(daysBetween(from, to) + 1, leapYear(year) ? 366 : 365));
  }
  return addYearFractions(...parts);
}
