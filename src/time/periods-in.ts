import type { Period, PeriodKind, PeriodOptions } from './period.js';
import { periodOf } from './period-of.js';
import { startMonthOf } from './period-span.js';
import { nextPeriod } from './period-sequence.js';

/**
 * The periods of `kind` that lie wholly inside `container`, in order: the months of FY2027, the
 * quarters of 2027. When the container's boundaries do not fall on boundaries of `kind` (quarters
 * of a fiscal year that starts in February), the partial periods at either end are left out; use
 * {@link periodsOverlapping} to get them too. For `fiscal-year` periods inside a fiscal year, the
 * container's start month is used unless `options` names one.
 *
 * @throws FairlodeError `period/fiscal-year-start-missing` when `kind` is `fiscal-year`, the
 * container is not a fiscal year and `options` names no start month.
 * @example
 * ```ts
 * periodsIn(period('FY2027', { fiscalYearStartMonth: 7 }), 'quarter').map((q) => q.label);
 * // ['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']
 * ```
 */
export function periodsIn(container: Period, kind: PeriodKind, options: PeriodOptions = {}): Period[] {
  return periodsOverlapping(container, kind, options).filter((p) => container.start <= p.start && p.end <= container.end);
}

/**
 * The periods of `kind` that share at least one day with `container`, in order: the first may
 * start before the container and the last may end after it.
 *
 * @throws FairlodeError as for {@link periodsIn}.
 * @example
 * ```ts
 * periodsOverlapping(period('FY2027', { fiscalYearStartMonth: 7 }), 'year').map((y) => y.label);
 * // ['2026', '2027']
 * ```
 */
export function periodsOverlapping(container: Period, kind: PeriodKind, options: PeriodOptions = {}): Period[] {
  const startMonth = options.fiscalYearStartMonth ?? (container.kind === 'fiscal-year' ? startMonthOf(container) : undefined);
  const periods: Period[] = [];
  for (let p = periodOf(container.start, kind, startMonth === undefined ? {} : { fiscalYearStartMonth: startMonth }); p.start <= container.end; p = nextPeriod(p)) {
    periods.push(p);
    if (p.end >= container.end) break;
  }
  return periods;
}
