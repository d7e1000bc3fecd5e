import { FairlodeError } from '../diagnostics/diagnostic.js';
import type { CurrencyCode } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney, moneyToString } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import { grossRevenueTrace, type CommodityRevenue } from './gross-revenue.js';
import type { NetSmelterReturnClause } from './payout-context.js';
import { traceNode, type Trace } from './trace.js';

/** The kinds of sale deduction the actuals report. */
export type DeductionKind = 'treatment' | 'refining' | 'transport' | 'insurance' | 'penalties' | 'marketing';

/** One kind of deduction reported on a commodity's sales in a period. */
export interface ReportedDeduction {
  /** The kind of deduction. */
  readonly kind: DeductionKind;
  /** The amount reported over the period's sales of the commodity, exact. */
  readonly amount: Decimal;
  /** Whether the contract allows it to reduce gross revenue. */
  readonly allowed: boolean;
}

/** A commodity's net smelter return for one period. */
export interface NetSmelterReturn {
  /** The commodity id. */
  readonly commodity: string;
  /** Gross revenue, exact. */
  readonly gross: Decimal;
  /** Every kind of deduction reported, allowed or not, in a fixed order. */
  readonly deductions: readonly ReportedDeduction[];
  /** All deductions reported (what the company paid smelters, refiners and carriers). */
  readonly reported: Decimal;
  /** The allowed deductions before the cap. */
  readonly allowed: Decimal;
  /** The cap on deductions (maximumDeduction × gross), when the contract sets one. */
  readonly cap: Decimal | undefined;
  /** What is actually deducted: the allowed deductions, capped, and never more than gross revenue. */
  readonly deducted: Decimal;
  /** Gross revenue less what is deducted; never below zero. */
  readonly value: Decimal;
}

const KINDS: readonly DeductionKind[] = ['treatment', 'refining', 'transport', 'insurance', 'penalties', 'marketing'];
const ZERO = new Decimal(0);

/**
 * Net smelter return of one commodity in one period: gross revenue less the deductions the
 * contract allows (`netSmelterReturn.allowedDeductions`), the allowed deductions capped at
 * `maximumDeduction` × gross revenue when set, and the result never below zero. Without a
 * `netSmelterReturn` clause every reported deduction is allowed and none is capped.
 *
 * @throws FairlodeError `payout/currency-mismatch` when a deduction is not in `currency`.
 * @example
 * ```ts
 * // gold: 14200 ozt at 2350 USD/ozt = 33370000; treatment 1200000 + refining 450000 + transport 300000
 * const nsr = netSmelterReturn(gold, clause, currency('USD'));
 * nsr.value.toString(); // '31420000' (deductions 1950000, below the 15% cap of 5005500)
 * ```
 */
export function netSmelterReturn(revenue: CommodityRevenue, clause: NetSmelterReturnClause | undefined, currency: CurrencyCode): NetSmelterReturn {
  const allowedKinds = clause === undefined ? undefined : new Set<string>(clause.allowedDeductions);
  const totals = new Map<DeductionKind, Decimal>();
  for (const s of revenue.sales) {
    const d = s.sale.deductions;
    if (d === undefined) continue;
    for (const kind of KINDS) {
      const m = d[kind];
      if (m === undefined) continue;
      if (m.currency !== currency) {
        throw new FairlodeError({ code: 'payout/currency-mismatch', message: `The ${kind} deduction on sale ${s.index + 1} is in ${m.currency}, but the contract's payments are computed in ${currency}.`, hint: `state it in ${currency}` });
      }
      totals.set(kind, (totals.get(kind) ?? ZERO).plus(m.amount));
    }
  }
  const deductions: ReportedDeduction[] = [];
  let reported = ZERO;
  let allowed = ZERO;
  for (const kind of KINDS) {
    const amount = totals.get(kind);
    if (amount === undefined) continue;
    const ok = allowedKinds === undefined || allowedKinds.has(kind);
    deductions.push({ kind, amount, allowed: ok });
    reported = reported.plus(amount);
    if (ok) allowed = allowed.plus(amount);
  }
  const cap = clause?.maximumDeduction === undefined ? undefined : clause.maximumDeduction.times(revenue.gross);
  let deducted = cap !== undefined && allowed.gt(cap) ? cap : allowed;
  if (deducted.gt(revenue.gross)) deducted = revenue.gross;
  return { commodity: revenue.commodity, gross: revenue.gross, deductions, reported, allowed, cap, deducted, value: revenue.gross.minus(deducted) };
}

/** Explains a net smelter return. */
export function netSmelterReturnTrace(nsr: NetSmelterReturn, revenue: CommodityRevenue, clause: NetSmelterReturnClause | undefined, currency: CurrencyCode): Trace {
  const m = (d: Decimal) => moneyToString(makeMoney(d, currency));
  const inputs: Trace[] = [grossRevenueTrace(revenue, currency)];
  for (const d of nsr.deductions) inputs.push(traceNode(`${d.kind} charges${d.allowed ? '' : ' (not an allowed deduction)'}`, m(d.amount)));
  if (nsr.cap !== undefined) {
    inputs.push(traceNode('cap on deductions', m(nsr.cap), { formula: `${formatRate(clause!.maximumDeduction!)} × gross revenue`, ref: clause?.ref }));
  }
  const capped = nsr.cap !== undefined && nsr.allowed.gt(nsr.cap);
  return traceNode(`net smelter return of ${nsr.commodity}`, m(nsr.value), {
    ref: clause?.ref,
    formula: capped ? 'gross revenue − min(allowed deductions, cap)' : nsr.deducted.lt(nsr.allowed) ? 'gross revenue − allowed deductions, not below zero' : 'gross revenue − allowed deductions',
    inputs,
  });
}
