import { fail, ok, unwrap, type Parsed } from '../diagnostics/diagnostic.js';
import { parseCurrency, minorUnitOf, type CurrencyCode } from './currency.js';
import { Decimal, parseDecimalInput, toDecimalOperand, type DecimalInput } from './decimal.js';

/**
 * An exact amount of one currency. Immutable: every operation returns a new value.
 *
 * The amount is never rounded by arithmetic; rounding to the currency's minor unit happens only
 * where a caller asks for it ({@link roundMoney}, {@link allocate}, {@link convertMoney}).
 */
export interface Money {
  /** The exact amount, in major units (dollars, not cents). */
  readonly amount: Decimal;
  /** The ISO 4217 currency. */
  readonly currency: CurrencyCode;
}

const ZERO = new Decimal(0);

/** Builds a frozen Money from values already checked. Internal to fairlode; not re-exported. */
export function makeMoney(amount: Decimal, currency: CurrencyCode): Money {
  // -0 and 0 are the same amount; keep one so that printing never shows "-0.00".
  return Object.freeze({ amount: amount.isZero() ? ZERO : amount, currency });
}

// "2500000 USD", "-12.5 USD": a plain decimal, one space, a currency code.
const MONEY_TEXT = /^(-?\d+(?:\.\d+)?) ([A-Za-z]{3})$/;

/**
 * Parses an amount of money written as `"<amount> <CURRENCY>"`, strictly: `"2500000 USD"`,
 * `"-12.5 USD"`, `"0.125 KWD"`. Refuses `"USD 25"`, `"2,500,000 USD"`, `"25"`, `"25 usd"`,
 * `"$25"` and unknown currencies, each with a hint.
 *
 * @example
 * ```ts
 * const r = parseMoney('2500000 USD');
 * if (r.ok) moneyToString(r.value); // '2500000.00 USD'
 * ```
 */
export function parseMoney(text: string): Parsed<Money> {
  if (typeof text !== 'string') {
    return fail('money/not-a-string', `Expected an amount such as "2500000 USD", got ${typeof text === 'number' ? `the bare number ${String(text)}` : typeof text}.`,
      typeof text === 'number' ? `write the amount with its currency, e.g. "${String(text)} USD"` : undefined);
  }
  const m = MONEY_TEXT.exec(text);
  if (m) {
    const code = parseCurrency(m[2]!);
    if (!code.ok) return fail(code.problem.code, `"${text}": ${code.problem.message}`, code.problem.hint);
    const amount = parseDecimalInput(m[1]!);
    if (!amount.ok) return fail('money/invalid', `"${text}": ${amount.problem.message}`, amount.problem.hint);
    return ok(makeMoney(amount.value, code.value));
  }
  return fail(...explainBadMoney(text));
}

// Works out what is wrong with a money string that did not match, to give a useful hint.
function explainBadMoney(text: string): [code: string, message: string, hint: string] {
  const bad = `"${text}" is not an amount of money.`;
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return ['money/invalid', 'Expected an amount of money, got an empty string.', 'write an amount and a currency, e.g. "2500000 USD"'];
  if (trimmed !== text && MONEY_TEXT.test(trimmed)) return ['money/invalid', bad, `write it as "${trimmed}"`];
  const first = /^([A-Za-z]{3}) ?(-?[\d.,]+)$/.exec(trimmed);
  if (first) return ['money/currency-first', bad, `put the currency after the amount: "${first[2]!} ${first[1]!.toUpperCase()}"`];
  const parts = /^([^ ]+) ([^ ]+)$/.exec(trimmed);
  if (parts && /\d,\d/.test(parts[1]!)) return ['money/invalid', bad, `remove the thousands separators: "${parts[1]!.replace(/,/g, '')} ${parts[2]!}"`];
  if (/^-?\d+(?:\.\d+)?$/.test(trimmed)) return ['money/missing-currency', `"${text}" has no currency.`, `add the ISO 4217 code after the amount, e.g. "${trimmed} USD"`];
  if (/^[$€£¥]/.test(trimmed)) return ['money/invalid', bad, 'write the ISO 4217 code after the amount instead of a symbol, e.g. "25 USD"'];
  return ['money/invalid', bad, 'write a plain decimal, one space and an ISO 4217 code, e.g. "2500000 USD" or "-12.5 EUR"'];
}

/**
 * Makes an amount of money, throwing a `FairlodeError` on bad input.
 *
 * @example
 * ```ts
 * money('2500000 USD');
 * ```
 */
export function money(text: string): Money;
/**
 * Makes an amount of money from an amount and a currency code, throwing a `FairlodeError` on
 * bad input. Strings and numbers are parsed strictly; a Decimal is taken as it is, so computed
 * amounts with many digits are kept exact.
 *
 * @example
 * ```ts
 * money('12.5', 'EUR');
 * money(100, 'JPY');
 * ```
 */
export function money(amount: DecimalInput, currency: string): Money;
export function money(amountOrText: DecimalInput, currency?: string): Money {
  if (currency === undefined) {
    if (typeof amountOrText !== 'string') return unwrap(parseMoney(amountOrText as never));
    return unwrap(parseMoney(amountOrText));
  }
  const code = unwrap(parseCurrency(currency));
  return makeMoney(toDecimalOperand(amountOrText), code);
}

/**
 * Zero in the given currency.
 *
 * @example
 * ```ts
 * moneyToString(zeroMoney('KWD')); // '0.000 KWD'
 * ```
 */
export function zeroMoney(currency: string): Money {
  return makeMoney(ZERO, unwrap(parseCurrency(currency)));
}

/**
 * Writes an amount in fairlode's canonical form: the amount with at least the currency's minor
 * unit of decimals (more if it is not rounded), a space, the code. Parses back with {@link parseMoney}.
 *
 * @example
 * ```ts
 * moneyToString(money('2500000 USD')); // '2500000.00 USD'
 * moneyToString(money('0.125 USD'));   // '0.125 USD'
 * ```
 */
export function moneyToString(m: Money): string {
  const places = Math.max(minorUnitOf(m.currency), m.amount.decimalPlaces());
  return `${m.amount.toFixed(places)} ${m.currency}`;
}
