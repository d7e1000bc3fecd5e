import type { Decimal } from '../money/decimal.js';
import type { FiscalRatio, PriceDeckAnalysis, RateSolution } from '../fiscal/index.js';

/** The fiscal metrics the diff compares at each price. */
export type FiscalMetricName = 'governmentTake' | 'stateNpv' | 'stateIrr' | 'investorNpv' | 'investorIrr';

/** One metric at one price, before and after. */
export interface MetricChange {
  /** Which metric. */
  readonly metric: FiscalMetricName;
  /** Its value before (a fraction for take and IRR, an amount for NPV); undefined when it has none. */
  readonly before: Decimal | undefined;
  /** Its value after. */
  readonly after: Decimal | undefined;
  /** after − before, when both exist. */
  readonly change: Decimal | undefined;
  /** Why a value is missing (e.g. "no IRR: the flows never change sign"), when one is. */
  readonly note: string | undefined;
}

/** The metrics at one price scenario. */
export interface ScenarioChange {
  /** The scenario's label, e.g. "copper at 8000 USD/t" or "plan prices". */
  readonly scenario: string;
  /** Government take, the state's NPV and IRR, the investor's NPV and IRR. */
  readonly metrics: readonly MetricChange[];
}

/** The fiscal consequences of a change of terms over a plan, at each price of a deck. */
export interface FiscalDiff {
  /** The currency of the NPVs. */
  readonly currency: string;
  /** One row per price, in the deck's order. */
  readonly scenarios: readonly ScenarioChange[];
}

type Read = { value: Decimal | undefined; note: string | undefined };

// A ratio or a solved rate: its value, or why there is none.
function read(r: FiscalRatio | RateSolution): Read {
  return r.ok ? { value: r.value, note: undefined } : { value: undefined, note: r.message };
}

function metric(name: FiscalMetricName, a: Read, b: Read): MetricChange {
  return { metric: name, before: a.value, after: b.value, change: a.value !== undefined && b.value !== undefined ? b.value.minus(a.value) : undefined, note: b.note ?? a.note };
}

/**
 * Compares two price-deck analyses of one plan (under the old and the new terms), row by row:
 * government take, the state's NPV and IRR, the investor's NPV and IRR at each price.
 *
 * @example
 * ```ts
 * const d = diffFiscal(analysePriceDeck(old, plan, deck).value, analysePriceDeck(amended, plan, deck).value);
 * d.scenarios[0]!.metrics.find((m) => m.metric === 'governmentTake')?.change;
 * ```
 */
export function diffFiscal(before: PriceDeckAnalysis, after: PriceDeckAnalysis): FiscalDiff {
  return {
    currency: after.currency,
    scenarios: after.rows.map((b, i) => {
      const a = before.rows[i]!;
      return {
        scenario: b.scenario.label,
        metrics: [
          metric('governmentTake', read(a.governmentTake), read(b.governmentTake)),
          metric('stateNpv', { value: a.state.npv, note: undefined }, { value: b.state.npv, note: undefined }),
          metric('stateIrr', read(a.state.irr), read(b.state.irr)),
          metric('investorNpv', { value: a.investor.npv, note: undefined }, { value: b.investor.npv, note: undefined }),
          metric('investorIrr', read(a.investor.irr), read(b.investor.irr)),
        ],
      };
    }),
  };
}
