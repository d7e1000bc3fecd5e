import { Decimal } from '../money/decimal.js';
import type { Period } from '../time/index.js';
import type { CarryInterestIndex } from './payout-context.js';

/** Months per period kind: interest for a period is the annual rate × months ÷ 12. */
const MONTHS = { month: new Decimal(1), quarter: new Decimal(3), half: new Decimal(6), year: new Decimal(12), 'fiscal-year': new Decimal(12) } as const;

/**
 * A period's interest rate, as a fraction of the balance brought into the period, for a balance
 * that earns an annual rate or an index plus a margin (a carry, a shareholder loan).
 */
export interface PeriodInterestRate {
  /** The rate for the period; undefined when none can be computed (a reference rate not given). */
  readonly rate: Decimal | undefined;
  /** For an inflation index: the value to measure the next period's rise from. */
  readonly indexValue: Decimal | undefined;
  /**
   * What the actuals left unknown: `index` (the period's index value is not given) or `earlier`
   * (no earlier index value to measure the rise from); the caller words the warning.
   */
  readonly missing: 'index' | 'earlier' | undefined;
}

/**
 * The interest rate of one period, with m its months (a quarter is 3) and r the annual rate or
 * margin:
 *
 * - no index: r × m ÷ 12;
 * - `reference-rate` (e.g. SOFR + 6.5%): (index% + r) × m ÷ 12, the index in percent per year;
 * - `inflation` (e.g. CPI + 9.9%): index ÷ previous index − 1 + r × m ÷ 12, the previous index
 *   being `before` (the last period's that gave it, or the clause's `baseValue`).
 *
 * An index the actuals do not give is never taken as zero: a reference rate gives no rate, an
 * inflation index only the margin (its rise counted when it is next given), and `missing` says so.
 *
 * @example
 * ```ts
 * // SOFR 5.31% + 6.5% over a quarter: (5.31% + 6.5%) × 3/12 = 2.9525%
 * periodInterestRate(d('0.065'), { basis: 'reference-rate', index: 'SOFR' }, period('2027-Q1'), { SOFR: d('5.31') }, undefined).rate; // 0.029525
 * ```
 */
export function periodInterestRate(
  annual: Decimal,
  index: CarryInterestIndex | undefined,
  period: Period,
  indices: Readonly<Record<string, Decimal>> | undefined,
  before: Decimal | undefined,
): PeriodInterestRate {
  const months = MONTHS[period.kind];
  const margin = annual.times(months).div(12);
  if (index === undefined) return { rate: margin, indexValue: undefined, missing: undefined };
  const value = indices?.[index.index];
  if (index.basis === 'reference-rate') {
    return value === undefined ? { rate: undefined, indexValue: undefined, missing: 'index' } : { rate: value.div(100).plus(annual).times(months).div(12), indexValue: undefined, missing: undefined };
  }
  const previous = before ?? index.baseValue;
  if (value === undefined) return { rate: margin, indexValue: previous, missing: 'index' };
  if (previous === undefined) return { rate: margin, indexValue: value, missing: 'earlier' };
  return { rate: value.div(previous).minus(1).plus(margin), indexValue: value, missing: undefined };
}
