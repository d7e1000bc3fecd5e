import { Decimal } from '../money/decimal.js';
import { moneyToString } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import { grossRevenueTrace } from './gross-revenue.js';
import { netSmelterReturnTrace } from './net-smelter-return.js';
import { commodityNsr, periodLine, periodRevenue } from './period-facts.js';
import type { PeriodRecord } from './period-ledger.js';
import { exactProduct, moneyText, payable, type CommunityFundClause, type PayoutContext } from './payout-context.js';
import { traceNode, type Trace } from './trace.js';

/** The share of a fiscal year that lies within the contract's term, in days. */
export interface TermShare {
  /** Days of the fiscal year within the term. */
  readonly days: number;
  /** Days in the fiscal year. */
  readonly of: number;
}

/** The base a fund's rate applies to in one period, and what its explanation is rebuilt from. */
export interface FundBase {
  readonly kind: 'gross-revenue' | 'net-smelter-return' | 'royalty' | 'net-profit';
  readonly label: string;
  readonly amount: Decimal;
  /** The period's record. */
  readonly rec: PeriodRecord;
  /** How many of the period's lines came before the community-funds step. */
  readonly stepStart: number;
  /** With a royalty base: the royalty clause. */
  readonly of?: string;
}

// The receipts of waterfall steps (what a fund on net profit deducts when they come before it).
const STEP_RECEIPTS = new Set(['royalty', 'export-duty', 'community-fund', 'community-fund-top-up', 'price-participation', 'income-tax']);

/** A community fund's contribution for one period. */
export interface FundContribution {
  readonly ctx: PayoutContext;
  readonly fund: CommunityFundClause;
  readonly base: FundBase;
  readonly fiscalYear: number;
  readonly share: TermShare;
  /** The period's contribution: rate × base, rounded once, stopped at the annual maximum. */
  readonly accrual: Decimal;
  /** rate × base before the cap. */
  readonly computed: Decimal;
  /** Whether the annual maximum stopped the accrual. */
  readonly capped: boolean;
  /** The annual maximum and minimum for this fiscal year (pro-rated), when set. */
  readonly maximum: Decimal | undefined;
  readonly minimum: Decimal | undefined;
  /** Contributions earlier in the fiscal year. */
  readonly paidBefore: Decimal;
  /** The top-up to the annual minimum, in the period that closes the fiscal year; zero otherwise. */
  readonly topUp: Decimal;
  /** Contributions in the fiscal year so far, this period's (and any top-up) included. */
  readonly paidToDate: Decimal;
}

const ZERO = new Decimal(0);

/**
 * An annual amount for the part of a fiscal year within the term: the whole amount for a whole
 * year, else amount × days in the term ÷ days in the year (exact until it is rounded).
 */
export function prorateToTerm(annual: Decimal, share: TermShare): Decimal {
  return share.days === share.of ? annual : annual.times(share.days).div(share.of);
}

