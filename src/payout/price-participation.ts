import { Decimal, multiplyExactly } from '../money/decimal.js';
import { makeMoney, moneyToString } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import { convertQuantity, convertUnitPrice, unitPriceToString } from '../quantity/index.js';
import { saleTrace, type CommodityRevenue } from './gross-revenue.js';
import { payable, type PayoutContext, type PriceParticipationClause } from './payout-context.js';
import { traceNode, type Trace } from './trace.js';

/** A price participation (windfall) payment for one period. */
export interface PriceParticipationDue {
  /** Rounded once to the minor unit. */
  readonly amount: Decimal;
  /** The revenue above the threshold price, exact: the base the rate applies to. */
  readonly excessRevenue: Decimal;
  /** Explains the amount. */
  readonly trace: () => Trace;
}

const ZERO = new Decimal(0);

/**
 * Price participation: `rate` × (price − threshold price) × quantity for each sale priced above the
 * threshold, summed over the period's sales of the commodity and rounded once. Prices and
 * quantities are read in the threshold's unit, converted exactly.
 *
 * @example
 * ```ts
 * // 13000 t at 9400 USD/t, threshold 9000 USD/t, rate 20%: 20% × 400 × 13000 = 1040000
 * priceParticipationDue(ctx, clause, copper).amount.toString(); // '1040000'
 * ```
 */
export function priceParticipationDue(ctx: PayoutContext, clause: PriceParticipationClause, revenue: CommodityRevenue): PriceParticipationDue {
  const threshold = clause.thresholdPrice;
  let excessRevenue = ZERO;
  const parts: { index: number; excess: Decimal; value: Decimal; s: (typeof revenue.sales)[number] }[] = [];
  for (const s of revenue.sales) {
    const price = convertUnitPrice(s.sale.price, threshold.per).amount;
    if (!price.gt(threshold.amount)) continue;
    const excess = price.minus(threshold.amount);
    const value = multiplyExactly(excess, convertQuantity(s.sale.quantity, threshold.per).value);
    excessRevenue = excessRevenue.plus(value);
    parts.push({ index: s.index, excess, value, s });
  }
  const amount = payable(ctx, multiplyExactly(clause.rate, excessRevenue));
  const m = (d: Decimal) => moneyToString(makeMoney(d, ctx.currency));
  return {
    amount,
    excessRevenue,
    trace: () => traceNode(`price participation on ${revenue.commodity}`, m(amount), {
      clause: clause.id,
      ref: clause.ref,
      formula: `rate × revenue above ${unitPriceToString(threshold)}; rounded ${ctx.mode}`,
      inputs: [
        traceNode('rate', formatRate(clause.rate), { clause: clause.id, ref: clause.ref }),
        traceNode(`revenue of ${revenue.commodity} above the threshold price`, m(excessRevenue), {
          formula: parts.length === 0 ? 'no sale above the threshold price' : 'Σ (price − threshold) × quantity',
          inputs: parts.map((p) => traceNode(`sale ${p.index + 1}: ${p.excess.toFixed()} ${threshold.currency}/${threshold.per.symbol} above the threshold`, m(p.value), { inputs: [saleTrace(p.s, ctx.currency)] })),
        }),
      ],
    }),
  };
}
