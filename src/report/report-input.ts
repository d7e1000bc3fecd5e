import type { LoadedActuals, LoadedContract } from '../contract/index.js';
import type { ResolvedProfile } from '../compliance/index.js';
import type { AnalyseOptions, LoadedPlan } from '../fiscal/index.js';
import type { IsoDate } from '../time/index.js';

/**
 * What a report is built from: a loaded contract, and optionally its period actuals and a
 * life-of-mine plan. Dates are parameters: the report never reads the clock.
 *
 * @example
 * ```ts
 * const input: ReportInput = { contract: loaded, actuals: [q1, q2], plan, generatedOn: '2026-11-28' };
 * ```
 */
export interface ReportInput {
  /** The contract, loaded from text (its source is quoted next to each finding). */
  readonly contract: LoadedContract;
  /** Period actuals: the revenue chart shows them, and the obligations are tracked against them. */
  readonly actuals?: readonly LoadedActuals[];
  /** A life-of-mine plan: the price-sensitivity chart, and the revenue chart when there are no actuals. */
  readonly plan?: LoadedPlan;
  /** The date obligations are judged on; default the last day of the latest period of actuals. */
  readonly asOf?: IsoDate;
  /** The date printed as the report's date; left out when not given. */
  readonly generatedOn?: string;
  /** The compliance profile: a resolved one or the name of a shipped one (default `recommended`). */
  readonly profile?: ResolvedProfile | string;
  /**
   * Options of the fiscal analysis. Default `{ beyondTerm: 'extend' }`: plan years after the
   * contract's term are analysed as if its fiscal terms continued, and the report says so.
   */
  readonly fiscal?: AnalyseOptions;
  /** The main commodity's price in each sensitivity scenario, as multiples of its plan price (default 0.4 to 1.6). */
  readonly priceFactors?: readonly number[];
}
