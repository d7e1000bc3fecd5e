import { FairlodeError } from '../diagnostics/diagnostic.js';
import { Decimal, toDecimalOperand, type DecimalInput } from '../money/decimal.js';
import { daysBetween, parseDate, type IsoDate } from '../time/index.js';
import { readDiscountRate } from './cash-flow.js';

/** A cash flow on a date: negative is paid out, positive received. */
export interface DatedCashFlow {
  /** The date of the flow, `YYYY-MM-DD`. */
  readonly date: IsoDate | string;
  /** The amount: a decimal string, a finite number or a Decimal. */
  readonly amount: DecimalInput;
}

/** Dated flows read into exact values, with each flow's distance in days from the earliest. */
export interface DatedFlows {
  /** The earliest date: time zero. */
  readonly start: IsoDate;
  /** Days from the start, one per flow, in the order given. */
  readonly days: readonly number[];
  /** The amounts, in the order given. */
  readonly amounts: readonly Decimal[];
}

/** The day count of the dated functions: a year is 365 days, as in the spreadsheet XNPV and XIRR. */
export const DAYS_PER_YEAR = 365;

/**
 * Reads dated cash flows: strict ISO dates and exact amounts. Time zero is the earliest date (for
 * flows listed in date order, the first). Throws a `FairlodeError` naming the first bad entry.
 *
 * @example
 * ```ts
 * readDatedFlows([{ date: '2008-01-01', amount: -10000 }, { date: '2008-03-01', amount: 2750 }]).days; // [0, 60]
 * ```
 */
export function readDatedFlows(flows: readonly DatedCashFlow[]): DatedFlows {
  if (!Array.isArray(flows)) throw new FairlodeError({ code: 'fiscal/not-a-cash-flow', message: 'Expected a list of dated cash flows.' });
  const dates = flows.map((f, i) => {
    const d = parseDate(f?.date);
    if (!d.ok) throw new FairlodeError({ code: 'fiscal/not-a-cash-flow', message: `Cash flow ${i + 1} has no valid date: ${d.problem.message}`, ...(d.problem.hint ? { hint: d.problem.hint } : {}) });
    return d.value;
  });
  const amounts = flows.map((f, i) => {
    try {
      return toDecimalOperand(f.amount);
    } catch (e) {
      if (!(e instanceof FairlodeError)) throw e;
      throw new FairlodeError({ code: 'fiscal/not-a-cash-flow', message: `Cash flow ${i + 1} is not a number: ${e.message}` });
    }
  });
  const start = dates.reduce<IsoDate | undefined>((a, d) => (a === undefined || d < a ? d : a), undefined) ?? ('1970-01-01' as IsoDate);
  return { start, days: dates.map((d) => daysBetween(start, d)), amounts };
}

/**
 * The growth factor (1 + rate)^(−1/365) raised to whole numbers of days: the discount factors of
 * dated flows, computed from one logarithm and one exponential per rate and then by repeated
 * multiplication, all in decimal arithmetic.
 */
export function dailyDiscount(growth: Decimal): Decimal {
  return growth.ln().div(DAYS_PER_YEAR).neg().exp();
}

/**
 * The net present value of dated cash flows at an annual rate, on the actual/365 day count from
 * the earliest date: XNPV = Σᵢ amountᵢ / (1 + rate)^(daysᵢ / 365). This is the spreadsheet XNPV.
 *
 * Throws a `FairlodeError` for a rate at or below −100%, a date that is not `YYYY-MM-DD` or an
 * amount that is not a number.
 *
 * @example
 * ```ts
 * xnpv('0.09', [
 *   { date: '2008-01-01', amount: -10000 }, { date: '2008-03-01', amount: 2750 },
 *   { date: '2008-10-30', amount: 4250 }, { date: '2009-02-15', amount: 3250 },
 *   { date: '2009-04-01', amount: 2750 },
 * ]).toFixed(2); // '2086.65'
 * ```
 */
export function xnpv(rate: DecimalInput, flows: readonly DatedCashFlow[]): Decimal {
  const r = readDiscountRate(rate);
  return datedPresentValue(r, readDatedFlows(flows));
}

/**
 * {@link xnpv} on flows already read.
 *
 * @example
 * ```ts
 * datedPresentValue(new Decimal('0.1'), readDatedFlows([{ date: '2027-01-01', amount: 100 }])).toString(); // '100'
 * ```
 */
export function datedPresentValue(rate: Decimal, flows: DatedFlows): Decimal {
  return datedValueAndSlope(rate, flows, false).value;
}

/** The present value of dated flows at a rate and, on request, its derivative in the rate. */
export function datedValueAndSlope(rate: Decimal, flows: DatedFlows, withSlope: boolean): { value: Decimal; slope: Decimal } {
  const growth = rate.plus(1);
  const allWhole = flows.days.every((d) => d % DAYS_PER_YEAR === 0);
  const daily = allWhole ? undefined : dailyDiscount(growth);
  const yearly = new Decimal(1).div(growth);
  let value = new Decimal(0);
  let slope = new Decimal(0);
  flows.amounts.forEach((a, i) => {
    const days = flows.days[i]!;
    // Whole years are discounted exactly by integer powers; other days through the daily factor.
    const factor = daily === undefined ? yearly.pow(days / DAYS_PER_YEAR) : daily.pow(days);
    const term = a.times(factor);
    value = value.plus(term);
    if (withSlope) slope = slope.minus(term.times(days).div(DAYS_PER_YEAR));
  });
  return { value, slope: withSlope ? slope.div(growth) : slope };
}
