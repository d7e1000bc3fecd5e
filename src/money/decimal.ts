// The named export, not the default one: under `"module": "NodeNext"` an ES module that imports
// this CommonJS-typed package sees its default export as the whole module namespace, so declarations
// written against the default (`typeof DecimalJs`, `DecimalJs` as a type) fail to compile there.
import { Decimal as DecimalJs } from 'decimal.js';
import { fail, ok, unwrap, type Parsed } from '../diagnostics/diagnostic.js';

/**
 * fairlode's private decimal type: a clone of decimal.js so that nothing a host application does
 * to the global `Decimal` configuration can change our arithmetic, and nothing we do changes theirs.
 *
 * Precision is 50 significant digits. The worst chain we compute is an amount (at most 1e18 with
 * up to 4 fractional digits, 22 digits) times a rate (up to 10 significant digits) times a
 * pro-rating fraction (up to 10 significant digits): 42 digits, held exactly with room to spare.
 * Intermediate results are never rounded in practice; rounding to a currency's minor unit happens
 * only at the points the payout engine names. ROUND_HALF_EVEN is the mode used if a result ever
 * exceeds the precision, so such a residue is unbiased.
 */
export const Decimal: typeof DecimalJs = DecimalJs.clone({
  precision: 50,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
  maxE: 9e15,
  minE: -9e15,
});

/** An exact decimal number (an instance of fairlode's private decimal.js clone). */
export type Decimal = DecimalJs;

/** Anything fairlode accepts where a decimal is expected: a decimal string, a finite number, or a Decimal. */
export type DecimalInput = string | number | Decimal;

/** The largest magnitude fairlode accepts for a decimal (1e18): beyond that an input is a mistake. */
export const MAX_DECIMAL_MAGNITUDE: Decimal = new Decimal('1e18');

/** The most fractional digits fairlode accepts in a decimal input (20). */
export const MAX_DECIMAL_SCALE = 20;

// A plain decimal literal: optional sign, digits with an optional fraction, optional exponent.
// No thousands separators, no hex, no NaN/Infinity, no surrounding white space.
const DECIMAL_LITERAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses a decimal string strictly.
 *
 * Accepts `"1234.5"`, `"-0.25"`, `"1e3"`. Rejects `"1,234"`, `""`, `"NaN"`, `"Infinity"`, `"0x10"`,
 * and numbers whose magnitude exceeds {@link MAX_DECIMAL_MAGNITUDE} or that have more than
 * {@link MAX_DECIMAL_SCALE} fractional digits.
 *
 * @example
 * ```ts
 * const r = parseDecimal('1234.50');
 * if (r.ok) r.value.toFixed(2); // '1234.50'
 * ```
 */
export function parseDecimal(text: string): Parsed<Decimal> {
  if (typeof text !== 'string') return fail('decimal/not-a-string', `Expected a decimal string, got ${typeof text}.`);
  if (text.trim() === '') return fail('decimal/empty', 'Expected a number, got an empty string.', 'write a number such as "1234.5"');
  if (!DECIMAL_LITERAL.test(text)) {
    let hint = 'write a plain decimal such as "1234.5" or "-0.25"';
    if (/^\s|\s$/.test(text)) hint = 'remove the surrounding spaces';
    else if (/\d,\d/.test(text)) hint = `remove the thousands separators: "${text.replace(/,/g, '')}"`;
    else if (/_/.test(text)) hint = `remove the underscores: "${text.replace(/_/g, '')}"`;
    return fail('decimal/invalid', `"${text}" is not a decimal number.`, hint);
  }
  const value = new Decimal(text);
  return checkDecimalRange(value, text);
}

/** Checks that a decimal lies within fairlode's sane range (magnitude and scale). */
export function checkDecimalRange(value: Decimal, shown: string = value.toString()): Parsed<Decimal> {
  // The exponent test first: it settles all but numbers of 19 digits without allocating.
  if (value.e >= 18 && value.abs().gt(MAX_DECIMAL_MAGNITUDE)) {
    return fail('decimal/out-of-range', `${shown} is too large: magnitudes above 1e18 are not accepted.`, 'check the number of digits or the unit');
  }
  if (value.decimalPlaces() > MAX_DECIMAL_SCALE) {
    return fail('decimal/too-precise', `${shown} has more than ${MAX_DECIMAL_SCALE} digits after the decimal point.`);
  }
  return ok(value);
}

/**
 * Converts a {@link DecimalInput} to a Decimal. Numbers must be finite and are read through their
 * shortest round-trip string (so `0.1` becomes exactly 0.1). Throws a `FairlodeError` on bad input.
 *
 * @example
 * ```ts
 * toDecimal('0.1').plus(toDecimal(0.2)).toString(); // '0.3'
 * ```
 */
export function toDecimal(input: DecimalInput): Decimal {
  return unwrap(parseDecimalInput(input));
}

/** Like {@link toDecimal}, but returns the problem instead of throwing. */
export function parseDecimalInput(input: DecimalInput): Parsed<Decimal> {
  if (input instanceof Decimal) return checkDecimalRange(input);
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return fail('decimal/not-finite', `${input} is not a finite number.`);
    return parseDecimal(String(input));
  }
  return parseDecimal(input);
}

/**
 * Converts an operand of arithmetic to a Decimal. Unlike {@link toDecimal}, a Decimal passes
 * through as it is (it need only be finite), so computed values such as a third (0.333…, 50
 * digits) can be used as factors and weights; strings and numbers are parsed strictly as by
 * {@link toDecimal}. Throws a `FairlodeError` on bad input.
 *
 * @example
 * ```ts
 * toDecimalOperand(new Decimal(1).div(3)).toString(); // '0.33333333333333333333333333333333333333333333333333'
 * ```
 */
export function toDecimalOperand(input: DecimalInput): Decimal {
  if (input instanceof Decimal) {
    if (input.isFinite()) return input;
    return unwrap(fail('decimal/not-finite', `${input.toString()} is not a finite number.`));
  }
  return toDecimal(input);
}

// Products of at most a few decimals of at most 50 digits each fit in 500 digits.
const Wide = Decimal.clone({ precision: 500 });

/**
 * The exact product of decimals, with every digit it needs (ordinary `times` rounds to 50
 * significant digits). Use it where the product is rounded next, so it is rounded only once.
 *
 * @example
 * ```ts
 * multiplyExactly(new Decimal('1.0000000001'), new Decimal('1.0000000001')).toString(); // '1.00000000020000000001'
 * ```
 */
export function multiplyExactly(...factors: Decimal[]): Decimal {
  let product = new Wide(1);
  for (const f of factors) product = product.times(f);
  return new Decimal(product);
}
