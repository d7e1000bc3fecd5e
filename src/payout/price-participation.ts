import { Decimal } from '../money/decimal.js';
import { formatRate } from '../money/rate.js';
import { convertQuantity, convertUnitPrice, unitPriceToString } from '../quantity/index.js';
import { saleTrace, type CommodityRevenue, type SaleRevenue } from './gross-revenue.js';
import { exactProduct, moneyText, payable, type PayoutContext, type PriceParticipationClause } from './payout-context.js';
import { traceNode, type Trace } from './trace.js';

/** A price participation (windfall) payment for one period. */
export interface PriceParticipationDue {
  readonly ctx: PayoutContext;
  readonly clause: PriceParticipationClause;
  readonly revenue: CommodityRevenue;
  /** Rounded once to the minor unit. */
  readonly amount: Decimal;
  /** The revenue above the threshold price, exact: the base the rate applies to. */
  readonly excessRevenue: Decimal;
  /** The sales above the threshold, with how far above and the revenue above it. */
  readonly above: readonly { readonly sale: SaleRevenue; readonly excess: Decimal; readonly value: Decimal }[];
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
  const above: { sale: SaleRevenue; excess: Decimal; value: Decimal }[] = [];
  for (const s of revenue.sales) {
    const price = convertUnitPrice(s.sale.price, threshold.per).amount;
    if (!price.gt(threshold.amount)) continue;
    const excess = price.minus(threshold.amount);
    const value = exactProduct(excess, convertQuantity(s.sale.quantity, threshold.per).value);
    excessRevenue = excessRevenue.plus(value);
    above.push({ sale: s, excess, value });
  }
  return { ctx, clause, revenue, amount: payable(ctx, exactProduct(clause.rate, excessRevenue)), excessRevenue, above };
}

/** Explains a price participation payment. */
export function priceParticipationTrace(due: PriceParticipationDue): Trace {
  const { ctx, clause } = due;
  const threshold = clause.thresholdPrice;
  return traceNode(`price participation on ${due.revenue.commodity}`, moneyText(ctx, due.amount), {
    clause: clause.id,
    ref: clause.ref,
    formula: `rate × revenue above ${unitPriceToString(threshold)}; rounded ${ctx.mode}`,
    inputs: [
      traceNode('rate', formatRate(clause.rate), { clause: clause.id, ref: clause.ref }),
      traceNode(`revenue of ${due.revenue.commodity} above the threshold price`, moneyText(ctx, due.excessRevenue), {
        formula: due.above.length === 0 ? 'no sale above the threshold price' : 'Σ (price − threshold) × quantity',
        inputs: due.above.map((p) => traceNode(`sale ${p.sale.index + 1}: ${p.excess.toFixed()} ${threshold.currency}/${threshold.per.symbol} above the threshold`, moneyText(ctx, p.value), { inputs: [saleTrace(p.sale, ctx.currency)] })),
      }),
    ],
  });
}
