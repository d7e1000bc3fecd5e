import type { Decimal as DecimalJs } from 'decimal.js';
import { fail, FairlodeError, ok, unwrap, type Parsed } from '../diagnostics/diagnostic.js';
import { closestName } from '../diagnostics/closest-name.js';
import { minorUnitOf } from './currency.js';
import { Decimal } from './decimal.js';
import { makeMoney, type Money } from './money.js';

/**
 * The rounding modes fairlode knows, by the direction they send a value. "Up" and "down" mean
 * toward +∞ and −∞ (so −2.345 rounded `half-up` to cents is −2.34); use the `…-from-zero` and
 * `…-toward-zero` modes for rules written in terms of magnitude.
 */
export const ROUNDING_MODES = [
  'half-up', 'half-down', 'half-even', 'half-away-from-zero', 'half-toward-zero',
  'up', 'down', 'away-from-zero', 'toward-zero',
] as const;

/**
 * How to round a value that lies between two representable ones.
 *
 * - `half-up`: to the nearest; ties toward +∞ (2.345 → 2.35, −2.345 → −2.34).
 * - `half-down`: to the nearest; ties toward −∞ (2.345 → 2.34, −2.345 → −2.35).
 * - `half-even`: to the nearest; ties to the even neighbour, "banker's rounding" (2.345 → 2.34, 2.355 → 2.36).
 * - `half-away-from-zero`: to the nearest; ties away from zero, the schoolbook rule (2.345 → 2.35, −2.345 → −2.35).
 * - `half-toward-zero`: to the nearest; ties toward zero (2.345 → 2.34, −2.345 → −2.34).
 * - `up`: toward +∞, the ceiling (2.341 → 2.35, −2.349 → −2.34).
 * - `down`: toward −∞, the floor (2.349 → 2.34, −2.341 → −2.35).
 * - `away-from-zero`: increase the magnitude (2.341 → 2.35, −2.341 → −2.35).
 * - `toward-zero`: truncate (2.349 → 2.34, −2.349 → −2.34).
 */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

// decimal.js names modes by magnitude: its ROUND_UP is away from zero and its ROUND_HALF_UP is
// half away from zero. Ours name the direction on the number line, so the map is not name-for-name.
const DECIMAL_JS_MODE: Record<RoundingMode, DecimalJs.Rounding> = {
  'half-up': Decimal.ROUND_HALF_CEIL,
  'half-down': Decimal.ROUND_HALF_FLOOR,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-away-from-zero': Decimal.ROUND_HALF_UP,
  'half-toward-zero': Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_CEIL,
  down: Decimal.ROUND_FLOOR,
  'away-from-zero': Decimal.ROUND_UP,
  'toward-zero': Decimal.ROUND_DOWN,
};

/**
 * Checks that a value names a {@link RoundingMode}, with a did-you-mean hint when it does not.
 *
 * @example
 * ```ts
 * parseRoundingMode('half-even'); // { ok: true, value: 'half-even' }
 * parseRoundingMode('half_up');   // problem, hint: did you mean "half-up"?
 * ```
 */
export function parseRoundingMode(text: string): Parsed<RoundingMode> {
  if ((ROUNDING_MODES as readonly string[]).includes(text)) return ok(text as RoundingMode);
  const shown = typeof text === 'string' ? `"${text}"` : String(text);
  const close = typeof text === 'string' ? closestName(text.replace(/_/g, '-'), ROUNDING_MODES, 3) : undefined;
  return fail('rounding/unknown-mode', `${shown} is not a rounding mode.`,
    close === undefined ? `use one of ${ROUNDING_MODES.join(', ')}` : `did you mean "${close}"?`);
}

function checkPlaces(places: number): void {
  if (!Number.isInteger(places) || places < 0 || places > 100) {
    throw new FairlodeError({ code: 'rounding/invalid-places', message: `Cannot round to ${String(places)} decimal places.`, hint: 'use a whole number from 0 to 100' });
  }
}

