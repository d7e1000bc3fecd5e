import { FairlodeError, fail, ok, type Parsed } from '../diagnostics/diagnostic.js';
import { dateParts, type IsoDate } from './date.js';
import { MAX_YEAR, MIN_YEAR, YEAR_RANGE } from './day-number.js';
import type { Period } from './period.js';
import { pad4, span } from './period-span.js';

/**
 * The fiscal year named `FY<year>`: the twelve months that **end** in `year` and start on the first
 * day of `startMonth`. With `startMonth` 7 (Pakistan), FY2027 runs 2026-07-01 to 2027-06-30; with
 * 10 (US federal), 2026-10-01 to 2027-09-30; with 4 (India), 2026-04-01 to 2027-03-31; with 1 it is
 * the calendar year 2027 (but keeps its `fiscal-year` kind and `FY2027` label).
 *
 * @throws FairlodeError `period/invalid-start-month` for a start month outside 1–12,
 * `period/out-of-range` when the year's days fall outside 0001–9999.
 * @example
 * ```ts
 * fiscalYear(2027, 7); // { kind: 'fiscal-year', label: 'FY2027', start: '2026-07-01', end: '2027-06-30' }
 * ```
 */
export function fiscalYear(year: number, startMonth: number): Period {
  const month = checkStartMonth(startMonth);
  if (!month.ok) throw new FairlodeError(month.problem);
  const firstYear = month.value === 1 ? year : year - 1;
  if (!Number.isInteger(year) || firstYear < MIN_YEAR || year > MAX_YEAR) {
    throw new FairlodeError({ code: 'period/out-of-range', message: `FY${String(year)} falls outside the years ${YEAR_RANGE}.` });
  }
  return month.value === 1
    ? span('fiscal-year', `FY${pad4(year)}`, year, 1, year, 12)
    : span('fiscal-year', `FY${pad4(year)}`, year - 1, month.value, year, month.value - 1);
}

/**
 * The number of the fiscal year that holds `date` (fiscal years are named by the year in which they
 * end). With `startMonth` 7: 2026-06-30 is in FY2026 and 2026-07-01 in FY2027.
 *
 * @throws FairlodeError `period/invalid-start-month` for a start month outside 1–12.
 * @example
 * ```ts
 * fiscalYearOf(isoDate('2026-07-01'), 7); // 2027
 * fiscalYearOf(isoDate('2026-07-01'), 1); // 2026
 * ```
 */
export function fiscalYearOf(date: IsoDate, startMonth: number): number {
  const month = checkStartMonth(startMonth);
  if (!month.ok) throw new FairlodeError(month.problem);
  const parts = dateParts(date);
  return month.value !== 1 && parts.month >= month.value ? parts.year + 1 : parts.year;
}

/**
 * Checks a fiscal year's start month: a whole number from 1 (January) to 12 (December).
 *
 * @example
 * ```ts
 * checkStartMonth(7); // { ok: true, value: 7 }
 * checkStartMonth(0); // { ok: false, problem: { code: 'period/invalid-start-month', ... } }
 * ```
 */
export function checkStartMonth(startMonth: unknown): Parsed<number> {
  if (typeof startMonth === 'number' && Number.isInteger(startMonth) && startMonth >= 1 && startMonth <= 12) return ok(startMonth);
  return fail('period/invalid-start-month', `The fiscal year's start month must be a whole number from 1 to 12, got ${String(startMonth)}.`, 'write the month number, e.g. 7 for a fiscal year starting in July');
}
