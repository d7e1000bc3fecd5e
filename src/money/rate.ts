import { fail, ok, unwrap, type Parsed } from '../diagnostics/diagnostic.js';
import { Decimal, parseDecimal } from './decimal.js';

/** A rate as an exact fraction: 0.05 means 5%. Written `"5%"` in contract files. */
export type Rate = Decimal;

/** Options for {@link parseRate}. */
export interface RateOptions {
  /** Accept negative rates such as `"-1.5%"` (default false). */
  allowNegative?: boolean;
  /** Accept rates above 100% (default false). */
  allowAboveHundred?: boolean;
}

const HUNDRED = new Decimal(100);
const HUNDREDTH = new Decimal('0.01');

/**
 * Parses a percent string into an exact fraction: `"5%"` → 0.05, `"0.25%"` → 0.0025.
 * A bare number is refused, because `5` and `0.05` are both plausible and one is a disaster.
 *
 * @example
 * ```ts
 * const r = parseRate('37.5%');
 * if (r.ok) r.value.toString(); // '0.375'
 * ```
 */
export function parseRate(text: string, options: RateOptions = {}): Parsed<Rate> {
  if (typeof text !== 'string') {
    return fail('rate/not-a-percent', `Expected a percentage such as "5%", got ${typeof text === 'number' ? `the bare number ${String(text)}` : typeof text}.`,
      typeof text === 'number' ? `write ${String(text)}% as "${String(text)}%"` : 'write the rate as a quoted percentage such as "5%"');
  }
  const m = /^(.*?)\s*%$/.exec(text);
  if (!m) {
    const hint = parseDecimal(text).ok ? `write ${text}% as "${text}%" (or ${text} as a fraction, "${new Decimal(text).times(100).toString()}%")` : 'write a percentage such as "5%"';
    return fail('rate/not-a-percent', `"${text}" is not a percentage.`, hint);
  }
  const number = parseDecimal(m[1] ?? '');
  if (!number.ok) return fail('rate/invalid', `"${text}" is not a percentage: ${number.problem.message}`, number.problem.hint ?? 'write a percentage such as "5%"');
  const value = number.value.times(HUNDREDTH); // exact, and cheaper than dividing by 100
  if (value.isNegative() && !value.isZero() && !options.allowNegative) return fail('rate/negative', `The rate "${text}" is negative.`, 'rates here must be zero or more');
  if (value.gt(1) && !options.allowAboveHundred) return fail('rate/above-hundred', `The rate "${text}" is above 100%.`, 'check the number; a share cannot exceed 100%');
  return ok(value);
}

/**
 * Makes a rate from a percent string, throwing a `FairlodeError` on bad input.
 *
 * @example
 * ```ts
 * rate('5%').times(200).toString(); // '10'
 * ```
 */
export function rate(text: string, options?: RateOptions): Rate {
  return unwrap(parseRate(text, options));
}

/**
 * Formats a rate as a percent string with no trailing zeros: 0.375 → `"37.5%"`.
 *
 * @example
 * ```ts
 * formatRate(rate('6.50%')); // '6.5%'
 * ```
 */
export function formatRate(value: Rate): string {
  return `${value.times(HUNDRED).toString()}%`;
}
