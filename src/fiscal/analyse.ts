import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import type { Contract, LoadedContract } from '../contract/index.js';
import type { CurrencyCode } from '../money/currency.js';
import type { PayoutStatement } from '../payout/index.js';
import type { Period } from '../time/index.js';
import { prepareAnalysis, type AnalyseOptions, type AnalysisContext, type FiscalConventions } from './analysis-context.js';
import { breakevenPrice, mainCommodity, type BreakevenResult } from './breakeven.js';
import { fiscalCashFlows, fiscalMetrics, type FiscalCashFlows, type FiscalMetrics } from './fiscal-metrics.js';
import type { LoadedPlan, Plan } from './load-plan.js';
import type { ResolvedPriceScenario } from './price-deck.js';
import { scenarioCashFlows } from './scenario-cash-flows.js';

/** A fiscal analysis of one plan under one contract and one price scenario. */
export interface FiscalAnalysis {
  /** The contract id. */
  readonly contract: string;
  /** The plan id. */
  readonly plan: string;
  /** The currency of every amount. */
  readonly currency: CurrencyCode;
  /** The price scenario. */
  readonly scenario: ResolvedPriceScenario;
  /** The periods, in order. */
  readonly periods: readonly Period[];
  /** The conventions used (rates, timing, who counts as government, the term, the closing cash). */
  readonly conventions: FiscalConventions;
  /** The cash flows, per period and in total. */
  readonly cashFlows: FiscalCashFlows;
  /** The metrics. */
  readonly metrics: FiscalMetrics;
  /** The breakeven price, when asked for. */
  readonly breakeven: BreakevenResult | undefined;
  /** The payout statements the cash flows come from, one per period. */
  readonly statements: readonly PayoutStatement[];
}

/**
 * Analyses one scenario on a prepared context (see {@link prepareAnalysis}): runs the payouts,
 * groups the cash flows and computes the metrics; the breakeven price too when `withBreakeven`.
 *
 * @example
 * ```ts
 * const ctx = prepareAnalysis(contract, plan);
 * if (ctx.ok) analyseScenario(ctx.value, ctx.value.scenario, true);
 * ```
 */
export function analyseScenario(ctx: AnalysisContext, scenario: ResolvedPriceScenario, withBreakeven: boolean): Result<FiscalAnalysis> {
  const flows = scenarioCashFlows(ctx, scenario);
  if (!flows.ok) return flows;
  const cashFlows = fiscalCashFlows(ctx, flows.value);
  const metrics = fiscalMetrics(ctx, cashFlows);
  let breakeven: BreakevenResult | undefined;
  const diagnostics: Diagnostic[] = [...ctx.warnings, ...flows.diagnostics];
  if (withBreakeven && ctx.breakeven !== undefined) {
    const commodity = ctx.breakeven.commodity ?? mainCommodity(ctx, scenario);
    if (commodity !== undefined) {
      const b = breakevenPrice(ctx, commodity, scenario);
      if (!b.ok) return b;
      breakeven = b.value;
    }
  }
  return {
    ok: true,
    value: Object.freeze({
      contract: ctx.contract.id,
      plan: ctx.plan.id,
      currency: ctx.contract.currency,
      scenario,
      periods: Object.freeze(ctx.plan.periods.map((p) => p.period)),
      conventions: ctx.conventions,
      cashFlows,
      metrics,
      breakeven,
      statements: flows.value.statements,
    }),
    diagnostics,
  };
}

/**
 * Analyses a life-of-mine plan under a contract: converts the plan's periods into period actuals
 * (production sold in the period at the scenario's prices, with the plan's costs), runs the payout
 * engine over them, and returns every party's cash flows and the fiscal metrics:
 *
 * - government take, the state's share of pre-fiscal net cash flow, undiscounted and discounted;
 * - the AETR at a stated rate; the effective royalty rate;
 * - NPV and IRR for the project, the investor (at its hurdle rate, with payback) and the state;
 * - the breakeven price of the main commodity (the investor's NPV at its hurdle rate is zero).
 *
 * Accepts the contract and plan as loaded from text (then every diagnostic is located) or as
 * typed values. Refused with diagnostics when the plan is another contract's, runs past the
 * contract's term (unless `beyondTerm: 'extend'`), or the payouts cannot be computed. Every
 * definition, with a worked example, is in docs/fiscal.md.
 *
 * @example
 * ```ts
 * const result = analyse(loadedContract, loadedPlan, { discountRate: '0.1', beyondTerm: 'extend' });
 * if (result.ok) {
 *   const { metrics } = result.value;
 *   if (metrics.aetr.ok) console.log(`AETR ${metrics.aetr.value.times(100).toFixed(1)}%`);
 * }
 * ```
 */
export function analyse(contract: Contract | LoadedContract, plan: Plan | LoadedPlan, options: AnalyseOptions = {}): Result<FiscalAnalysis> {
  const ctx = prepareAnalysis(contract, plan, options);
  if (!ctx.ok) return ctx;
  return analyseScenario(ctx.value, ctx.value.scenario, true);
}