/**
 * Rounds a decimal to `places` digits after the point, in the named mode.
 *
 * @example
 * ```ts
 * roundDecimal(new Decimal('-2.345'), 2, 'half-up').toString(); // '-2.34'
 * roundDecimal(new Decimal('-2.345'), 2, 'half-away-from-zero').toString(); // '-2.35'
 * ```
 */
export function roundDecimal(value: Decimal, places: number, mode: RoundingMode): Decimal {
  checkPlaces(places);
  const rounded = value.toDecimalPlaces(places, DECIMAL_JS_MODE[unwrap(parseRoundingMode(mode))]);
  return rounded.isZero() ? new Decimal(0) : rounded;
}

/**
 * Rounds an amount to its currency's minor unit (cents for USD, whole yen for JPY, fils for KWD)
 * in the named mode. This is the one place an amount becomes payable.
 *
 * @example
 * ```ts
 * roundMoney(money('-2.345 USD'), 'half-even'); // -2.34 USD
 * roundMoney(money('1234.5 JPY'), 'half-up');   // 1235 JPY
 * ```
 */
export function roundMoney(m: Money, mode: RoundingMode): Money {
  return makeMoney(roundDecimal(m.amount, minorUnitOf(m.currency), mode), m.currency);
}

/**
 * Whether an amount is a whole number of its currency's minor units (e.g. cents).
 *
 * @example
 * ```ts
 * isRoundedToMinorUnit(money('10.25 USD'));  // true
 * isRoundedToMinorUnit(money('10.255 USD')); // false
 * ```
 */
export function isRoundedToMinorUnit(m: Money): boolean {
  return m.amount.decimalPlaces() <= minorUnitOf(m.currency);
}

/**
 * Divides `dividend` by `divisor` and rounds the exact quotient to `places` decimals in the named
 * mode, with one rounding only: the quotient is computed with whole numbers, never to a fixed
 * precision first, so a result just below a tie is never pushed onto it.
 *
 * @example
 * ```ts
 * divideAndRound(new Decimal('100'), new Decimal('278.40'), 2, 'half-even').toString(); // '0.36'
 * ```
 */
export function divideAndRound(dividend: Decimal, divisor: Decimal, places: number, mode: RoundingMode): Decimal {
  checkPlaces(places);
  unwrap(parseRoundingMode(mode));
  if (divisor.isZero()) throw new FairlodeError({ code: 'decimal/division-by-zero', message: `Cannot divide ${dividend.toString()} by zero.` });
  // dividend / divisor = (n / 10^a) / (d / 10^b); scaled to `places` decimals: n * 10^(b + places) / (d * 10^a).
  const a = dividend.decimalPlaces();
  const b = divisor.decimalPlaces();
  const n = BigInt(dividend.toFixed(a).replace('.', '')) * 10n ** BigInt(b + places);
  const d = BigInt(divisor.toFixed(b).replace('.', '')) * 10n ** BigInt(a);
  const negative = (n < 0n) !== (d < 0n);
  const num = n < 0n ? -n : n;
  const den = d < 0n ? -d : d;
  let q = num / den;
  const twice = 2n * (num % den);
  if (twice !== 0n && roundsAway(mode, negative, twice === den ? 0 : twice > den ? 1 : -1, (q & 1n) === 1n)) q += 1n;
  const digits = q.toString().padStart(places + 1, '0');
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  const result = new Decimal(negative ? `-${text}` : text);
  return result.isZero() ? new Decimal(0) : result;
}

// Whether a truncated magnitude must grow by one unit, given the sign of the exact value, how the
// discarded remainder compares with half a unit (-1 below, 0 exactly half, 1 above; never called
// with a zero remainder) and whether the truncated magnitude is odd.
function roundsAway(mode: RoundingMode, negative: boolean, half: -1 | 0 | 1, odd: boolean): boolean {
  switch (mode) {
    case 'toward-zero': return false;
    case 'away-from-zero': return true;
    case 'up': return !negative;
    case 'down': return negative;
    case 'half-away-from-zero': return half >= 0;
    case 'half-toward-zero': return half > 0;
    case 'half-up': return half > 0 || (half === 0 && !negative);
    case 'half-down': return half > 0 || (half === 0 && negative);
    case 'half-even': return half > 0 || (half === 0 && odd);
  }
}
