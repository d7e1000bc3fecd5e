import type { Actuals, Contract } from '../contract/index.js';
import { Decimal } from '../money/decimal.js';
import type { Money } from '../money/money.js';
import { priceQuantity, type UnitPrice } from '../quantity/index.js';
import type { Plan, PlanDeductionKind, PlanExport, PlanPeriod } from './load-plan.js';
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
      const sale = { commodity, quantity, price, ...(deductions === undefined ? {} : { deductions }) } as Actuals['sales'][number];
      sales.push(...exportSplit(sale, p.exports[commodity]));
      if (valued) referencePrices[commodity] = { price, basis: 'the price scenario' };
    }
    const costs: Actuals['costs'] = {};
    if (p.costs.operating !== undefined) costs.operating = p.costs.operating;
    if (p.costs.capital !== undefined) costs.capital = p.costs.capital;
    const actuals = { contract: contract.id, period: p.period, sales, costs, events: [] as Actuals['events'], ...(valued ? { referencePrices } : {}) } as Actuals;
    return p.fx === undefined ? actuals : ({ ...actuals, fx: p.fx } as Actuals);
  });
}


type Sale = Actuals['sales'][number];

/**
 * Splits a plan's sale by what the plan says is exported: unchanged (neither exported nor not, as
 * not known) when the plan says nothing; one sale marked exported in the plan's form at 100%; one
 * sold in the country at 0%; otherwise an exported sale of `share` × the quantity and a domestic
 * sale of the rest. Quantities are split exactly (no rounding: the payout engine rounds money once,
 * on the sum), and per-unit deductions follow their quantity, so nothing is created or lost.
 *
 * @example
 * ```ts
 * exportSplit(sale, { share: new Decimal('0.8'), form: 'concentrate' }); // 80% exported, 20% domestic
 * ```
 */
export function exportSplit(sale: Sale, exports: PlanExport | undefined): Sale[] {
  if (exports === undefined) return [sale];
  if (exports.share.gte(1)) return [{ ...sale, exported: true, form: exports.form } as Sale];
  if (exports.share.lte(0)) return [{ ...sale, exported: false } as Sale];
  const q = sale.quantity;
  const out = q.value.times(exports.share);
  const part = (value: Decimal, rest: boolean): Sale => {
    const d = sale.deductions;
    let deductions: Sale['deductions'];
    if (d !== undefined) {
      deductions = {};
      for (const [kind, m] of Object.entries(d) as [PlanDeductionKind, Money | undefined][]) {
        if (m === undefined) continue;
        const exported = m.amount.times(exports.share);
        (deductions as Record<string, Money>)[kind] = { ...m, amount: rest ? m.amount.minus(exported) : exported } as Money;
      }
    }
    const base = { ...sale, quantity: { ...q, value } } as Sale;
    return (deductions === undefined ? base : { ...base, deductions }) as Sale;
  };
  return [
    { ...part(out, false), exported: true, form: exports.form } as Sale,
    { ...part(q.value.minus(out), true), exported: false } as Sale,
  ];
}
