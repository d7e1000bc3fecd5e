import { Decimal } from '../money/decimal.js';
import { moneyText, type PayoutContext } from './payout-context.js';
import { traceNode, type Trace } from './trace.js';

/** A tax loss still available, exact. */
export interface AvailableLoss {
  /** The fiscal year in which the loss arose. */
  readonly fiscalYear: number;
  /** What is left of it. */
  readonly amount: Decimal;
}

/** The loss carry-forward applied in one fiscal year's assessment. */
export interface LossRelief {
  /** Taxable income after losses (zero or more). */
  readonly taxable: Decimal;
  /** Losses set against this year's income, oldest first. */
  readonly used: readonly AvailableLoss[];
  /** Losses that expired unused before this year. */
  readonly expired: readonly AvailableLoss[];
  /** Losses carried to later years, this year's own loss included. */
  readonly carried: readonly AvailableLoss[];
  /** The carry-forward limit in fiscal years (undefined: losses never expire). */
  readonly years: number | undefined;
  /** The most the year may set off (the contract's cap × income, rounded down); undefined: no cap. */
  readonly limit: Decimal | undefined;
}

const ZERO = new Decimal(0);

/**
 * Loss carry-forward in one fiscal year's assessment. A loss of fiscal year y may be set against
 * the profits of the `years` fiscal years after it (y+1 … y+years) and then expires; `undefined`
 * years means losses never expire, `0` means they are not carried at all. Older losses are used
 * first. A loss this year (negative income) joins the losses carried forward. With a `limit` (a
 * cap such as Zambia's: losses may reduce a year's taxable income by at most 50%), no more than it
 * is set off in the year; the rest is carried on.
 *
 * @example
 * ```ts
 * // FY2029 profit 30; losses FY2022: 10 (6-year limit: expired after FY2028), FY2027: 50
 * const r = applyLossCarryForward([{ fiscalYear: 2022, amount: d('10') }, { fiscalYear: 2027, amount: d('50') }], d('30'), 2029, 6);
 * r.taxable.toString(); // '0'; FY2027 has 20 left; FY2022's 10 expired
 * ```
 */
export function applyLossCarryForward(losses: readonly AvailableLoss[], income: Decimal, fiscalYear: number, years: number | undefined, limit?: Decimal): LossRelief {
  const expired: AvailableLoss[] = [];
  const live: AvailableLoss[] = [];
  for (const l of losses) {
    if (years !== undefined && l.fiscalYear + years < fiscalYear) expired.push(l);
    else live.push(l);
  }
  let taxable = income;
  let room = limit;
  const used: AvailableLoss[] = [];
  const carried: AvailableLoss[] = [];
  for (const l of live) {
    if (taxable.gt(0) && (room === undefined || room.gt(0))) {
      const use = room === undefined ? Decimal.min(taxable, l.amount) : Decimal.min(taxable, l.amount, room);
      if (room !== undefined) room = room.minus(use);
      used.push({ fiscalYear: l.fiscalYear, amount: use });
      taxable = taxable.minus(use);
      const left = l.amount.minus(use);
      if (left.gt(0)) carried.push({ fiscalYear: l.fiscalYear, amount: left });
    } else carried.push(l);
  }
  if (taxable.lt(0)) {
    if (years !== 0) carried.push({ fiscalYear, amount: taxable.negated() });
    taxable = ZERO;
  }
  return { taxable, used, expired, carried, years, limit };
}

/** Explains the loss carry-forward of an assessment. */
export function lossReliefTrace(ctx: PayoutContext, r: LossRelief): Trace {
  const m = (d: Decimal) => moneyText(ctx, d);
  const years = r.years;
  return traceNode('losses brought forward set against the income', m(r.used.reduce((a, u) => a.plus(u.amount), ZERO)), {
    formula: (years === undefined ? 'oldest first; losses do not expire' : years === 0 ? 'losses are not carried forward' : `oldest first; a loss may be used in the ${years} fiscal years after it arose`) + (r.limit === undefined ? '' : '; at most the cap on the set-off'),
    inputs: [
      ...(r.limit === undefined ? [] : [traceNode('cap on the set-off (cap × income, rounded down)', m(r.limit))]),
      ...r.used.map((u) => traceNode(`loss of FY${u.fiscalYear} used`, m(u.amount))),
      ...r.expired.map((e) => traceNode(`loss of FY${e.fiscalYear} expired unused`, m(e.amount))),
      ...r.carried.map((c) => traceNode(`loss of FY${c.fiscalYear} carried forward`, m(c.amount))),
    ],
  });
}
