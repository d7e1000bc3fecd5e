import type { IsoDate } from './date.js';
import { checkPart, pad4, span } from './period-span.js';

/**
 * The kinds of period a contract names: a calendar `month` (`2027-03`), `quarter` (`2027-Q1`),
 * `half` (`2027-H2`), calendar `year` (`2027`), or `fiscal-year` (`FY2027`).
 */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'year' | 'fiscal-year';

/**
 * A period of whole days, as a plain immutable value that serialises to JSON as itself, e.g.
 * `{ kind: 'quarter', label: '2027-Q1', start: '2027-01-01', end: '2027-03-31' }`.
 *
 * Both `start` and `end` are **inclusive**: `end` is the period's last day, the date a contract
 * would write ("the quarter ending 31 March"). The day after a period is `addDays(end, 1)`.
 * Two periods are the same when their `kind`, `start` and `end` are equal.
 */
export interface Period {
  /** What sort of period this is. */
  readonly kind: PeriodKind;
  /** Its canonical text: `2027-03`, `2027-Q1`, `2027-H2`, `2027` or `FY2027`. */
  readonly label: string;
  /** Its first day. */
  readonly start: IsoDate;
  /** Its last day (inclusive). */
  readonly end: IsoDate;
}

/** Options for reading and making periods. */
export interface PeriodOptions {
  /**
   * The month (1–12) in which the fiscal year starts, e.g. 7 for Pakistan (July–June). Needed only
   * for fiscal years; there is no default, because guessing a fiscal year moves money between years.
   */
  fiscalYearStartMonth?: number;
}

/**
 * The calendar month `month` (1–12) of `year`.
 *
 * @throws FairlodeError `period/impossible` for a month outside 1–12, `period/out-of-range` for a year outside 1–9999.
 * @example
 * ```ts
 * monthPeriod(2027, 3); // { kind: 'month', label: '2027-03', start: '2027-03-01', end: '2027-03-31' }
 * ```
 */
export function monthPeriod(year: number, month: number): Period {
  checkPart(year, month, 12, 'month');
  return span('month', `${pad4(year)}-${month < 10 ? '0' : ''}${month}`, year, month, year, month);
}

/**
 * Calendar quarter `quarter` (1–4) of `year`: Q1 is January–March, Q4 October–December.
 *
 * @throws FairlodeError as for {@link monthPeriod}.
 * @example
 * ```ts
 * quarterPeriod(2028, 1); // { kind: 'quarter', label: '2028-Q1', start: '2028-01-01', end: '2028-03-31' }
 * ```
 */
export function quarterPeriod(year: number, quarter: number): Period {
  checkPart(year, quarter, 4, 'quarter');
  return span('quarter', `${pad4(year)}-Q${quarter}`, year, quarter * 3 - 2, year, quarter * 3);
}

/**
 * Calendar half `half` (1–2) of `year`: H1 is January–June, H2 July–December.
 *
 * @throws FairlodeError as for {@link monthPeriod}.
 * @example
 * ```ts
 * halfPeriod(2027, 2); // { kind: 'half', label: '2027-H2', start: '2027-07-01', end: '2027-12-31' }
 * ```
 */
export function halfPeriod(year: number, half: number): Period {
  checkPart(year, half, 2, 'half');
  return span('half', `${pad4(year)}-H${half}`, year, half * 6 - 5, year, half * 6);
}

/**
 * The calendar year `year`, 1 January to 31 December.
 *
 * @throws FairlodeError `period/out-of-range` for a year outside 1–9999.
 * @example
 * ```ts
 * calendarYear(2027); // { kind: 'year', label: '2027', start: '2027-01-01', end: '2027-12-31' }
 * ```
 */
export function calendarYear(year: number): Period {
  checkPart(year, 1, 1, 'year');
  return span('year', pad4(year), year, 1, year, 12);
}

/**
 * The canonical text of a period (its `label`), which {@link parsePeriod} reads back.
 *
 * @example
 * ```ts
 * formatPeriod(quarterPeriod(2027, 1)); // '2027-Q1'
 * ```
 */
export function formatPeriod(period: Period): string {
  return period.label;
}
