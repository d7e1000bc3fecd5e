import { FairlodeError } from '../diagnostics/diagnostic.js';
import { addMonths } from './date-arithmetic.js';
import { dateParts } from './date.js';
import type { Period, PeriodKind } from './period.js';
import { periodOf } from './period-of.js';
import { startMonthOf } from './period-span.js';

const MONTHS_IN: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12, 'fiscal-year': 12 };

/**
 * The period of the same kind `count` periods later (earlier when negative); a fiscal year keeps
 * its start month.
 *
 * @throws FairlodeError `date/not-whole` when `count` is not an integer, `date/out-of-range` past
 * the year 9999 or before 0001.
 * @example
 * ```ts
 * shiftPeriod(period('2027-Q4'), 2).label; // '2028-Q2'
 * ```
 */
export function shiftPeriod(period: Period, count: number): Period {
  const start = addMonths(period.start, count * MONTHS_IN[period.kind]);
  return period.kind === 'fiscal-year' ? periodOf(start, 'fiscal-year', { fiscalYearStartMonth: startMonthOf(period) }) : periodOf(start, period.kind);
}

/**
 * The period of the same kind that starts the day after `period` ends.
 *
 * @example
 * ```ts
 * nextPeriod(period('2027-12')).label; // '2028-01'
 * nextPeriod(period('FY2027', { fiscalYearStartMonth: 7 })).start; // '2027-07-01'
 * ```
 */
export function nextPeriod(period: Period): Period {
  return shiftPeriod(period, 1);
}

/**
 * The period of the same kind that ends the day before `period` starts.
 *
 * @example
 * ```ts
 * previousPeriod(period('2027-Q1')).label; // '2026-Q4'
 * ```
 */
export function previousPeriod(period: Period): Period {
  return shiftPeriod(period, -1);
}

/**
 * Every period from `first` to `last` inclusive, in order; empty when `last` comes before `first`.
 * Both must be of the same kind (and, for fiscal years, start in the same month).
 *
 * @throws FairlodeError `period/kind-mismatch` when the two periods are of different kinds.
 * @example
 * ```ts
 * periodsBetween(period('2027-11'), period('2028-02')).map((p) => p.label);
 * // ['2027-11', '2027-12', '2028-01', '2028-02']
 * ```
 */
export function periodsBetween(first: Period, last: Period): Period[] {
  if (first.kind !== last.kind || (first.kind === 'fiscal-year' && startMonthOf(first) !== startMonthOf(last))) {
    throw new FairlodeError({
      code: 'period/kind-mismatch',
      message: `Cannot count from ${first.label} (${first.kind}, from ${first.start}) to ${last.label} (${last.kind}, from ${last.start}): they are different kinds of period.`,
    });
  }
  const a = dateParts(first.start);
  const b = dateParts(last.start);
  const steps = (b.year * 12 + b.month - (a.year * 12 + a.month)) / MONTHS_IN[first.kind];
  const periods: Period[] = [];
  let current = first;
  for (let i = 0; i <= steps; i++) {
    periods.push(current);
    if (i < steps) current = nextPeriod(current);
  }
  return periods;
}
