import type { Decimal } from '../money/decimal.js';

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
