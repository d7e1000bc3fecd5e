import { Decimal } from '../money/decimal.js';
import { parseRate } from '../money/rate.js';
import { UsageError } from './usage-error.js';

/**
 * Reads a rate given on the command line (`--discount 10%`, or the fraction `0.1`) as a decimal
 * fraction string ("0.1"), exactly: `0.1` and `10%` are the same rate, as they are for every command
 * that takes one.
 *
 * @param name - the option's name, for the message (`--discount`).
 * @param text - what the user typed.
 * @throws UsageError when the text is neither a percentage nor a plain fraction.
 */
export function rateOption(name: string, text: string): string {
  const t = text.trim();
  const fraction = /^\d+(\.\d+)?$/.test(t);
  if (!/%$/.test(t) && !fraction) throw new UsageError(`${name} must be a rate such as 10%, not "${text}"`);
  const parsed = parseRate(fraction ? `${new Decimal(t).times(100).toString()}%` : t);
  if (!parsed.ok) throw new UsageError(`${name} must be a rate such as 10%, not "${text}" (${parsed.problem.message})`);
  return parsed.value.toString();
}
