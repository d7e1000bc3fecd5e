import { FairlodeError } from '../diagnostics/diagnostic.js';
import { dateParts, type IsoDate } from './date.js';
import { fiscalYear, fiscalYearOf } from './fiscal-year.js';
import { calendarYear, halfPeriod, monthPeriod, quarterPeriod, type Period, type PeriodKind, type PeriodOptions } from './period.js';

/**
 * The period of the given kind that holds `date`. For `fiscal-year`, pass the fiscal year's start
 * month in `options`.
 *
 * @throws FairlodeError `period/fiscal-year-start-missing` when `kind` is `fiscal-year` and no start
 * month is given; `period/invalid-start-month` for a start month outside 1–12.
 * @example
 * ```ts
 * periodOf(isoDate('2026-08-15'), 'quarter').label; // '2026-Q3'
 * periodOf(isoDate('2026-08-15'), 'fiscal-year', { fiscalYearStartMonth: 7 }).label; // 'FY2027'
 * ```
 */
export function periodOf(date: IsoDate, kind: PeriodKind, options: PeriodOptions = {}): Period {
  const { year, month } = dateParts(date);
  switch (kind) {
    case 'month':
      return monthPeriod(year, month);
    case 'quarter':
      return quarterPeriod(year, Math.ceil(month / 3));
    case 'half':
      return halfPeriod(year, month <= 6 ? 1 : 2);
    case 'year':
      return calendarYear(year);
    case 'fiscal-year': {
      const startMonth = requireStartMonth(options);
      return fiscalYear(fiscalYearOf(date, startMonth), startMonth);
    }
  }
}

/** Internal: the fiscal year's start month from options, or a FairlodeError saying it is needed. */
function requireStartMonth(options: PeriodOptions): number {
  if (options.fiscalYearStartMonth === undefined) {
    throw new FairlodeError({
      code: 'period/fiscal-year-start-missing',
      message: 'A fiscal year needs its start month.',
      hint: "pass { fiscalYearStartMonth } from the contract's fiscalYear.startMonth, e.g. 7 for July",
    });
  }
  return options.fiscalYearStartMonth;
}
