import type { Problem } from '../diagnostics/diagnostic.js';

/**
 * A problem with the order of dated entries in a list (steps of a schedule, targets with
 * deadlines): entry `index` does not come strictly after entry `previousIndex`. Indices are
 * 0-based positions in the list, so a loader can point at both entries.
 */
export interface OrderProblem extends Problem {
  /** The position of the entry that is out of order. */
  readonly index: number;
  /** The position of the entry it should come after. */
  readonly previousIndex: number;
}
