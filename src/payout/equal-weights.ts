import { Decimal } from '../money/decimal.js';

const ONE = new Decimal(1);
const equalWeightsByCount = new Map<number, readonly Decimal[]>();

/**
 * Equal weights for `n` parties holding one share together, frozen and kept, so `allocate` checks
 * them once.
 */
export function equalWeights(n: number): readonly Decimal[] {
  let w = equalWeightsByCount.get(n);
  if (w === undefined) {
    w = Object.freeze(Array.from({ length: n }, () => ONE));
    equalWeightsByCount.set(n, w);
  }
  return w;
}
