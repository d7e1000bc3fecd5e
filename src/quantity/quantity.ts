import { fail, ok, unwrap, type Parsed } from '../diagnostics/diagnostic.js';
import { Decimal, parseDecimal, toDecimalOperand, type DecimalInput } from '../money/decimal.js';
import { requireSameDimension, rescale } from './conversion.js';
import { parseUnit, type Unit } from './unit.js';

/** An exact physical quantity: a value and its unit, e.g. 120000 t. Immutable. */
export interface Quantity {
  /** The exact value, in `unit`. */
  readonly value: Decimal;
  /** The unit the value is counted in. */
  readonly unit: Unit;
}

/** Builds a frozen Quantity from checked parts. Internal to fairlode; not re-exported. */
export function makeQuantity(value: Decimal, unit: Unit): Quantity {
  return Object.freeze({ value: value.isZero() ? new Decimal(0) : value, unit });
}

const QUANTITY_TEXT = /^(-?\d+(?:\.\d+)?) (\S+)$/;

/**
 * Parses a quantity written as `"<value> <unit>"`, strictly: `"120000 t"`, `"1.5 Mt"`,
 * `"2500.5 ozt"`. Refuses `"120,000 t"`, `"120000t"` and unknown units, with hints.
 *
 * @example
 * ```ts
 * const r = parseQuantity('120000 t');
 * if (r.ok) r.value.unit.name; // 'metric tonne'
 * ```
 */
export function parseQuantity(text: string): Parsed<Quantity> {
  if (typeof text !== 'string') return fail('quantity/invalid', `Expected a quantity such as "120000 t", got ${typeof text}.`, typeof text === 'number' ? `write the unit too, e.g. "${String(text)} t"` : undefined);
  const m = QUANTITY_TEXT.exec(text);
  if (!m) {
    const bad = `"${text}" is not a quantity.`;
    const glued = /^(-?\d+(?:\.\d+)?)([A-Za-z]\S*)$/.exec(text.trim());
    if (glued) return fail('quantity/invalid', bad, `put a space between the number and the unit: "${glued[1]!} ${glued[2]!}"`);
    if (/^-?\d+(?:\.\d+)?$/.test(text.trim())) return fail('quantity/missing-unit', `"${text}" has no unit.`, `add the unit after the number, e.g. "${text.trim()} t"`);
    const parts = /^(\S+) (\S+)$/.exec(text.trim());
    if (parts && /\d,\d/.test(parts[1]!)) return fail('quantity/invalid', bad, `remove the thousands separators: "${parts[1]!.replace(/,/g, '')} ${parts[2]!}"`);
    return fail('quantity/invalid', bad, 'write a plain decimal, one space and a unit, e.g. "120000 t"');
  }
  const u = parseUnit(m[2]!);
  if (!u.ok) return fail(u.problem.code, `"${text}": ${u.problem.message}`, u.problem.hint);
  const value = parseDecimal(m[1]!);
  if (!value.ok) return fail('quantity/invalid', `"${text}": ${value.problem.message}`, value.problem.hint);
  return ok(makeQuantity(value.value, u.value));
}

/**
 * Makes a quantity, throwing a `FairlodeError` on bad input.
 *
 * @example
 * ```ts
 * quantity('120000 t');
 * ```
 */
export function quantity(text: string): Quantity;
/**
 * Makes a quantity from a value and a unit symbol, throwing a `FairlodeError` on bad input.
 * Strings and numbers are parsed strictly; a Decimal is taken as it is.
 *
 * @example
 * ```ts
 * quantity('1.5', 'Mt');
 * ```
 */
export function quantity(value: DecimalInput, unit: string): Quantity;
export function quantity(valueOrText: DecimalInput, unit?: string): Quantity {
  if (unit === undefined) return unwrap(parseQuantity(valueOrText as string));
  return makeQuantity(toDecimalOperand(valueOrText), unwrap(parseUnit(unit)));
}

/**
 * Writes a quantity as `"<value> <unit>"` (plain notation, no exponent); parses back with
 * {@link parseQuantity} when the value has at most 20 decimals.
 *
 * @example
 * ```ts
 * quantityToString(quantity('1.50 Mt')); // '1.5 Mt'
 * ```
 */
export function quantityToString(q: Quantity): string {
  return `${q.value.toFixed()} ${q.unit.symbol}`;
}

/**
 * Converts a quantity to another unit of the same dimension, exactly where the result
 * terminates and to 50 significant digits where it does not (1 t = 2204.6226218487757848… lb).
 * Converting back gives the original value exactly. Throws `quantity/incompatible-units` across
 * dimensions (t to m3, or t to dmt, which needs the moisture content).
 *
 * @example
 * ```ts
 * quantityToString(convertQuantity(quantity('2.5 t'), 'kg')); // '2500 kg'
 * ```
 */
export function convertQuantity(q: Quantity, to: Unit | string): Quantity {
  const target = typeof to === 'string' ? unwrap(parseUnit(to)) : to;
  if (target === q.unit) return q;
  requireSameDimension(q.unit, target, `convert ${quantityToString(q)} to ${target.symbol}`);
  return makeQuantity(rescale(q.value, q.unit.factor, target.factor), target);
}
