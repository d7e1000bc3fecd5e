import { FairlodeError } from '../diagnostics/diagnostic.js';
import { Decimal } from '../money/decimal.js';
import type { PathOutcome, PricePathRun } from './price-risk.js';

// A run of price paths crosses a thread boundary (a worker's message) as plain data: every
// decimal as its exact text, which `new Decimal(text)` reads back digit for digit, so a run
// summarised from workers is byte-identical to one computed in place.

/** One path's outcome as plain data: decimals as exact strings, `null` where a figure is undefined. */
export interface PlainPathOutcome {
  /** The path's index. */
  readonly index: number;
  /** Per simulated commodity, the price in each period. */
  readonly prices: readonly (readonly string[])[];
  /** Government take, or null. */
  readonly governmentTake: string | null;
  /** The state's NPV. */
  readonly stateNpv: string;
  /** The investor's NPV. */
  readonly investorNpv: string;
  /** The state's IRR, or null. */
  readonly stateIrr: string | null;
  /** The investor's IRR, or null. */
  readonly investorIrr: string | null;
  /** Whether the investor's IRR is below the IRR hurdle. */
  readonly investorBelowHurdle: boolean;
}

/** A {@link PricePathRun} as plain data that `structuredClone` and `postMessage` carry unchanged. */
export interface PlainPricePathRun extends Omit<PricePathRun, 'rates' | 'outcomes'> {
  /** The rates, as exact strings. */
  readonly rates: { readonly discount: string; readonly hurdle: string; readonly irrHurdle: string };
  /** The outcomes, in order of index. */
  readonly outcomes: readonly PlainPathOutcome[];
}

const text = (d: Decimal): string => d.toFixed();
const maybeText = (d: Decimal | undefined): string | null => (d === undefined ? null : d.toFixed());
const maybeDecimal = (s: string | null): Decimal | undefined => (s === null ? undefined : new Decimal(s));

/**
 * A run of price paths as plain data, for a worker thread to send back (see
 * {@link pricePathRunFromPlain}).
 *
 * @example
 * ```ts
 * const run = priceRiskPaths(contract, plan, options, { first: 0, count: 100 });
 * if (run.ok) parentPort.postMessage(pricePathRunToPlain(run.value));
 * ```
 */
export function pricePathRunToPlain(run: PricePathRun): PlainPricePathRun {
  return {
    ...run,
    rates: { discount: text(run.rates.discount), hurdle: text(run.rates.hurdle), irrHurdle: text(run.rates.irrHurdle) },
    outcomes: run.outcomes.map((o) => ({
      index: o.index,
      prices: o.prices.map((p) => p.map(text)),
      governmentTake: maybeText(o.governmentTake),
      stateNpv: text(o.stateNpv),
      investorNpv: text(o.investorNpv),
      stateIrr: maybeText(o.stateIrr),
      investorIrr: maybeText(o.investorIrr),
      investorBelowHurdle: o.investorBelowHurdle,
    })),
  };
}

/**
 * Reads back a run sent as plain data by {@link pricePathRunToPlain}: every decimal exactly as it
 * was, so {@link summarisePriceRisk} gives the same result as on the original run. Throws a
 * `FairlodeError` naming `plain` when it is not such a run.
 *
 * @example
 * ```ts
 * worker.on('message', (plain) => runs.push(pricePathRunFromPlain(plain)));
 * ```
 */
export function pricePathRunFromPlain(plain: PlainPricePathRun): PricePathRun {
  if (plain === null || typeof plain !== 'object' || !Array.isArray(plain.outcomes) || plain.rates === null || typeof plain.rates !== 'object') {
    throw new FairlodeError({ code: 'fiscal/invalid-price-risk-option', message: 'plain: not a run of price paths (see pricePathRunToPlain)' });
  }
  return Object.freeze({
    ...plain,
    rates: Object.freeze({ discount: new Decimal(plain.rates.discount), hurdle: new Decimal(plain.rates.hurdle), irrHurdle: new Decimal(plain.rates.irrHurdle) }),
    outcomes: Object.freeze(plain.outcomes.map((o: PlainPathOutcome): PathOutcome => Object.freeze({
      index: o.index,
      prices: o.prices.map((p: readonly string[]) => p.map((x) => new Decimal(x))),
      governmentTake: maybeDecimal(o.governmentTake),
      stateNpv: new Decimal(o.stateNpv),
      investorNpv: new Decimal(o.investorNpv),
      stateIrr: maybeDecimal(o.stateIrr),
      investorIrr: maybeDecimal(o.investorIrr),
      investorBelowHurdle: o.investorBelowHurdle,
    }))),
  });
}
