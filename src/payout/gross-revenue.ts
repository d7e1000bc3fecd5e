import { FairlodeError } from '../diagnostics/diagnostic.js';
import type { Actuals } from '../contract/index.js';
import type { CurrencyCode } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney, moneyToString } from '../money/money.js';
import { priceQuantity, quantityToString, unitPriceToString } from '../quantity/index.js';
import { exactProduct } from './payout-context.js';
import { traceNode, type Trace } from './trace.js';

/** One sale of a period's actuals. */
export type Sale = Actuals['sales'][number];

/** A sale with its gross revenue. */
export interface SaleRevenue {
  /** The sale as reported. */
  readonly sale: Sale;
  /** Its position in the actuals' `sales` list, from 0. */
  readonly index: number;
  /** Quantity × price, exact, in the contract currency. */
  readonly gross: Decimal;
}

/** A commodity's sales in one period and their gross revenue. */
export interface CommodityRevenue {
  /** The commodity id. */
  readonly commodity: string;
  /** Its sales, in the order reported. */
  readonly sales: readonly SaleRevenue[];
  /** The sum of the sales' gross revenue, exact. */
  readonly gross: Decimal;
}

const ZERO = new Decimal(0);

/**
 * Gross revenue per commodity: quantity × price for each sale, with exact unit conversion (a price
 * per `t` times a quantity in `lb`), summed without rounding. Commodities come in `commodities`
 * order; a commodity without sales has an empty list and zero revenue.
 *
 * @throws FairlodeError `payout/currency-mismatch` when a price is not in `currency`.
 * @example
 * ```ts
 * const [copper] = grossRevenueByCommodity(actuals.sales, ['copper'], currency('USD'));
 * copper.gross.toString(); // '102660000' for 11800 t at 8700 USD/t
 * ```
 */
export function grossRevenueByCommodity(sales: readonly Sale[], commodities: readonly string[], currency: CurrencyCode): CommodityRevenue[] {
  const out: { commodity: string; sales: SaleRevenue[]; gross: Decimal }[] = commodities.map((commodity) => ({ commodity, sales: [], gross: ZERO }));
  const byId = new Map(out.map((c) => [c.commodity, c]));
  sales.forEach((sale, index) => {
    if (sale.price.currency !== currency) {
      throw new FairlodeError({ code: 'payout/currency-mismatch', message: `Sale ${index + 1} is priced in ${sale.price.currency}, but the contract's payments are computed in ${currency}.`, hint: `state the price in ${currency}` });
    }
    const entry = byId.get(sale.commodity);
    if (entry === undefined) throw new FairlodeError({ code: 'payout/unknown-commodity', message: `Sale ${index + 1} is of "${sale.commodity}", which is not a commodity of the contract.` });
    // Same unit: one exact product; otherwise the exact unit conversion of priceQuantity.
    const gross = sale.price.per === sale.quantity.unit ? exactProduct(sale.price.amount, sale.quantity.value) : priceQuantity(sale.price, sale.quantity).amount;
    entry.sales.push({ sale, index, gross });
    entry.gross = entry.gross.plus(gross);
  });
  return out;
}

/** Explains one sale's gross revenue. */
export function saleTrace(s: SaleRevenue, currency: CurrencyCode): Trace {
  return traceNode(`sale ${s.index + 1}: ${quantityToString(s.sale.quantity)} of ${s.sale.commodity} at ${unitPriceToString(s.sale.price)}`, moneyToString(makeMoney(s.gross, currency)), { formula: 'quantity × price' });
}

/** Explains a commodity's gross revenue from its sales. */
export function grossRevenueTrace(c: CommodityRevenue, currency: CurrencyCode): Trace {
  return traceNode(`gross revenue of ${c.commodity}`, moneyToString(makeMoney(c.gross, currency)), {
    formula: c.sales.length > 1 ? 'sum of quantity × price over the sales' : c.sales.length === 1 ? 'the one sale below' : 'no sales',
    inputs: c.sales.map((s) => saleTrace(s, currency)),
  });
}
