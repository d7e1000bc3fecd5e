import { fail, ok, unwrap, type Parsed } from '../diagnostics/diagnostic.js';
import { parseCurrency, type CurrencyCode } from '../money/currency.js';
import { multiplyExactly, parseDecimal, type Decimal } from '../money/decimal.js';
import { makeMoney, type Money } from '../money/money.js';
import { requireSameDimension, rescale } from './conversion.js';
import { quantityToString, type Quantity } from './quantity.js';
import { parseUnit, type Unit } from './unit.js';

/** A price per unit of a physical quantity, e.g. 9200 USD per metric tonne. Immutable. */
export interface UnitPrice {
  /** The exact price of one `per`. */
  readonly amount: Decimal;
  /** The currency of the price. */
  readonly currency: CurrencyCode;
  /** The unit the price is for. */
  readonly per: Unit;
}

const PRICE_TEXT = /^(-?\d+(?:\.\d+)?) ([A-Za-z]{3})\/(\S+)$/;

/**
 * Parses a unit price written as `"<amount> <CURRENCY>/<unit>"`, strictly: `"9200 USD/t"`,
 * `"4.15 USD/lb"`, `"2300 USD/ozt"`. Refuses `"USD 9200/t"`, `"9200 USD per t"` and unknown
 * currencies or units, with hints.
 *
 * @example
 * ```ts
 * const r = parseUnitPrice('9200 USD/t');
 * if (r.ok) r.value.per.symbol; // 't'
 * ```
 */
export function parseUnitPrice(text: string): Parsed<UnitPrice> {
  if (typeof text !== 'string') return fail('unit-price/invalid', `Expected a unit price such as "9200 USD/t", got ${typeof text}.`);
  const m = PRICE_TEXT.exec(text);
  if (!m) {
    const per = /^(-?\d+(?:\.\d+)?) ([A-Za-z]{3}) ?(?:per|\/) ?(\S+)$/.exec(text.trim());
    const first = /^([A-Za-z]{3}) ?(-?\d+(?:\.\d+)?) ?\/ ?(\S+)$/.exec(text.trim());
    const hint = per ? `write it as "${per[1]!} ${per[2]!}/${per[3]!}"` : first ? `put the currency after the amount: "${first[2]!} ${first[1]!}/${first[3]!}"` : 'write the amount, a space, the currency, "/" and the unit, e.g. "9200 USD/t"';
    return fail('unit-price/invalid', `"${text}" is not a unit price.`, hint);
  }
  const code = parseCurrency(m[2]!);
  if (!code.ok) return fail(code.problem.code, `"${text}": ${code.problem.message}`, code.problem.hint);
  const per = parseUnit(m[3]!);
  if (!per.ok) return fail(per.problem.code, `"${text}": ${per.problem.message}`, per.problem.hint);
  const amount = parseDecimal(m[1]!);
  if (!amount.ok) return fail('unit-price/invalid', `"${text}": ${amount.problem.message}`, amount.problem.hint);
  return ok(Object.freeze({ amount: amount.value, currency: code.value, per: per.value }));
}

/**
 * Makes a unit price, throwing a `FairlodeError` on bad input.
 *
 * @example
 * ```ts
 * unitPrice('9200 USD/t');
 * ```
 */
export function unitPrice(text: string): UnitPrice {
  return unwrap(parseUnitPrice(text));
}

/**
 * Writes a unit price as `"<amount> <CURRENCY>/<unit>"`.
 *
 * @example
 * ```ts
 * unitPriceToString(unitPrice('9200.00 USD/t')); // '9200 USD/t'
 * ```
 */
export function unitPriceToString(price: UnitPrice): string {
  return `${price.amount.toFixed()} ${price.currency}/${price.per.symbol}`;
}

/**
 * The value of a quantity at a unit price: exact and unrounded (round it with `roundMoney` at the
 * point the contract names). Units of the same dimension are converted exactly, with a single
 * division last; a price per unit of another dimension is refused with
 * `quantity/incompatible-units`.
 *
 * @example
 * ```ts
 * moneyToString(priceQuantity(unitPrice('9200 USD/t'), quantity('120000 t'))); // '1104000000.00 USD'
 * ```
 */
export function priceQuantity(price: UnitPrice, q: Quantity): Money {
  requireSameDimension(price.per, q.unit, `price ${quantityToString(q)} at ${unitPriceToString(price)}`);
  // price × value × (size of q's unit) ÷ (size of the priced unit): exact products, one division.
  const amount = price.per === q.unit ? multiplyExactly(price.amount, q.value) : multiplyExactly(price.amount, q.value, q.unit.factor).div(price.per.factor);
  return makeMoney(amount, price.currency);
}

/**
 * The same price per another unit of the same dimension: `4.15 USD/lb` is
 * `9149.1832306724…  USD/t`. Exact where the result terminates, 50 significant digits where
 * it does not; converting back gives the original exactly.
 *
 * @example
 * ```ts
 * unitPriceToString(convertUnitPrice(unitPrice('9200 USD/t'), 'kg')); // '9.2 USD/kg'
 * ```
 */
export function convertUnitPrice(price: UnitPrice, per: Unit | string): UnitPrice {
  const target = typeof per === 'string' ? unwrap(parseUnit(per)) : per;
  if (target === price.per) return price;
  requireSameDimension(price.per, target, `convert ${unitPriceToString(price)} to a price per ${target.symbol}`);
  return Object.freeze({ amount: rescale(price.amount, target.factor, price.per.factor), currency: price.currency, per: target });
}
