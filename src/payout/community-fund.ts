import { Decimal, multiplyExactly } from '../money/decimal.js';
import { makeMoney, moneyToString } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import { payable, type CommunityFundClause, type PayoutContext } from './payout-context.js';
import { traceNode, type Trace } from './trace.js';

/** The share of a fiscal year that lies within the contract's term, in days (1 for a whole year). */
export interface TermShare {
  /** Days of the fiscal year within the term. */
  readonly days: number;
  /** Days in the fiscal year. */
  readonly of: number;
}

/** A community fund's contribution for one period. */
export interface FundContribution {
  /** The period's contribution: rate × base, rounded once, stopped at the annual maximum. */
  readonly accrual: Decimal;
  /** The top-up to the annual minimum, in the period that closes the fiscal year; zero otherwise. */
  readonly topUp: Decimal;
  /** Contributions in the fiscal year so far, this period's included. */
  readonly paidToDate: Decimal;
  /** Explains the accrual. */
  readonly accrualTrace: () => Trace;
  /** Explains the top-up. */
  readonly topUpTrace: () => Trace;
}

/** The base a fund's rate applies to in one period. */
export interface FundBase {
  /** What the base is: `gross revenue`, `net smelter return`, `royalty copper-royalty`, `net profit`. */
  readonly label: string;
  /** The base, exact. */
  readonly amount: Decimal;
  /** Explains the base. */
  readonly trace: () => Trace;
}

const ZERO = new Decimal(0);

/**
 * An annual amount for the part of a fiscal year within the term: the whole amount for a whole
 * year, else amount × days in the term ÷ days in the year (exact until the line is rounded).
 */
export function prorateToTerm(annual: Decimal, share: TermShare): Decimal {
  return share.days === share.of ? annual : annual.times(share.days).div(share.of);
}

/**
 * A community development fund contribution in one period: `rate` × its base, rounded once; if
 * the fiscal year's contributions would pass `maximumAnnual`, the period pays only what reaches
 * the cap. In the period that closes the fiscal year, a separate top-up brings the year's
 * contributions up to `minimumAnnual`. Both limits are pro-rated by days when the term covers
 * only part of the fiscal year.
 *
 * @example
 * ```ts
 * // 1% of 136030000 = 1360300; no cap reached; the year is not closed, so no top-up yet.
 * const c = communityFundContribution(ctx, fund, base, new Decimal(0), { fiscalYear: 2027, closes: false, share: { days: 365, of: 365 } });
 * c.accrual.toString(); // '1360300'
 * ```
 */
export function communityFundContribution(
  ctx: PayoutContext,
  fund: CommunityFundClause,
  base: FundBase,
  paidBefore: Decimal,
  year: { fiscalYear: number; closes: boolean; share: TermShare },
): FundContribution {
  const cur = ctx.currency;
  const m = (d: Decimal) => moneyToString(makeMoney(d, cur));
  const computed = payable(ctx, multiplyExactly(fund.rate, base.amount));
  const max = fund.maximumAnnual === undefined ? undefined : payable(ctx, prorateToTerm(fund.maximumAnnual.amount, year.share));
  let accrual = computed;
  let capped = false;
  if (max !== undefined && paidBefore.plus(accrual).gt(max)) {
    accrual = Decimal.max(ZERO, max.minus(paidBefore));
    capped = true;
  }
  let paidToDate = paidBefore.plus(accrual);
  let topUp = ZERO;
  const min = fund.minimumAnnual === undefined ? undefined : payable(ctx, prorateToTerm(fund.minimumAnnual.amount, year.share));
  if (year.closes && min !== undefined && paidToDate.lt(min)) {
    topUp = min.minus(paidToDate);
    paidToDate = min;
  }
  const fy = `FY${year.fiscalYear}`;
  const partial = year.share.days !== year.share.of ? ` × ${year.share.days}/${year.share.of} days of ${fy} within the term` : '';
  return {
    accrual,
    topUp,
    paidToDate,
    accrualTrace: () => traceNode(`contribution to ${fund.payee}`, m(accrual), {
      clause: fund.id,
      ref: fund.ref,
      formula: capped ? `rate × ${base.label}, stopped at the annual maximum` : `rate × ${base.label}, rounded ${ctx.mode}`,
      inputs: [
        traceNode('rate', formatRate(fund.rate), { clause: fund.id, ref: fund.ref }),
        base.trace(),
        ...(capped ? [
          traceNode('computed before the cap', m(computed)),
          traceNode(`annual maximum for ${fy}`, m(max!), { clause: fund.id, ref: fund.ref, formula: `${moneyToString(fund.maximumAnnual!)}${partial}` }),
          traceNode(`contributed earlier in ${fy}`, m(paidBefore)),
        ] : []),
      ],
    }),
    topUpTrace: () => traceNode(`top-up of ${fund.payee} to the annual minimum for ${fy}`, m(topUp), {
      clause: fund.id,
      ref: fund.ref,
      formula: 'annual minimum − contributions in the fiscal year',
      inputs: [
        traceNode(`annual minimum for ${fy}`, m(min ?? ZERO), { clause: fund.id, ref: fund.ref, formula: `${fund.minimumAnnual === undefined ? '' : moneyToString(fund.minimumAnnual)}${partial}` }),
        traceNode(`contributed in ${fy}, this period's included`, m(paidBefore.plus(accrual))),
      ],
    }),
  };
}
