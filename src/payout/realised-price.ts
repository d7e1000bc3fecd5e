import { Decimal } from '../money/decimal.js';
import { priceQuantity, unitPriceToString, type UnitPrice } from '../quantity/index.js';
import type { CommodityRevenue } from './gross-revenue.js';

const ZERO = new Decimal(0);

/**
 * A commodity's sales valued two ways, to compare their average realised price with a stated price
 * exactly: `value`, what they sold for (their gross revenue), and `atPrice`, what the same
 * quantities would have sold for at the stated price. The average realised price is above the
 * stated price exactly when `value` > `atPrice`; with no quantity sold both are zero and there is
 * no realised price.
 */
export interface SalesAtPrice {
  /** Gross revenue of the sales, exact. */
  readonly value: Decimal;
  /** The quantities sold × the stated price, exact (unit conversion exact). */
  readonly atPrice: Decimal;
}

/**
 * Values a commodity's sales at a stated price, beside their gross revenue.
 *
 * @example
 * ```ts
 * // 10000 t sold for 90000000 USD; at 2.75 USD/lb the same 10000 t are worth 60627122.16… USD
 * salesAtPrice(copper, parseUnitPrice('2.75 USD/lb')); // { value: 90000000, atPrice: 60627122.16… }
 * ```
 */
export function salesAtPrice(revenue: CommodityRevenue, price: UnitPrice): SalesAtPrice {
  let atPrice = ZERO;
  for (const s of revenue.sales) atPrice = atPrice.plus(priceQuantity(price, s.sale.quantity).amount);
  return { value: revenue.gross, atPrice };
}

/**
 * The average realised price in the stated price's unit, from sales valued by {@link salesAtPrice}:
 * price × value ÷ atPrice, to 4 decimal places (for explanations only; comparisons use the exact
 * values). Undefined when nothing was sold.
 *
 * @example
 * ```ts
 * averagePriceText({ value: 90000000, atPrice: 60627122.16… }, parseUnitPrice('2.75 USD/lb')); // '4.0823 USD/lb'
 * ```
 */
export function averagePriceText(s: SalesAtPrice, price: UnitPrice): string | undefined {
  if (s.atPrice.isZero()) return undefined;
  return unitPriceToString({ ...price, amount: price.amount.times(s.value).div(s.atPrice).toDecimalPlaces(4) });
}
