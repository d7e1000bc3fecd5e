import { FairlodeError } from '../diagnostics/diagnostic.js';
import { currency as toCurrency } from './currency.js';
import { Decimal, toDecimalOperand, type DecimalInput } from './decimal.js';
import { makeMoney, moneyToString, type Money } from './money.js';

// Arithmetic on Money: exact, never rounded, and never across currencies.

function sameCurrency(a: Money, b: Money, verb: string): void {
  if (a.currency !== b.currency) {
    throw new FairlodeError({
      code: 'money/currency-mismatch',
      message: `Cannot ${verb} ${moneyToString(a)} and ${moneyToString(b)}: the currencies differ.`,
      hint: 'convert one amount first with an explicit exchange rate (convertMoney)',
    });
  }
}

/**
 * Adds two amounts of the same currency, exactly. Throws `money/currency-mismatch` otherwise.
 *
 * @example
 * ```ts
 * addMoney(money('10.50 USD'), money('0.25 USD')); // 10.75 USD
 * ```
 */
export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b, 'add');
  return makeMoney(a.amount.plus(b.amount), a.currency);
}

/**
 * Subtracts `b` from `a` (same currency), exactly. Throws `money/currency-mismatch` otherwise.
 *
 * @example
 * ```ts
 * subtractMoney(money('10 USD'), money('12.5 USD')); // -2.50 USD
 * ```
 */
export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b, 'subtract');
  return makeMoney(a.amount.minus(b.amount), a.currency);
}

/**
 * Multiplies an amount by a factor (a rate, a share, a quantity), without rounding.
 *
 * @example
 * ```ts
 * multiplyMoney(money('2500000 USD'), rate('3.5%')); // 87500.00 USD
 * multiplyMoney(money('100 USD'), '0.125');          // 12.50 USD
 * ```
 */
export function multiplyMoney(m: Money, factor: DecimalInput): Money {
  return makeMoney(m.amount.times(toDecimalOperand(factor)), m.currency);
}

/**
 * The amount with its sign reversed.
 *
 * @example
 * ```ts
 * negateMoney(money('5 USD')); // -5.00 USD
 * ```
 */
export function negateMoney(m: Money): Money {
  return makeMoney(m.amount.negated(), m.currency);
}

/**
 * Adds a list of amounts, all in `currency`; an empty list sums to zero. The currency is named so
 * that an empty list still has one, and a stray amount in another currency is caught.
 *
 * @example
 * ```ts
 * sumMoney([money('1 USD'), money('2.5 USD')], 'USD'); // 3.50 USD
 * sumMoney([], 'EUR');                                  // 0.00 EUR
 * ```
 */
export function sumMoney(list: readonly Money[], currency: string): Money {
  const code = toCurrency(currency);
  let total = new Decimal(0);
  for (const m of list) {
    if (m.currency !== code) sameCurrency(makeMoney(total, code), m, 'add');
    total = total.plus(m.amount);
  }
  return makeMoney(total, code);
}

/**
 * Compares two amounts of the same currency: -1 if `a < b`, 0 if equal, 1 if `a > b`.
 * Suitable for `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * compareMoney(money('1 USD'), money('1.00 USD')); // 0
 * ```
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b, 'compare');
  return a.amount.comparedTo(b.amount) as -1 | 0 | 1;
}

/**
 * Whether two amounts are equal: same currency and same value (`1.5 USD` equals `1.50 USD`).
 * Unlike {@link compareMoney}, amounts in different currencies are simply not equal.
 *
 * @example
 * ```ts
 * moneyEquals(money('1.5 USD'), money('1.50 USD')); // true
 * ```
 */
export function moneyEquals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amount.eq(b.amount);
}

/**
 * Whether an amount is zero.
 *
 * @example
 * ```ts
 * isZeroMoney(money('0.00 USD')); // true
 * ```
 */
export function isZeroMoney(m: Money): boolean {
  return m.amount.isZero();
}

/**
 * Whether an amount is below zero.
 *
 * @example
 * ```ts
 * isNegativeMoney(money('-0.01 USD')); // true
 * ```
 */
export function isNegativeMoney(m: Money): boolean {
  return m.amount.isNegative() && !m.amount.isZero();
}

/**
 * The largest of one or more amounts of the same currency (the first of equals).
 *
 * @example
 * ```ts
 * maxMoney(money('1 USD'), money('3 USD'), money('2 USD')); // 3.00 USD
 * ```
 */
export function maxMoney(first: Money, ...rest: Money[]): Money {
  let best = first;
  for (const m of rest) if (compareMoney(m, best) > 0) best = m;
  return best;
}

/**
 * The smallest of one or more amounts of the same currency (the first of equals).
 *
 * @example
 * ```ts
 * minMoney(money('1 USD'), money('-3 USD')); // -3.00 USD
 * ```
 */
export function minMoney(first: Money, ...rest: Money[]): Money {
  let best = first;
  for (const m of rest) if (compareMoney(m, best) < 0) best = m;
  return best;
}
