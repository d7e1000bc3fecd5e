import { z } from 'zod';
import { parseRate, type Rate } from '../money/rate.js';

/**
 * A threshold a rule compares the contract with (a maximum number of days, a minimum share...):
 * its schema, its default as written in a profile, and where the default comes from. Profiles may
 * override the value; each override states its own source and whether it was verified.
 */
export interface Threshold<S extends z.ZodType = z.ZodType> {
  /** Validates the value as written in a profile and converts it (e.g. `"1%"` → 0.01). */
  readonly schema: S;
  /** The default, as a profile would write it, e.g. `90` or `"1%"`. */
  readonly default: z.input<S>;
  /** What the threshold means, in one sentence. */
  readonly description: string;
  /** Where the default comes from: a law, a standard, an observed practice, or our own default. */
  readonly source: string;
  /** Whether the default was found in a public source (true) or is recalled or our own (false). */
  readonly verified: boolean;
}

/** The thresholds of a rule, by option name. */
export type Thresholds = Readonly<Record<string, Threshold>>;

/** The values a rule receives for its thresholds, after a profile is applied and each is converted. */
export type ThresholdValues<T extends Thresholds> = { readonly [K in keyof T]: z.output<T[K]['schema']> };

/**
 * Declares a threshold.
 *
 * @example
 * ```ts
 * const maxDeadlineDays = threshold(z.int().positive(), {
 *   default: 90,
 *   description: 'Most days after acquisition within which geodata is delivered.',
 *   source: 'rules.md P1-GEO-001: our default [S]',
 *   verified: false,
 * });
 * ```
 */
export function threshold<S extends z.ZodType>(schema: S, spec: Omit<Threshold<S>, 'schema'>): Threshold<S> {
  return { schema, ...spec };
}

/**
 * The schema of a threshold written as a percentage (`"1%"`), converted to an exact rate. A bare
 * number is refused, as in contract files.
 *
 * @example
 * ```ts
 * rateValue().parse('1%').toString(); // '0.01'
 * ```
 */
export function rateValue(): z.ZodType<Rate, string> {
  return z.string().transform((text, ctx) => {
    const parsed = parseRate(text);
    if (parsed.ok) return parsed.value;
    ctx.issues.push({ code: 'custom', message: parsed.problem.hint ? `${parsed.problem.message} (${parsed.problem.hint})` : parsed.problem.message, input: text });
    return z.NEVER;
  });
}
