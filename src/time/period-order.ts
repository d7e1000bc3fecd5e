import type { Period, PeriodKind } from './period.js';

const KIND_RANK: Record<PeriodKind, number> = { month: 0, quarter: 1, half: 2, year: 3, 'fiscal-year': 4 };

/**
 * Orders periods by start date, then by end date (the shorter first when they start together),
 * then by kind (month, quarter, half, year, fiscal year) so that the calendar year 2027 and a
 * January-start FY2027, which cover the same days, still have a fixed order. Returns a negative
 * number, 0 (same period) or a positive number; suitable for `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * comparePeriods(period('2027-01'), period('2027-Q1')); // -1: same start, January ends first
 * [period('2027-03'), period('2027-Q1'), period('2027-01')].sort(comparePeriods).map((p) => p.label);
 * // ['2027-01', '2027-Q1', '2027-03']
 * ```
 */
export function comparePeriods(a: Period, b: Period): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return KIND_RANK[a.kind] - KIND_RANK[b.kind];
}

/**
 * Whether two periods are the same: same kind and the same days.
 *
 * @example
 * ```ts
 * samePeriod(period('2027-Q1'), quarterPeriod(2027, 1)); // true
 * ```
 */
export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.start === b.start && a.end === b.end;
}
