import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { FairlodeError } from '../diagnostics/diagnostic.js';
import type { Contract, LoadedContract } from '../contract/index.js';
import type { Decimal } from '../money/decimal.js';
import { prepareAnalysis, type AnalyseOptions, type FiscalConventions } from './analysis-context.js';
import { analyseScenario, type FiscalAnalysis } from './analyse.js';
import type { BreakevenResult } from './breakeven.js';
import type { FiscalRatio } from './fiscal-metrics.js';
import type { LoadedPlan, Plan } from './load-plan.js';
import { resolvePriceScenario, type PriceScenario, type ResolvedPriceScenario } from './price-deck.js';
import type { RateSolution } from './root-finding.js';

/** One row of a price-deck table: a scenario and its headline metrics. */
export interface PriceDeckRow {
  /** The scenario. */
  readonly scenario: ResolvedPriceScenario;
  /** Gross revenue over the plan, undiscounted. */
  readonly grossRevenue: Decimal;
  /** Pre-fiscal net cash flow: undiscounted total and NPV at the discount rate. */
  readonly preFiscal: { readonly total: Decimal; readonly npv: Decimal };
  /** Government take, undiscounted. */
  readonly governmentTake: FiscalRatio;
  /** Government take at the discount rate. */
  readonly discountedGovernmentTake: FiscalRatio;
  /** The AETR at its rate. */
  readonly aetr: FiscalRatio;
  /** Royalties over gross revenue. */
  readonly effectiveRoyaltyRate: FiscalRatio;
  /** The investor's NPV at its hurdle rate and IRR. */
  readonly investor: { readonly npv: Decimal; readonly irr: RateSolution };
  /** The state's NPV at the discount rate and IRR. */
  readonly state: { readonly npv: Decimal; readonly irr: RateSolution };
}

/**
 * How the AETR moves as prices rise, the rows taken in order of gross revenue:
 * `progressive` (it never falls and rises at least once: the state's share grows with the rent),
 * `regressive` (it never rises and falls at least once), `neutral` (unchanged to 4 decimal places)
 * or `mixed`; `undetermined` when fewer than two rows have an AETR.
 */
export type Progressivity = 'progressive' | 'regressive' | 'neutral' | 'mixed' | 'undetermined';

/** A fiscal analysis over a deck of price scenarios. */
export interface PriceDeckAnalysis {
  /** The contract id. */
  readonly contract: string;
  /** The plan id. */
  readonly plan: string;
  /** The currency of every amount. */
  readonly currency: string;
  /** The conventions, shared by every row. */
  readonly conventions: FiscalConventions;
  /** One row per scenario, in the deck's order. */
  readonly rows: readonly PriceDeckRow[];
  /** How the AETR moves with prices. */
  readonly progressivity: Progressivity;
  /** The breakeven price under the plan's (or the `prices` option's) prices, when asked for. */
  readonly breakeven: BreakevenResult | undefined;
  /** The full analysis of each scenario, in the deck's order. */
  readonly analyses: readonly FiscalAnalysis[];
}

/**
 * Classifies the AETR's movement over a deck (see {@link Progressivity}).
 *
 * @example
 * ```ts
 * progressivityOf(deck.rows); // 'progressive'
 * ```
 */
export function progressivityOf(rows: readonly PriceDeckRow[]): Progressivity {
  const points = rows
    .filter((r) => r.aetr.ok)
    .map((r) => ({ revenue: r.grossRevenue, aetr: (r.aetr as { value: Decimal }).value.toDecimalPlaces(4) }))
    .sort((a, b) => a.revenue.comparedTo(b.revenue));
  if (points.length < 2) return 'undetermined';
  let up = false;
  let down = false;
  for (let i = 1; i < points.length; i++) {
    const c = points[i]!.aetr.comparedTo(points[i - 1]!.aetr);
    if (c > 0) up = true;
    if (c < 0) down = true;
  }
  return up && down ? 'mixed' : up ? 'progressive' : down ? 'regressive' : 'neutral';
}

/**
 * Runs a fiscal analysis for every scenario of a price deck (flat prices or price scales, see
 * `flatPriceDeck` and `scaledPriceDeck`) and tabulates the metrics, with the AETR's progressivity.
 * The plan, contract and options are prepared once; the breakeven price is solved once, under the
 * plan's prices (or the `prices` option's), not per scenario.
 *
 * @example
 * ```ts
 * const deck = flatPriceDeck('copper', ['6000 USD/t', '8000 USD/t', '10000 USD/t', '12000 USD/t']);
 * const result = analysePriceDeck(contract, plan, deck, { beyondTerm: 'extend' });
 * if (result.ok) for (const row of result.value.rows) console.log(row.scenario.label, row.aetr);
 * ```
 */
export function analysePriceDeck(contract: Contract | LoadedContract, plan: Plan | LoadedPlan, deck: readonly PriceScenario[], options: AnalyseOptions = {}): Result<PriceDeckAnalysis> {
  const prepared = prepareAnalysis(contract, plan, options);
  if (!prepared.ok) return prepared;
  const ctx = prepared.value;
  let scenarios: ResolvedPriceScenario[];
  try {
    scenarios = deck.map((s) => {
      const r = resolvePriceScenario(s);
      // A flat price in the deck sits on top of the base scenario's other prices.
      return Object.freeze({ label: r.label, flat: Object.freeze({ ...ctx.scenario.flat, ...r.flat }), scale: ctx.scenario.scale.times(r.scale) });
    });
  } catch (e) {
    if (!(e instanceof FairlodeError)) throw e;
    return { ok: false, diagnostics: [{ code: e.code, severity: 'error', message: e.message, path: [], ...(e.hint === undefined ? {} : { hint: e.hint }) }] };
  }
  const analyses: FiscalAnalysis[] = [];
  const diagnostics: Diagnostic[] = [...ctx.warnings];
  for (const s of scenarios) {
    const a = analyseScenario(ctx, s, false);
    if (!a.ok) return { ok: false, diagnostics: a.diagnostics.map((d) => ({ ...d, message: `${s.label}: ${d.message}` })) };
    analyses.push(a.value);
  }
  let breakeven: BreakevenResult | undefined;
  if (ctx.breakeven !== undefined) {
    const base = analyseScenario(ctx, ctx.scenario, true);
    if (!base.ok) return base;
    breakeven = base.value.breakeven;
  }
  const rows = analyses.map((a): PriceDeckRow => Object.freeze({
    scenario: a.scenario,
    grossRevenue: a.cashFlows.grossRevenue.total,
    preFiscal: Object.freeze({ total: a.cashFlows.preFiscal.total, npv: a.cashFlows.preFiscal.presentValue }),
    governmentTake: a.metrics.governmentTake,
    discountedGovernmentTake: a.metrics.discountedGovernmentTake,
    aetr: a.metrics.aetr,
    effectiveRoyaltyRate: a.metrics.effectiveRoyaltyRate,
    investor: Object.freeze({ npv: a.metrics.investor.npv, irr: a.metrics.investor.irr }),
    state: Object.freeze({ npv: a.metrics.state.npv, irr: a.metrics.state.irr }),
  }));
  return {
    ok: true,
    value: Object.freeze({
      contract: ctx.contract.id,
      plan: ctx.plan.id,
      currency: ctx.contract.currency,
      conventions: ctx.conventions,
      rows: Object.freeze(rows),
      progressivity: progressivityOf(rows),
      breakeven,
      analyses: Object.freeze(analyses),
    }),
    diagnostics,
  };
}
