import { FairlodeError } from '../diagnostics/diagnostic.js';

/**
 * The correlation between commodities' price shocks: one number for every pair, or a full n×n
 * matrix (symmetric, ones on the diagonal, entries in [−1, 1]).
 */
export type PriceCorrelation = number | readonly (readonly number[])[];

function invalid(message: string, hint?: string): never {
  throw new FairlodeError({ code: 'fiscal/invalid-correlation', message, ...(hint === undefined ? {} : { hint }) });
}

/**
 * Reads a correlation for `n` commodities into a full matrix (a single number fills every
 * off-diagonal entry; undefined means independent). Throws a `FairlodeError` naming the
 * `correlation` argument when the matrix has the wrong size, is not symmetric, has an entry
 * outside [−1, 1] or a diagonal entry other than 1.
 *
 * @example
 * ```ts
 * correlationMatrix(2, 0.6); // [[1, 0.6], [0.6, 1]]
 * ```
 */
export function correlationMatrix(n: number, correlation: PriceCorrelation | undefined): number[][] {
  if (correlation === undefined) correlation = 0;
  if (typeof correlation === 'number') {
    if (!Number.isFinite(correlation) || correlation < -1 || correlation > 1) invalid(`The correlation must be a number in [-1, 1], not ${String(correlation)}.`);
    return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : correlation)));
  }
  if (!Array.isArray(correlation) || correlation.length !== n) invalid(`The correlation matrix must have ${n} rows, one per commodity.`);
  const m = correlation.map((row, i) => {
    if (!Array.isArray(row) || row.length !== n) invalid(`Row ${i + 1} of the correlation matrix must have ${n} entries.`);
    return row.map((x, j) => {
      if (typeof x !== 'number' || !Number.isFinite(x) || x < -1 || x > 1) invalid(`The correlation matrix's entry (${i + 1}, ${j + 1}) must be a number in [-1, 1].`);
      if (i === j && x !== 1) invalid(`The correlation matrix's diagonal entry (${i + 1}, ${i + 1}) must be 1.`);
      return x;
    });
  });
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) if (m[i]![j] !== m[j]![i]) invalid(`The correlation matrix must be symmetric: entries (${i + 1}, ${j + 1}) and (${j + 1}, ${i + 1}) differ.`);
  return m;
}

/**
 * The lower-triangular Cholesky factor L of a correlation matrix C (C = L·Lᵀ): multiplying a
 * vector of independent standard normal deviates by L gives deviates with correlation C. A
 * matrix that is not positive semi-definite (no set of prices could have those correlations) is
 * refused with a `FairlodeError`.
 *
 * @example
 * ```ts
 * choleskyFactor([[1, 0.6], [0.6, 1]]); // [[1, 0], [0.6, 0.8]]
 * ```
 */
export function choleskyFactor(c: readonly (readonly number[])[]): number[][] {
  const n = c.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = c[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      if (i === j) {
        if (s < -1e-12) invalid('The correlation matrix is not positive semi-definite: no set of prices can have these correlations.', 'lower the correlations, or make them consistent with each other');
        l[i]![i] = Math.sqrt(Math.max(s, 0));
      } else {
        l[i]![j] = l[j]![j]! === 0 ? 0 : s / l[j]![j]!;
      }
    }
  }
  return l;
}
