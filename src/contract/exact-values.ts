import { z } from 'zod';
import { fail, type Parsed } from '../diagnostics/diagnostic.js';
import { parseDecimal } from '../money/decimal.js';
import { parseRate, type RateOptions } from '../money/rate.js';
import { minorUnitOf, parseMoney, parseCurrency, type Money } from '../money/index.js';
import { Decimal } from '../money/decimal.js';
import type { Quantity, UnitPrice } from '../quantity/index.js';
import { parseQuantity, parseUnit, parseUnitPrice } from '../quantity/index.js';
import { parseDate } from '../time/index.js';

/**
 * The kinds of exact value a contract file writes as a string. The loader uses the kind to explain
 * a bare YAML number in the right words (`write 5% as "5%"`).
 */
export type ExactValueKind = 'decimal' | 'rate' | 'money' | 'quantity' | 'unit-price' | 'date' | 'currency' | 'period';

/** Which exact-value kind each leaf schema reads; looked up when a zod issue needs a hint. */
export const exactValueKinds = new WeakMap<z.ZodType, ExactValueKind>();

const EXAMPLES: Record<ExactValueKind, string> = {
  decimal: '"1234.5"',
  rate: '"5%"',
  money: '"2500000 USD"',
  quantity: '"120000 t"',
  'unit-price': '"9200 USD/t"',
  date: '2027-06-30',
  currency: 'USD',
  period: '2027-Q3',
};

const NAMES: Record<ExactValueKind, string> = {
  decimal: 'a number',
  rate: 'a percentage',
  money: 'an amount with its currency',
  quantity: 'a quantity with its unit',
  'unit-price': 'a price per unit',
  date: 'a date',
  currency: 'a currency code',
  period: 'a period',
};

/** What a value of this kind is called in messages, with its article: "a percentage". */
export function nameOf(kind: ExactValueKind): string {
  return NAMES[kind];
}

/** An example of how a value of this kind is written, for hints. */
export function exampleOf(kind: ExactValueKind): string {
  return EXAMPLES[kind];
}

/**
 * A string leaf that is validated by `parse` and turned into the typed value. The input side
 * (what the JSON Schema describes) stays a string with a pattern; the output is the exact value.
 */
function exactLeaf<T>(kind: ExactValueKind, pattern: RegExp, description: string, parse: (text: string) => Parsed<T>) {
  const input = z
    .string()
    .regex(pattern, { error: `expected ${NAMES[kind]} such as ${EXAMPLES[kind]}` })
    .meta({ description: `${description} Example: ${EXAMPLES[kind]}.` });
  const schema = input.transform((text, ctx): T => {
    const parsed = parse(text);
    if (parsed.ok) return parsed.value;
    ctx.issues.push({ code: 'custom', message: parsed.problem.message, input: text, params: { code: parsed.problem.code, hint: parsed.problem.hint } });
    return z.NEVER;
  });
  // Registered on the input string too: `.meta()` on the leaf clones the pipe but keeps its input.
  exactValueKinds.set(input, kind);
  exactValueKinds.set(schema, kind);
  return schema;
}

// Patterns are deliberately loose (the JSON Schema guides editors); the parsers are the authority.
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;

/** A plain decimal number written as a string, e.g. `"1234.5"`; with `sign`, limited as amounts are. */
export const decimalString = (options: { sign?: Sign } = {}) =>
  exactLeaf('decimal', new RegExp(`^${NUMBER}$`), 'A decimal number, written as a string so it stays exact.', options.sign === undefined ? parseDecimal : signed(parseDecimal, (d) => d, options.sign));

/** A percentage, e.g. `"5%"`, read as the exact fraction 0.05. */
export const rateString = (options: RateOptions = {}) =>
  exactLeaf('rate', new RegExp(`^${NUMBER}\\s*%$`), 'A percentage, written with a % sign.', (t) => parseRate(t, options));

/**
 * Which values an amount, quantity or price may take: `non-negative` (zero or more, the default:
 * no amount in a contract or in period actuals is meaningfully below zero) or `positive` (more than
 * zero: a band edge, a capacity, a bonus).
 */
export type Sign = 'non-negative' | 'positive';

/** Options for the amount, quantity and price leaves. */
export interface AmountOptions {
  /** Which values are allowed; `non-negative` unless stated. */
  sign?: Sign;
}

/** Refuses a value below zero (or at zero, for `positive`), in words that name the value as written. */
function signed<T>(parse: (text: string) => Parsed<T>, valueOf: (v: T) => Decimal, sign: Sign) {
  return (text: string): Parsed<T> => {
    const parsed = parse(text);
    if (!parsed.ok) return parsed;
    const value = valueOf(parsed.value);
    if (value.isNegative() && !value.isZero()) return fail('contract/negative-value', `"${text}" is negative; it must be ${sign === 'positive' ? 'more than zero' : 'zero or more'}.`, 'remove the minus sign; a payment in the other direction is a clause of its own');
    if (sign === 'positive' && value.isZero()) return fail('contract/zero-value', `"${text}" is zero; it must be more than zero.`, 'state the real figure, or leave the field out');
    return parsed;
  };
}

