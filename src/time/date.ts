import { fail, ok, unwrap, type Parsed } from '../diagnostics/diagnostic.js';
import { formatParts, MAX_YEAR, MIN_YEAR, monthLength, YEAR_RANGE } from './day-number.js';

/**
 * A calendar date written as an ISO 8601 string `YYYY-MM-DD` (years 0001–9999), with no time and
 * no time zone. It is a branded string: it serialises to JSON as itself, `===` is equality, and
 * two dates compare correctly as text (`'2027-06-30' < '2027-07-01'`), because every part has a
 * fixed width. Make one with {@link parseDate}, {@link isoDate} or {@link dateFromParts}.
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** A date's parts as integers: month 1–12, day 1–31. */
export interface DateParts {
  /** The year, 1–9999. */
  readonly year: number;
  /** The month, 1 (January) to 12 (December). */
  readonly month: number;
  /** The day of the month, from 1. */
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/**
 * Parses an ISO calendar date `YYYY-MM-DD` strictly. Rejected, each with a code and a hint:
 * an empty string (`date/empty`); anything not in that exact shape, such as `2027-2-3`,
 * `20270101` or `30/06/2027` (`date/invalid`); a time or zone after the date, such as
 * `2027-01-01T00:00` (`date/has-time`); a month or day that does not exist, such as `2027-13-01`,
 * `2027-02-30` or `2027-02-29` (`date/impossible`); year 0000 (`date/out-of-range`).
 *
 * @example
 * ```ts
 * parseDate('2028-02-29'); // { ok: true, value: '2028-02-29' }
 * parseDate('2027-02-29'); // { ok: false, problem: { code: 'date/impossible', ... } }
 * ```
 */
export function parseDate(text: string): Parsed<IsoDate> {
  if (typeof text !== 'string') return fail('date/not-a-string', `Expected a date such as "2027-06-30", got ${describe(text)}.`, 'write the date as a quoted ISO date "YYYY-MM-DD"');
  const m = ISO_DATE.exec(text);
  if (!m) return notIsoShape(text);
  return dateFromParts(Number(m[1]), Number(m[2]), Number(m[3]), text);
}

/**
 * Makes a date from its parts, checking that it exists. `shown` is how the date is named in a
 * problem (defaults to the formatted parts).
 *
 * @example
 * ```ts
 * dateFromParts(2026, 7, 1); // { ok: true, value: '2026-07-01' }
 * dateFromParts(2026, 6, 31); // { ok: false, problem: { code: 'date/impossible', ... } }
 * ```
 */
export function dateFromParts(year: number, month: number, day: number, shown?: string): Parsed<IsoDate> {
  if (![year, month, day].every(Number.isInteger)) return fail('date/invalid', `${shown ?? `${year}-${month}-${day}`} is not a date: year, month and day must be whole numbers.`);
  const name = shown ?? (year >= 0 && month >= 0 && day >= 0 ? formatParts(year, month, day) : `${year}-${month}-${day}`);
  if (year < MIN_YEAR || year > MAX_YEAR) return fail('date/out-of-range', `${name} is outside the years ${YEAR_RANGE}.`, 'check the year');
  if (month < 1 || month > 12) return fail('date/impossible', `${name} is not a date: there is no month ${month}.`, 'months run from 01 to 12; is the day written before the month?');
  const length = monthLength(year, month);
  if (day < 1 || day > length) {
    const monthName = MONTH_NAMES[month - 1] ?? '';
    const leap = month === 2 && day === 29 ? ` (${year} is not a leap year)` : '';
    return fail('date/impossible', `${name} is not a date: ${monthName} ${year} has ${length} days${leap}.`,
      day > length ? `did you mean ${formatParts(year, month, length)}, the last day of ${monthName}?` : 'days start at 01');
  }
  return ok(formatParts(year, month, day) as IsoDate);
}

/**
 * Makes a date from an ISO string, throwing a `FairlodeError` on bad input (see {@link parseDate}).
 * For literals in code and tests; documents are read with {@link parseDate}.
 *
 * @example
 * ```ts
 * const signed = isoDate('2025-09-08');
 * ```
 */
export function isoDate(text: string): IsoDate {
  return unwrap(parseDate(text));
}

/**
 * Whether a value is a valid {@link IsoDate} (a string that {@link parseDate} accepts).
 *
 * @example
 * ```ts
 * isIsoDate('2027-06-30'); // true
 * isIsoDate('2027-06-31'); // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseDate(value).ok;
}

/**
 * The year, month and day of a date as integers.
 *
 * @example
 * ```ts
 * dateParts(isoDate('2027-06-30')); // { year: 2027, month: 6, day: 30 }
 * ```
 */
export function dateParts(date: IsoDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

// Explains why a string is not in the YYYY-MM-DD shape, with the most useful hint we can find.
function notIsoShape(text: string): { ok: false; problem: { code: string; message: string; hint?: string } } {
  if (text.trim() === '') return fail('date/empty', 'Expected a date, got an empty string.', 'write a date as YYYY-MM-DD, e.g. "2027-06-30"');
  if (text.trim() !== text) return fail('date/invalid', `"${text}" is not a date: it has spaces around it.`, `remove the spaces: "${text.trim()}"`);
  const withTime = /^(\d{4}-\d{2}-\d{2})[T ]\S/.exec(text);
  if (withTime) return fail('date/has-time', `"${text}" has a time or time zone; contract dates are calendar days.`, `write the date alone: "${withTime[1] ?? ''}"`);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return fail('date/invalid', `"${text}" is not a date in the form YYYY-MM-DD.`, `write it with hyphens: "${compact[1] ?? ''}-${compact[2] ?? ''}-${compact[3] ?? ''}"`);
  const unpadded = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (unpadded) {
    const [y, mo, d] = [unpadded[1] ?? '', unpadded[2] ?? '', unpadded[3] ?? ''];
    return fail('date/invalid', `"${text}" is not a date in the form YYYY-MM-DD.`, `write two-digit months and days with hyphens: "${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}"`);
  }
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/.test(text)) {
    return fail('date/invalid', `"${text}" is not a date in the form YYYY-MM-DD.`, 'write the year first, then month and day, e.g. "2027-06-30": day/month order differs between countries');
  }
  return fail('date/invalid', `"${text}" is not a date in the form YYYY-MM-DD.`, 'write a date such as "2027-06-30"');
}

function describe(value: unknown): string {
  return typeof value === 'number' ? `the number ${String(value)}` : value === null ? 'null' : typeof value;
}
