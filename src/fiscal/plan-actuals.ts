import type { Actuals, Contract } from '../contract/index.js';
import { Decimal } from '../money/decimal.js';
import type { Money } from '../money/money.js';
import { priceQuantity, type UnitPrice } from '../quantity/index.js';
import type { Plan, PlanDeductionKind, PlanPeriod } from './load-plan.js';
import type { ResolvedPriceScenario } from './price-deck.js';

/** The price of a commodity in a period under a scenario. */
export function scenarioPrice(period: PlanPeriod, commodity: string, scenario: ResolvedPriceScenario): UnitPrice | undefined {
  const flat = scenario.flat[commodity];
  if (flat !== undefined) return flat;
  const p = period.prices[commodity];
  if (p === undefined || scenario.scale.eq(1)) return p;
  return Object.freeze({ amount: p.amount.times(scenario.scale), currency: p.currency, per: p.per });
}

/**
 * Turns a plan's periods into the payout engine's period actuals under a price scenario: each
 * commodity produced is sold in the period at the scenario's price, with the plan's per-unit sale
 * deductions, and the period's operating and capital costs and exchange rates are carried over.
 * When a royalty is valued at a reference price, the scenario's price is that reference price too.
 *
 * @example
 * ```ts
 * const actuals = planActuals(contract, plan, PLAN_PRICES);
 * computePayouts(contract, actuals);
 * ```
 */
export function planActuals(contract: Contract, plan: Plan, scenario: ResolvedPriceScenario): Actuals[] {
  const zero = new Decimal(0);
  const valued = contract.revenue.royalties.some((r) => r.valuation !== undefined && r.valuation.price !== 'realised');
  return plan.periods.map((p) => {
    const sales: Actuals['sales'][number][] = [];
    const referencePrices: NonNullable<Actuals['referencePrices']> = {};
    for (const [commodity, quantity] of Object.entries(p.production)) {
      if (quantity.value.lte(zero)) continue;
      const price = scenarioPrice(p, commodity, scenario);
      if (price === undefined) continue;
      const charges = plan.deductions[commodity];
      let deductions: Partial<Record<PlanDeductionKind, Money>> | undefined;
      if (charges !== undefined) {
        deductions = {};
        for (const [kind, charge] of Object.entries(charges) as [PlanDeductionKind, UnitPrice | undefined][]) {
          if (charge !== undefined) deductions[kind] = priceQuantity(charge, quantity);
        }
      }
      sales.push({ commodity, quantity, price, ...(deductions === undefined ? {} : { deductions }) } as Actuals['sales'][number]);
      if (valued) referencePrices[commodity] = { price, basis: 'the price scenario' };
    }
    const costs: Actuals['costs'] = {};
    if (p.costs.operating !== undefined) costs.operating = p.costs.operating;
    if (p.costs.capital !== undefined) costs.capital = p.costs.capital;
    const actuals = { contract: contract.id, period: p.period, sales, costs, events: [] as Actuals['events'], ...(valued ? { referencePrices } : {}) } as Actuals;
    return p.fx === undefined ? actuals : ({ ...actuals, fx: p.fx } as Actuals);
  });
}

