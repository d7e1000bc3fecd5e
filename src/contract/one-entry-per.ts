import type { z } from 'zod';

/**
 * A refinement for a period's list that allows one entry per key (one per loan, one per holder):
 * a second entry is an issue at its key, asking to add the two up into one.
 *
 * @example
 * ```ts
 * z.array(loanMovement).optional().superRefine(oneEntryPer('loan', (key) => `a second entry for the loan "${key}" in the period`));
 * ```
 */
export function oneEntryPer<K extends string, T extends Record<K, string>>(key: K, message: (value: string) => string) {
  return (list: readonly T[] | undefined, ctx: z.RefinementCtx): void => {
    const seen = new Set<string>();
    (list ?? []).forEach((entry, i) => {
      const value = entry[key];
      if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [i, key], message: `${message(value)}; add the two up into one`, input: value });
      seen.add(value);
    });
  };
}