/**
 * A community development fund contribution in one period: `rate` × its base, rounded once; if
 * the fiscal year's contributions would pass `maximumAnnual`, the period pays only what reaches
 * the cap. In the period that closes the fiscal year, a separate top-up brings the year's
 * contributions up to `minimumAnnual`. Both limits are pro-rated by days when the term covers
 * only part of the fiscal year, and rounded once.
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
  const computed = payable(ctx, exactProduct(fund.rate, base.amount));
  const maximum = fund.maximumAnnual === undefined ? undefined : payable(ctx, prorateToTerm(fund.maximumAnnual.amount, year.share));
  let accrual = computed;
  let capped = false;
  if (maximum !== undefined && paidBefore.plus(accrual).gt(maximum)) {
    accrual = Decimal.max(ZERO, maximum.minus(paidBefore));
    capped = true;
  }
  let paidToDate = paidBefore.plus(accrual);
  let topUp = ZERO;
  const minimum = fund.minimumAnnual === undefined ? undefined : payable(ctx, prorateToTerm(fund.minimumAnnual.amount, year.share));
  if (year.closes && minimum !== undefined && paidToDate.lt(minimum)) {
    topUp = minimum.minus(paidToDate);
    paidToDate = minimum;
  }
  return { ctx, fund, base, fiscalYear: year.fiscalYear, share: year.share, accrual, computed, capped, maximum, minimum, paidBefore, topUp, paidToDate };
}

function partial(c: FundContribution): string {
  return c.share.days !== c.share.of ? ` × ${c.share.days}/${c.share.of} days of FY${c.fiscalYear} within the term` : '';
}

/** Explains a fund's base, rebuilding it from the period's record. */
export function fundBaseTrace(ctx: PayoutContext, base: FundBase): Trace {
  const m = (d: Decimal) => moneyText(ctx, d);
  const rec = base.rec;
  switch (base.kind) {
    case 'gross-revenue':
      return traceNode('gross revenue', m(base.amount), { formula: 'all commodities', inputs: periodRevenue(rec).filter((r) => r.sales.length > 0).map((r) => grossRevenueTrace(r, ctx.currency)) });
    case 'net-smelter-return':
      return traceNode('net smelter return', m(base.amount), {
        formula: 'all commodities',
        inputs: periodRevenue(rec).filter((r) => r.sales.length > 0).map((r) => netSmelterReturnTrace(commodityNsr(rec, r), r, ctx.contract.revenue.netSmelterReturn, ctx.currency)),
      });
    case 'royalty':
      return periodLine(rec, base.of!)?.trace ?? traceNode(`royalty ${base.of!}`, m(base.amount), { formula: 'no royalty this period' });
    case 'net-profit': {
      const lines = rec.lines.slice(0, base.stepStart).filter((l) => l.kind === 'revenue' || l.kind === 'sale-deduction' || l.kind === 'operating-cost' || STEP_RECEIPTS.has(l.kind));
      return traceNode('net profit of the period', m(base.amount), {
        formula: 'revenue − sale deductions − operating costs − payments of earlier waterfall steps, not below zero',
        inputs: lines.map((l) => traceNode(l.kind === 'revenue' ? l.id : `less ${l.id}`, moneyToString(l.amount))),
      });
    }
  }
}

/** Explains a fund's accrual. */
export function fundAccrualTrace(c: FundContribution): Trace {
  const { ctx, fund } = c;
  const fy = `FY${c.fiscalYear}`;
  return traceNode(`contribution to ${fund.payee}`, moneyText(ctx, c.accrual), {
    clause: fund.id,
    ref: fund.ref,
    formula: c.capped ? `rate × ${c.base.label}, stopped at the annual maximum` : `rate × ${c.base.label}, rounded ${ctx.mode}`,
    inputs: [
      traceNode('rate', formatRate(fund.rate), { clause: fund.id, ref: fund.ref }),
      fundBaseTrace(ctx, c.base),
      ...(c.capped ? [
        traceNode('computed before the cap', moneyText(ctx, c.computed)),
        traceNode(`annual maximum for ${fy}`, moneyText(ctx, c.maximum!), { clause: fund.id, ref: fund.ref, formula: `${moneyToString(fund.maximumAnnual!)}${partial(c)}` }),
        traceNode(`contributed earlier in ${fy}`, moneyText(ctx, c.paidBefore)),
      ] : []),
    ],
  });
}

/** Explains a fund's top-up to the annual minimum. */
export function fundTopUpTrace(c: FundContribution): Trace {
  const { ctx, fund } = c;
  const fy = `FY${c.fiscalYear}`;
  return traceNode(`top-up of ${fund.payee} to the annual minimum for ${fy}`, moneyText(ctx, c.topUp), {
    clause: fund.id,
    ref: fund.ref,
    formula: 'annual minimum − contributions in the fiscal year',
    inputs: [
      traceNode(`annual minimum for ${fy}`, moneyText(ctx, c.minimum ?? ZERO), { clause: fund.id, ref: fund.ref, formula: `${fund.minimumAnnual === undefined ? '' : moneyToString(fund.minimumAnnual)}${partial(c)}` }),
      traceNode(`contributed in ${fy}, this period's included`, moneyText(ctx, c.paidBefore.plus(c.accrual))),
    ],
  });
}
