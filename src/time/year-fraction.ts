import { FairlodeError } from '../diagnostics/diagnostic.js';
import { Decimal } from '../money/decimal.js';
import type { Period, PeriodKind } from './period.js';

/**
 * A fraction of a year as an exact ratio of two whole numbers, in lowest terms with a positive
 * denominator: a month is 1/12, a quarter 1/4. It is a ratio rather than a Decimal because 1/12 has
 * no finite decimal expansion, and twelve monthly shares of an annual minimum must add up to
 * exactly the annual amount.
 */
export interface YearFraction {
  /** The number of parts (a whole number). */
  readonly numerator: number;
  /** The size of a part, as parts per year (a whole number above 0). */
  readonly denominator: number;
}

const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12, 'fiscal-year': 12 };

/**
 * The fraction of a year a period covers, by **whole months** (the convention for pro-rating
 * annual amounts such as minimum royalties and community fund minimums): a month is 1/12 whatever
 * its number of days, a quarter 1/4, a half 1/2, a calendar or fiscal year 1. For a range of days
 * that is not a whole period, see {@link yearFractionBetween}.
 *
 * @example
 * ```ts
 * yearFraction(period('2027-02')); // { numerator: 1, denominator: 12 }
 * yearFraction(period('2027-H1')); // { numerator: 1, denominator: 2 }
 * ```
 */
export function yearFraction(period: Period): YearFraction {
  return makeYearFraction(MONTHS[period.kind], 12);
}

/**
 * Makes a year fraction from whole numbers, reduced to lowest terms.
 *
 * @throws FairlodeError `year-fraction/invalid` when either part is not a safe integer or the
 * denominator is not above 0.
 * @example
 * ```ts
 * makeYearFraction(6, 12); // { numerator: 1, denominator: 2 }
 * ```
 */
export function makeYearFraction(numerator: number, denominator: number): YearFraction {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new FairlodeError({ code: 'year-fraction/invalid', message: `${String(numerator)}/${String(denominator)} is not a fraction of whole numbers with a positive denominator.` });
  }
  const g = gcd(Math.abs(numerator), denominator);
  return Object.freeze({ numerator: numerator / g, denominator: denominator / g });
}

/**
 * The exact sum of year fractions (0/1 for none).
 *
 * @example
 * ```ts
 * addYearFractions(yearFraction(period('2027-Q1')), yearFraction(period('2027-04'))); // { numerator: 1, denominator: 3 }
 * ```
 */
export function addYearFractions(...fractions: YearFraction[]): YearFraction {
  return fractions.reduce((sum, f) => {
    const g = gcd(sum.denominator, f.denominator);
    const denominator = (sum.denominator / g) * f.denominator;
    return makeYearFraction(sum.numerator * (denominator / sum.denominator) + f.numerator * (denominator / f.denominator), denominator);
  }, makeYearFraction(0, 1));
}

/**
 * A year fraction as a Decimal: exact for halves, quarters and any denominator made of 2s and 5s;
 * otherwise (1/12, 1/3, 1/365) rounded to 50 significant digits. To pro-rate an amount exactly,
 * use {@link prorate}, which multiplies before it divides.
 *
 * @example
 * ```ts
 * yearFractionToDecimal(yearFraction(period('2027-Q1'))).toString(); // '0.25'
 * ```
 */
export function yearFractionToDecimal(fraction: YearFraction): Decimal {
  return new Decimal(fraction.numerator).div(fraction.denominator);
}

/**
 * An annual amount pro-rated to a fraction of a year: `amount × numerator ÷ denominator`,
 * multiplying first so that the result is exact whenever it can be written in decimals
 * (2,000,000 × 1/4 = 500,000; 1,200,000 × 1/12 = 100,000). A non-terminating result (2,000,000 ÷ 12)
 * is rounded to 50 significant digits; round it to the currency's minor unit where the contract says.
 *
 * @example
 * ```ts
 * prorate(new Decimal('2000000'), yearFraction(period('2027-Q3'))).toString(); // '500000'
 * ```
 */
export function prorate(amount: Decimal, fraction: YearFraction): Decimal {
  return amount.times(fraction.numerator).div(fraction.denominator);
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a === 0 ? 1 : a;
}
