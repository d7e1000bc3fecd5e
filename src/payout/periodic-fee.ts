import type { Contract } from '../contract/index.js';
import { Decimal } from '../money/decimal.js';
import { divideAndRound } from '../money/rounding.js';
import { addDays, daysBetween, fiscalYear, fiscalYearOf, maxDate, minDate, type IsoDate, type Period } from '../time/index.js';
import { unitPriceToString } from '../quantity/index.js';
import type { CommodityRevenue } from './gross-revenue.js';
import { moneyText, payable, type PayoutContext } from './payout-context.js';
import { averagePriceText, salesAtPrice, type SalesAtPrice } from './realised-price.js';
import { traceNode, type Trace } from './trace.js';

/** A contract's periodic fee clause (`revenue.fees[i]`). */
export type PeriodicFeeClause = Contract['revenue']['fees'][number];

const ZERO = new Decimal(0);
const PER_YEAR = { year: 1, quarter: 4, month: 12 } as const;

/**
 * The fee a periodic-fee clause gives in one period, before it becomes a payout line: the amount,
 * the days and index that explain it, or the problem that stopped it.
 */
export interface FeeDue {
  readonly ctx: PayoutContext;
  /** The clause. */
  readonly clause: PeriodicFeeClause;
  readonly period: Period;
  /** The fiscal year the period lies in. */
  readonly year: Period;
  /** The first and last day the fee runs (the clause's dates, else the term). */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The amount for a whole year before indexation: `amount` × 1, 4 or 12. */
  readonly annual: Decimal;
  /** The days of the fiscal year. */
  readonly daysOfYear: number;
  /** Fee days in the fiscal year before the period, and up to its end. */
  readonly daysBefore: number;
  readonly daysThrough: number;
  /** The index value for the period, when the fee is indexed and the actuals give it. */
  readonly indexValue: Decimal | undefined;
  /** With `onlyIfPriceAbove`: the period's sales of the commodity, as sold and at the stated price. */
  readonly sales: SalesAtPrice | undefined;
  /** Whether the fee is not due because the period's average realised price is not above the stated price. */
  readonly notDue: boolean;
  /** The fee payable, rounded to the minor unit; zero when `problem` is set or the fee is not due. */
  readonly amount: Decimal;
  /** Why the fee could not be computed (then no line is made and a warning is noted). */
  readonly problem: string | undefined;
}

/** Fee days from `start` to `end` (inclusive) that lie between from and to; 0 when none. */
function daysInside(start: IsoDate, end: IsoDate, from: IsoDate, to: IsoDate): number {
  const a = maxDate(start, from);
  const b = minDate(end, to);
  return a > b ? 0 : daysBetween(a, b) + 1;
}

/**
 * The fee a periodic-fee clause gives in one period, or undefined when the period lies wholly
 * outside the fee's dates.
 *
 * The year's amount A (the clause's `amount` × 1, 4 or 12 for `per: year | quarter | month`, times
 * index ÷ base value when indexed) is spread over the fiscal year by days, rounded cumulatively so
 * that the periods of a year sum exactly to the year's rounded total:
 *
 *     fee(period) = round(A × daysThrough ÷ daysOfYear) − round(A × daysBefore ÷ daysOfYear)
 *
 * where daysThrough counts the fee days of the fiscal year up to the period's last day and
 * daysBefore those before its first day. With `proration: daily` fee days are the days between
 * `from` and `to`; with `proration: none` every day of a period that overlaps them counts. Each
 * rounding is one exact division rounded to the minor unit with the contract's rounding mode.
 *
 * An indexed fee whose index the period's actuals do not give is a problem, never an unindexed
 * amount: no line is made and the statement's notes say why.
 *
 * With `onlyIfPriceAbove`, the fee is due only when the period's average realised price of the
 * commodity (gross revenue ÷ quantity sold, in the stated price's unit) is above the stated price,
 * compared exactly: the sales must be worth more than the same quantities at the stated price. Not
 * above: the amount is zero (`notDue`). No sales of the commodity in the period: the price is
 * unknown, a problem, so no line is made and the notes say why.
 *
 * @example
 * ```ts
 * feeDue(ctx, clause, actuals.indices, period('2026-Q3'))?.amount.toString(); // '1260273.97'
 * ```
 */