/**
 * Refuses an amount more precise than its currency's minor unit (`"1000.005 USD"`): fairlode
 * rounds the amounts it computes, at the points the contract names, but never an amount someone
 * wrote, so a sub-cent figure would be rounded silently somewhere.
 */
function toMinorUnit(parse: (text: string) => Parsed<Money>) {
  return (text: string): Parsed<Money> => {
    const parsed = parse(text);
    if (!parsed.ok) return parsed;
    const { amount, currency } = parsed.value;
    const places = minorUnitOf(currency);
    if (amount.decimalPlaces() <= places) return parsed;
    const down = amount.toDecimalPlaces(places, Decimal.ROUND_FLOOR).toFixed(places);
    const up = amount.toDecimalPlaces(places, Decimal.ROUND_CEIL).toFixed(places);
    return fail(
      'contract/finer-than-minor-unit',
      `"${text}" is more precise than ${currency} can be paid: ${currency} amounts have ${places === 0 ? 'no decimals' : `${places} decimal${places === 1 ? '' : 's'}`}.`,
      `write "${down} ${currency}" or "${up} ${currency}"; fairlode does not round an amount you state`,
    );
  };
}

/**
 * An amount of money with its ISO 4217 currency, e.g. `"2500000 USD"`: zero or more (or more than
 * zero, with `sign: 'positive'`), and no more decimals than the currency's minor unit.
 */
export const moneyString = (options: AmountOptions = {}) =>
  exactLeaf('money', new RegExp(`^${NUMBER} [A-Z]{3}$`), 'An amount and an ISO 4217 currency code.', toMinorUnit(signed(parseMoney, (m) => m.amount, options.sign ?? 'non-negative')));

/** A physical quantity with its unit, e.g. `"120000 t"`: zero or more (or more than zero, with `sign: 'positive'`). */
export const quantityString = (options: AmountOptions = {}) =>
  exactLeaf('quantity', new RegExp(`^${NUMBER} \\S+$`), 'A quantity and its unit (t, kt, kg, g, lb, ozt, ...).', signed(parseQuantity, (q: Quantity) => q.value, options.sign ?? 'non-negative'));

/** A price per unit, e.g. `"9200 USD/t"`: zero or more (or more than zero, with `sign: 'positive'`). */
export const unitPriceString = (options: AmountOptions = {}) =>
  exactLeaf('unit-price', new RegExp(`^${NUMBER} [A-Z]{3}/\\S+$`), 'A price per unit: amount, currency and unit.', signed(parseUnitPrice, (p: UnitPrice) => p.amount, options.sign ?? 'non-negative'));

/** A calendar date `YYYY-MM-DD`, checked strictly (2027-02-30 is an error). */
export const dateString = () => exactLeaf('date', /^\d{4}-\d{2}-\d{2}$/, 'An ISO calendar date, YYYY-MM-DD.', parseDate);

/** An ISO 4217 currency code, e.g. `USD`. */
export const currencyCode = () => exactLeaf('currency', /^[A-Z]{3}$/, 'An ISO 4217 currency code.', parseCurrency);

/** A period label: `2027-03`, `2027-Q1`, `2027-H2`, `2027` or `FY2027`. Resolved against the contract's fiscal year. */
export const periodString = () => {
  const schema = z
    .string()
    .regex(/^(?:\d{4}|\d{4}-(?:0[1-9]|1[0-2])|\d{4}-Q[1-4]|\d{4}-H[12]|FY\d{4})$/, { error: 'expected a period such as 2027-03, 2027-Q1, 2027-H2, 2027 or FY2027' })
    .meta({ description: 'A period: month 2027-03, quarter 2027-Q1, half 2027-H2, year 2027 or fiscal year FY2027.' });
  exactValueKinds.set(schema, 'period');
  return schema;
};

/**
 * A unit symbol such as `t` or `ozt`, checked against the units fairlode knows, so that a unit
 * named once for a commodity is read exactly as the quantities are (`oz` is refused with a hint:
 * a troy ounce must never be confused with an avoirdupois one). Stays the symbol as written.
 */
export const unitSymbol = () =>
  z
    .string()
    .min(1)
    .superRefine((text, ctx) => {
      const parsed = parseUnit(text);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.problem.message, input: text, params: { code: parsed.problem.code, hint: parsed.problem.hint } });
    });

/** A non-negative whole number (people, days, months, years). */
export const count = () => z.int().nonnegative();
