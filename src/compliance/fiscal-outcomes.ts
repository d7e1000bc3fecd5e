import type { Result } from '../diagnostics/diagnostic.js';
import type { Contract, LoadedContract } from '../contract/index.js';
import { holdersOf, isLoadedContract } from '../contract/index.js';
import type { FiscalAnalysis } from '../fiscal/analyse.js';
import type { AnalyseOptions } from '../fiscal/analysis-context.js';
import type { LoadedPlan, Plan } from '../fiscal/load-plan.js';
import { scaledPriceDeck, type PriceScenario } from '../fiscal/price-deck.js';
import { analysePriceDeck, type PriceDeckAnalysis } from '../fiscal/progressivity.js';
import type { Period } from '../time/index.js';
import { hasRole, STATE_ROLES } from './party-roles.js';

/**
 * The price deck the outcome rules read, beside the plan's own prices, when none is given: the
 * plan's prices scaled by 0.7 and 1.3, so that progressivity is judged over a fall and a rise of 30%.
 */
export const OUTCOME_PRICE_FACTORS = ['0.7', '1.3'] as const;

/** The first period in which a state party receives a dividend, at the plan's prices. */
export interface StateFirstDividend {
  /** The party paid. */
  readonly party: string;
  /** The period of the first dividend. */
  readonly period: Period;
  /** Whole periods of the plan before it (0: in the first period). */
  readonly periodsAfterStart: number;
}

/**
 * What a life-of-mine plan says a contract yields: the fiscal analysis at the plan's prices, the
 * price deck around them, and when the state's equity first pays. The outcome rules of group F1
 * (government take, progressivity, the state's first dividend) read it; without it they are listed
 * as not applicable.
 */
export interface FiscalOutcomes {
  /** The plan's id. */
  readonly plan: string;
  /** The analysis at the plan's own prices. */
  readonly base: FiscalAnalysis;
  /** The analysis over the plan's prices (first row) and the deck, and its progressivity. */
  readonly deck: PriceDeckAnalysis;
  /** Whether a state party holds equity (so that a first dividend is expected). */
  readonly stateHoldsEquity: boolean;
  /** The state's first dividend at the plan's prices; undefined when it receives none in the plan. */
  readonly stateFirstDividend: StateFirstDividend | undefined;
}

/** Options for {@link fiscalOutcomes}. */
export interface FiscalOutcomeOptions extends Omit<AnalyseOptions, 'prices'> {
  /** The price deck beside the plan's prices; by default the plan's prices scaled by {@link OUTCOME_PRICE_FACTORS}. */
  readonly deck?: readonly PriceScenario[];
}

/**
 * Runs the fiscal analysis the outcome rules need, once: the plan's prices and a deck around them.
 * Returns the analysis's diagnostics when it cannot be made (a plan for another contract, a plan
 * beyond the term unless `beyondTerm: 'extend'`).
 *
 * @example
 * ```ts
 * const outcomes = fiscalOutcomes(contract, plan, { beyondTerm: 'extend' });
 * if (outcomes.ok) checkContract(contract, { outcomes: outcomes.value });
 * ```
 */
export function fiscalOutcomes(contract: Contract | LoadedContract, plan: Plan | LoadedPlan, options: FiscalOutcomeOptions = {}): Result<FiscalOutcomes> {
  const { deck: givenDeck, ...analyseOptions } = options;
  const deckScenarios = givenDeck ?? scaledPriceDeck(OUTCOME_PRICE_FACTORS);
  const deck = analysePriceDeck(contract, plan, [{ label: 'plan prices', scale: '1' }, ...deckScenarios], { ...analyseOptions, breakeven: false });
  if (!deck.ok) return deck;
  const base = deck.value.analyses[0]!;
  const c = isLoadedContract(contract) ? contract.contract : contract;
  const stateHolders = new Set(c.ownership.flatMap(holdersOf).filter((p) => hasRole(c, p, STATE_ROLES)));
  let first: StateFirstDividend | undefined;
  base.statements.forEach((s, k) => {
    if (first !== undefined) return;
    const line = s.lines.find((l) => l.kind === 'distribution' && stateHolders.has(l.to) && l.amount.amount.gt(0));
    if (line !== undefined) first = { party: line.to, period: s.period, periodsAfterStart: k };
  });
  return {
    ok: true,
    value: Object.freeze({
      plan: deck.value.plan,
      base,
      deck: deck.value,
      stateHoldsEquity: stateHolders.size > 0,
      stateFirstDividend: first,
    }),
    diagnostics: deck.diagnostics,
  };
}