export function feeDue(ctx: PayoutContext, clause: PeriodicFeeClause, indices: Readonly<Record<string, Decimal>> | undefined, period: Period, priced?: CommodityRevenue): FeeDue | undefined {
  const c = ctx.contract;
  const from = clause.from ?? c.effective;
  const to = clause.to ?? c.termEnd;
  if (daysInside(period.start, period.end, from, to) === 0) return undefined;
  const year = fiscalYear(fiscalYearOf(period.end, ctx.startMonth), ctx.startMonth);
  const daysOfYear = daysBetween(year.start, year.end) + 1;
  const before = period.start > year.start ? addDays(period.start, -1) : undefined;
  const daily = clause.proration === 'daily';
  const daysBefore = before === undefined ? 0 : daily ? daysInside(year.start, before, from, to) : daysBetween(year.start, before) + 1;
  const daysThrough = daysBefore + (daily ? daysInside(period.start, period.end, from, to) : daysBetween(period.start, period.end) + 1);
  const annual = clause.amount.amount.times(PER_YEAR[clause.per]);
  const base = { ctx, clause, period, year, from, to, annual, daysOfYear, daysBefore, daysThrough, sales: undefined, notDue: false };
  let numerator = annual;
  let divisor = new Decimal(daysOfYear);
  let indexValue: Decimal | undefined;
  if (clause.indexation !== undefined) {
    indexValue = indices?.[clause.indexation.index];
    if (indexValue === undefined) {
      return { ...base, indexValue, amount: ZERO, problem: `the actuals give no value of the index "${clause.indexation.index}" for ${period.label} (add indices: { ${clause.indexation.index}: "<value>" })` };
    }
    numerator = numerator.times(indexValue);
    divisor = divisor.times(clause.indexation.baseValue);
  }
  const condition = clause.onlyIfPriceAbove;
  const sales = condition === undefined || priced === undefined ? undefined : salesAtPrice(priced, condition.price);
  if (condition !== undefined && (sales === undefined || sales.atPrice.isZero())) {
    return { ...base, sales, indexValue, amount: ZERO, problem: `no ${condition.commodity} was sold in ${period.label}, so whether its price was above ${unitPriceToString(condition.price)} is unknown` };
  }
  if (sales !== undefined && !sales.value.gt(sales.atPrice)) return { ...base, sales, notDue: true, indexValue, amount: ZERO, problem: undefined };
  const through = divideAndRound(numerator.times(daysThrough), divisor, ctx.places, ctx.mode);
  const earlier = divideAndRound(numerator.times(daysBefore), divisor, ctx.places, ctx.mode);
  return { ...base, sales, indexValue, amount: through.minus(earlier), problem: undefined };
}

/**
 * The note a fee that could not be computed gives, for the statement's notes: the clause, its
 * reference, the period and why; or, for a fee not due because the price condition is not met, the
 * average realised price and the stated price.
 *
 * @example
 * ```ts
 * feeWarning(due);
 * // 'Warning: fee "licence-fee" (§9.1) for 2027-Q1 is not computed: the actuals give no value of the index "US-CPI" for 2027-Q1 (…).'
 * ```
 */
export function feeWarning(due: FeeDue): string | undefined {
  const c = due.clause;
  if (due.notDue) {
    const p = c.onlyIfPriceAbove!;
    return `Fee "${c.id}"${c.ref ? ` (${c.ref})` : ''} for ${due.period.label} is not due: the average realised price of ${p.commodity}, ${averagePriceText(due.sales!, p.price)!}, is not above ${unitPriceToString(p.price)}.`;
  }
  if (due.problem === undefined) return undefined;
  return `Warning: fee "${c.id}"${c.ref ? ` (${c.ref})` : ''} for ${due.period.label} is not computed: ${due.problem}.`;
}

/** Explains a periodic fee: the year's amount, the index, the days and the cumulative rounding. */
export function feeTrace(due: FeeDue): Trace {
  const { ctx, clause } = due;
  const ref = clause.ref;
  const money = (d: Decimal) => moneyText(ctx, d);
  const inputs: Trace[] = [
    traceNode(`amount per ${clause.per}`, money(clause.amount.amount), { clause: clause.id, ref }),
    traceNode('amount for a year', money(due.annual), { formula: `amount × ${PER_YEAR[clause.per]}` }),
  ];
  if (clause.indexation !== undefined) {
    inputs.push(traceNode(`index ${clause.indexation.index} at base`, clause.indexation.baseValue.toString(), { clause: clause.id, ref }));
    inputs.push(traceNode(`index ${clause.indexation.index} in ${due.period.label}`, due.indexValue?.toString() ?? 'not given', { formula: 'from the actuals (indices)' }));
  }
  inputs.push(
    traceNode('fee runs', `${due.from} to ${due.to}`, { clause: clause.id, ref, formula: `proration ${clause.proration}` }),
    traceNode(`days of ${due.year.label}`, String(due.daysOfYear)),
    traceNode(`fee days of ${due.year.label} before ${due.period.label}`, String(due.daysBefore)),
    traceNode(`fee days of ${due.year.label} through ${due.period.label}`, String(due.daysThrough)),
  );
  const condition = clause.onlyIfPriceAbove;
  if (condition !== undefined && due.sales !== undefined) {
    inputs.push(
      traceNode(`average realised price of ${condition.commodity} in ${due.period.label}`, averagePriceText(due.sales, condition.price) ?? 'none (nothing sold)', {
        clause: clause.id,
        ref,
        formula: `gross revenue ÷ quantity sold; the fee is due only above ${unitPriceToString(condition.price)}`,
        inputs: [traceNode(`gross revenue of ${condition.commodity}`, money(due.sales.value)), traceNode(`the same quantities at ${unitPriceToString(condition.price)}`, money(payable(ctx, due.sales.atPrice)), { formula: 'Σ quantity × price, exact; shown rounded' })],
      }),
    );
  }
  if (due.problem !== undefined) inputs.push(traceNode('not computed', '1 problem', { formula: due.problem }));
  const indexed = clause.indexation === undefined ? '' : ' × index ÷ base';
  return traceNode(clause.name ?? `${clause.eitiStream} fee`, money(due.amount), {
    clause: clause.id,
    ref,
    formula: due.notDue ? `0: the price of ${condition!.commodity} is not above ${unitPriceToString(condition!.price)}` : `round(year's amount${indexed} × days through ÷ days of year) − round(year's amount${indexed} × days before ÷ days of year); rounded ${ctx.mode} to the minor unit`,
    inputs,
  });
}
