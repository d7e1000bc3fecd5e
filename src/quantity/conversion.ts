// Exact unit conversion shared by quantities and unit prices. Internal: not re-exported.
import { FairlodeError } from '../diagnostics/diagnostic.js';
import { Decimal, MAX_DECIMAL_SCALE, multiplyExactly } from '../money/decimal.js';
import type { Unit } from './unit.js';

const SNAP_TOLERANCE = new Decimal('1e-40');

/**
 * `value × multiplier ÷ divisor` with one rounding, to 50 significant digits, and only when the
 * result does not terminate (1 t is 2204.6226218487757848… lb).
 *
 * A result within one part in 10^40 of a decimal with at most 20 fractional digits (the most any
 * input may have) is taken to be that decimal: the difference can only be the residue of an earlier
 * conversion, and snapping it makes A → B → A give back the original exactly. (For inputs of at
 * most 1e18 with 20 decimals the residue after a round trip is below 1e-47 relative, far inside
 * the tolerance, while a genuine non-terminating result is never that close to a 20-decimal value
 * unless it has 40 or more significant digits before the 20th decimal.)
 */
export function rescale(value: Decimal, multiplier: Decimal, divisor: Decimal): Decimal {
  if (multiplier.eq(divisor)) return value;
  const exact = multiplyExactly(value, multiplier).div(divisor);
  const snapped = exact.toDecimalPlaces(MAX_DECIMAL_SCALE);
  if (!snapped.eq(exact) && exact.minus(snapped).abs().lte(exact.abs().times(SNAP_TOLERANCE))) return snapped;
  return exact;
}

/** Throws `quantity/incompatible-units` unless both units measure the same dimension. */
export function requireSameDimension(a: Unit, b: Unit, doing: string): void {
  if (a.dimension === b.dimension) return;
  const dry = a.dimension === 'dry-mass' || b.dimension === 'dry-mass';
  throw new FairlodeError({
    code: 'quantity/incompatible-units',
    message: `Cannot ${doing}: ${a.symbol} (${a.dimension}) and ${b.symbol} (${b.dimension}) measure different things.`,
    hint: dry ? 'converting wet tonnes to dry metric tonnes needs the moisture content: convert the quantity first' : 'use a price and a quantity in units of the same kind (mass with mass, volume with volume)',
  });
}
