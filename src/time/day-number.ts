// Internal: calendar arithmetic on plain integers, so no Date, time zone or clock is involved.
// A day number counts days from 1970-01-01 (day 0) in the proleptic Gregorian calendar.
// Algorithms from Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms" (days_from_civil,
// civil_from_days): exact integer formulas over 400-year eras of 146,097 days.

/** The earliest year fairlode accepts (0001): four-digit years keep ISO dates sortable as text. */
export const MIN_YEAR = 1;
/** The latest year fairlode accepts (9999). */
export const MAX_YEAR = 9999;
/** The accepted years, as messages name them. */
export const YEAR_RANGE = '0001 to 9999';

/** Whether a year is a leap year in the Gregorian calendar (every 4th, except centuries not divisible by 400). */
export function leapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The number of days in a month (1–12) of a year. */
export function monthLength(year: number, month: number): number {
  return month === 2 && leapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

/** Days from 1970-01-01 to the given date (negative before it). Inputs must form a real date. */
export function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar date of a day number, as [year, month, day]. */
export function fromDayNumber(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [month <= 2 ? yearOfEra + era * 400 + 1 : yearOfEra + era * 400, month, day];
}

/** Formats integers known to form a valid date as `YYYY-MM-DD`. */
export function formatParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
