import { fail, FairlodeError, ok, unwrap, type Parsed } from '../diagnostics/diagnostic.js';
import { minorUnitOf, parseCurrency, type CurrencyCode } from './currency.js';
import { Decimal, multiplyExactly, parseDecimal, toDecimalOperand, type DecimalInput } from './decimal.js';
import { makeMoney, moneyToString, type Money } from './money.js';
import { divideAndRound, parseRoundingMode, roundDecimal, type RoundingMode } from './rounding.js';

/**
 * An exchange rate with its direction: `rate` units of `quote` buy one unit of `base`.
 * `278.40 PKR/USD` is `{ quote: 'PKR', base: 'USD', rate: 278.40 }`: 278.40 rupees per dollar.
 */
export interface ExchangeRate {
  /** The currency the rate is counted in (PKR in "278.40 PKR/USD"). */
  readonly quote: CurrencyCode;
  /** The currency one unit of which is priced (USD in "278.40 PKR/USD"). */
  readonly base: CurrencyCode;
  /** How many units of `quote` one unit of `base` is worth; always positive. */
  readonly rate: Decimal;
}

/** The parts of an exchange rate before they are checked, for {@link exchangeRate}. */
export interface ExchangeRateInput {
  /** The currency the rate is counted in. */
  quote: string;
  /** The currency priced at `rate` units of `quote`. */
  base: string;
  /** Units of `quote` per one unit of `base`. */
  rate: DecimalInput;
}

/** Options for {@link convertMoney}. */
export interface ConvertOptions {
  /**
   * How the converted amount is rounded to the target currency's minor unit. Required: a
   * conversion is a point where money is rounded, and the contract should say how.
   */
  rounding: RoundingMode;
}

const RATE_TEXT = /^(\S+) ([A-Za-z]{3})\/([A-Za-z]{3})$/;

function checkRate(quote: string, base: string, value: Decimal, shown: string): Parsed<ExchangeRate> {
  const q = parseCurrency(quote);
  if (!q.ok) return fail(q.problem.code, `${shown}: ${q.problem.message}`, q.problem.hint);
  const b = parseCurrency(base);
  if (!b.ok) return fail(b.problem.code, `${shown}: ${b.problem.message}`, b.problem.hint);
  if (q.value === b.value) return fail('fx/same-currency', `${shown} converts ${q.value} to itself.`, 'an exchange rate names two different currencies');
  if (!value.isPositive() || value.isZero()) return fail('fx/non-positive-rate', `${shown} is not a positive rate.`, 'an exchange rate must be greater than zero');
  return ok(Object.freeze({ quote: q.value, base: b.value, rate: value }));
}

/**
 * Parses an exchange rate written as `"<rate> <QUOTE>/<BASE>"`: `"278.40 PKR/USD"` means 278.40
 * PKR for 1 USD. The rate must be positive and the currencies different.
 *
 * @example
 * ```ts
 * const r = parseExchangeRate('278.40 PKR/USD');
 * if (r.ok) r.value.base; // 'USD'
 * ```
 */
export function parseExchangeRate(text: string): Parsed<ExchangeRate> {
  if (typeof text !== 'string') return fail('fx/invalid', `Expected an exchange rate such as "278.40 PKR/USD", got ${typeof text}.`);
  const m = RATE_TEXT.exec(text);
  if (!m) {
    const reversed = /^([A-Za-z]{3})\/([A-Za-z]{3}) (\S+)$/.exec(text.trim());
    const hint = reversed ? `write the rate first: "${reversed[3]!} ${reversed[1]!}/${reversed[2]!}"` : 'write the rate, a space and QUOTE/BASE, e.g. "278.40 PKR/USD" (278.40 PKR per 1 USD)';
    return fail('fx/invalid', `"${text}" is not an exchange rate.`, hint);
  }
  const value = parseDecimal(m[1]!);
  if (!value.ok) return fail('fx/invalid', `"${text}": ${value.problem.message}`, value.problem.hint);
  return checkRate(m[2]!, m[3]!, value.value, `"${text}"`);
}

/**
 * Makes an exchange rate from `"278.40 PKR/USD"` or from its parts, throwing a `FairlodeError`
 * on bad input.
 *
 * @example
 * ```ts
 * exchangeRate('278.40 PKR/USD');
 * exchangeRate({ quote: 'PKR', base: 'USD', rate: '278.40' });
 * ```
 */
export function exchangeRate(input: string | ExchangeRateInput): ExchangeRate {
  if (typeof input === 'string') return unwrap(parseExchangeRate(input));
  return unwrap(checkRate(input.quote, input.base, toDecimalOperand(input.rate), `The rate ${String(input.rate)} ${input.quote}/${input.base}`));
}

/**
 * Writes an exchange rate as `"278.4 PKR/USD"`; parses back with {@link parseExchangeRate}.
 *
 * @example
 * ```ts
 * exchangeRateToString(exchangeRate('278.40 PKR/USD')); // '278.4 PKR/USD'
 * ```
 */
export function exchangeRateToString(rate: ExchangeRate): string {
  return `${rate.rate.toFixed()} ${rate.quote}/${rate.base}`;
}

/**
 * The same rate seen from the other side: `278.40 PKR/USD` becomes `1/278.40 USD/PKR`. The
 * inverse is rounded to 50 significant digits, so prefer converting with the original rate:
 * {@link convertMoney} accepts either direction.
 *
 * @example
 * ```ts
 * invertExchangeRate(exchangeRate('0.5 GBP/USD')).rate.toString(); // '2'
 * ```
 */
export function invertExchangeRate(rate: ExchangeRate): ExchangeRate {
  return Object.freeze({ quote: rate.base, base: rate.quote, rate: new Decimal(1).div(rate.rate) });
}

/**
 * Converts an amount with an explicit rate, in either direction, and rounds the result once to
 * the target currency's minor unit with the named mode. With `278.40 PKR/USD`, USD converts to
 * PKR by multiplying (1 USD → 278.40 PKR) and PKR converts to USD by dividing; the division is
 * exact before the one rounding. An amount in neither of the rate's currencies is refused with
 * `fx/currency-not-in-rate`. For an unrounded conversion use {@link multiplyMoney} and name the
 * currency yourself.
 *
 * @example
 * ```ts
 * const pkrPerUsd = exchangeRate('278.40 PKR/USD');
 * convertMoney(money('1000 USD'), pkrPerUsd, { rounding: 'half-even' });   // 278400.00 PKR
 * convertMoney(money('100000 PKR'), pkrPerUsd, { rounding: 'half-even' }); // 359.20 USD
 * ```
 */
export function convertMoney(m: Money, rate: ExchangeRate, options: ConvertOptions): Money {
  const mode = unwrap(parseRoundingMode(options?.rounding));
  if (m.currency === rate.base) {
    return makeMoney(roundDecimal(multiplyExactly(m.amount, rate.rate), minorUnitOf(rate.quote), mode), rate.quote);
  }
  if (m.currency === rate.quote) {
    return makeMoney(divideAndRound(m.amount, rate.rate, minorUnitOf(rate.base), mode), rate.base);
  }
  throw new FairlodeError({
    code: 'fx/currency-not-in-rate',
    message: `Cannot convert ${moneyToString(m)} with the rate ${exchangeRateToString(rate)}: the rate is between ${rate.quote} and ${rate.base}.`,
    hint: `use a rate that names ${m.currency}`,
  });
}
