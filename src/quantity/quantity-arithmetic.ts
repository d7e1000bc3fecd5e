import { multiplyExactly, toDecimalOperand, type DecimalInput } from '../money/decimal.js';
import { requireSameDimension } from './conversion.js';
import { convertQuantity, makeQuantity, quantityToString, type Quantity } from './quantity.js';

/**
 * Adds two quantities of the same dimension; the result is in the first one's unit.
 *
 * @example
 * ```ts
 * quantityToString(addQuantities(quantity('1 t'), quantity('500 kg'))); // '1.5 t'
 * ```
 */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
  requireSameDimension(a.unit, b.unit, `add ${quantityToString(a)} and ${quantityToString(b)}`);
  return makeQuantity(a.value.plus(convertQuantity(b, a.unit).value), a.unit);
}

/**
 * Subtracts `b` from `a` (same dimension); the result is in `a`'s unit.
 *
 * @example
 * ```ts
 * quantityToString(subtractQuantities(quantity('1 kt'), quantity('250 t'))); // '0.75 kt'
 * ```
 */
export function subtractQuantities(a: Quantity, b: Quantity): Quantity {
  requireSameDimension(a.unit, b.unit, `subtract ${quantityToString(b)} from ${quantityToString(a)}`);
  return makeQuantity(a.value.minus(convertQuantity(b, a.unit).value), a.unit);
}

/**
 * Compares two quantities of the same dimension exactly (no rounded conversion): -1, 0 or 1.
 *
 * @example
 * ```ts
 * compareQuantities(quantity('1 t'), quantity('1000 kg')); // 0
 * ```
 */
export function compareQuantities(a: Quantity, b: Quantity): -1 | 0 | 1 {
  requireSameDimension(a.unit, b.unit, `compare ${quantityToString(a)} and ${quantityToString(b)}`);
  return multiplyExactly(a.value, a.unit.factor).comparedTo(multiplyExactly(b.value, b.unit.factor)) as -1 | 0 | 1;
}

/**
 * Multiplies a quantity by a factor (a grade, a recovery rate, a payable share), without rounding.
 *
 * @example
 * ```ts
 * quantityToString(multiplyQuantity(quantity('120000 t'), '0.965')); // '115800 t'
 * ```
 */
export function multiplyQuantity(q: Quantity, factor: DecimalInput): Quantity {
  return makeQuantity(q.value.times(toDecimalOperand(factor)), q.unit);
}
