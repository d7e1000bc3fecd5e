import { Decimal } from '../money/decimal.js';
import type { Measure } from '../obligations/obligation.js';

/** Groups the integer part of a fixed-point string in threes: `1234567.5` → `1,234,567.5`. */
function group(fixed: string): string {
  const [int, frac] = fixed.split('.');
  const sign = int!.startsWith('-') ? '-' : '';
  const digits = sign ? int!.slice(1) : int!;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/**
 * An exact amount as a table shows it: grouped in thousands, to the given decimals (default 2).
 *
 * @example
 * ```ts
 * formatAmount(new Decimal('14657763.154')); // '14,657,763.15'
 * ```
 */
export function formatAmount(amount: Decimal, decimals = 2): string {
  return group(amount.toFixed(decimals));
}

/**
 * A fraction as a percentage with one decimal: `0.4567` → `45.7%`.
 *
 * @example
 * ```ts
 * formatPercent(new Decimal('0.4567')); // '45.7%'
 * ```
 */
export function formatPercent(fraction: Decimal, decimals = 1): string {
  return `${fraction.times(100).toFixed(decimals)}%`;
}

/**
 * A number abbreviated for an axis tick, with SI-style suffixes as finance writes them: `k`
 * thousand, `M` million (never `m`, which is milli), `bn` billion; one decimal where it matters.
 *
 * @example
 * ```ts
 * formatCompact(50_000_000); // '50M'
 * formatCompact(-87_700_000); // '-87.7M'
 * formatCompact(1_250); // '1.3k'
 * ```
 */
export function formatCompact(v: number): string {
  const a = Math.abs(v);
  const [scale, suffix] = a >= 1e9 ? [1e9, 'bn'] : a >= 1e6 ? [1e6, 'M'] : a >= 1e3 ? [1e3, 'k'] : [1, ''];
  const shown = Math.round((v / scale) * 10) / 10;
  return `${Object.is(shown, -0) ? 0 : shown}${suffix}`;
}

const CURRENCY = /^[A-Z]{3}$/;
const SINGULAR: Readonly<Record<'people' | 'days', string>> = { people: 'person', days: 'day' };

/**
 * A measure as a table shows it, in its unit's own terms: a count of people or days as a whole
 * number (`28 people`, `19 days`, never `28.00`), money to the cent with its currency, a share as a
 * percentage, a quantity exactly.
 *
 * @example
 * ```ts
 * formatMeasure({ value: new Decimal(28), unit: 'people' }); // '28 people'
 * formatMeasure({ value: new Decimal('1616170'), unit: 'USD' }); // '1,616,170.00 USD'
 * ```
 */
export function formatMeasure(m: Measure): string {
  if (m.unit === 'share') return formatPercent(m.value, 2);
  if (CURRENCY.test(m.unit)) return `${formatAmount(m.value)} ${m.unit}`;
  if (m.unit === 'people' || m.unit === 'days') {
    // A part of a person or day still counts as one: rounded up (the tracker's counts are whole already).
    const whole = m.value.toDecimalPlaces(0, Decimal.ROUND_UP);
    return `${group(whole.toFixed(0))} ${whole.eq(1) ? SINGULAR[m.unit] : m.unit}`;
  }
  return `${group(m.value.toFixed())} ${m.unit}`;
}
