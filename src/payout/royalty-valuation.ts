import type { Actuals } from '../contract/index.js';
import { Decimal } from '../money/decimal.js';
import { FairlodeError } from '../diagnostics/diagnostic.js';
import { priceQuantity, type UnitPrice } from '../quantity/index.js';
import { ClauseError } from './clause-error.js';
import type { CommodityRevenue, SaleRevenue } from './gross-revenue.js';
import { exactProduct, intern, moneyText, type PayoutContext, type RoyaltyClause } from './payout-context.js';
import { traceNode, type Trace } from './trace.js';

/** How a royalty clause values its base (`valuation`). */
export type RoyaltyValuationClause = NonNullable<RoyaltyClause['valuation']>;

/** The period's reference prices, by commodity, as the actuals give them. */
export type ReferencePrices = Actuals['referencePrices'];

/** One sale valued for a royalty. */
export interface ValuedSale {
  /** The sale and its gross revenue at the realised price. */
  readonly sale: SaleRevenue;
  /** The reference price of the period, when the valuation reads one. */
  readonly reference: UnitPrice | undefined;
  /** Which price the sale is valued at. */
  readonly used: 'realised' | 'reference';
  /** The price used. */
  readonly price: UnitPrice;
  /** Quantity × the price used, exact. */
  readonly value: Decimal;
  /** The deductions listed by the valuation, reported on this sale. */
  readonly deducted: Decimal;
  /** The value less the deductions, never below zero. */
  readonly net: Decimal;
}

/** A commodity's sales valued for one royalty in one period. */
export interface RoyaltyValue {
  readonly valuation: RoyaltyValuationClause;
  readonly commodity: string;
  /** What the reference price is, as the actuals say (e.g. "LME cash settlement, March 2031 average"). */
  readonly basis: string | undefined;
  readonly sales: readonly ValuedSale[];
  /** The sum of the sales' net values: the royalty base. */
  readonly total: Decimal;
  /** The base's label on the payout line. */
  readonly label: string;
}

const ZERO = new Decimal(0);
const POINTS: Readonly<Record<NonNullable<RoyaltyValuationClause['point']>, string>> = {
  'mine-gate': 'the mine gate',
  fob: 'the FOB port',
  cif: 'the CIF port',
  delivered: 'the point of delivery',
};

/**
 * Values a commodity's sales for a royalty whose clause states a `valuation`: each sale at the
 * realised price, at the period's reference price (`referencePrices` in the actuals), or at the
 * higher of the two (the arm's-length rule, compared sale by sale on the value of its quantity, so
 * a price per `lb` is compared exactly with one per `t`); then less the deductions the valuation
 * lists, reported on the sale, never below zero. Only the royalty base changes: revenue, tax and
 * distributions keep the realised price.
 *
 * @throws FairlodeError `payout/reference-price-missing` when the valuation needs a reference price
 * the actuals do not give, `payout/currency-mismatch` when it or a deduction is in another
 * currency, `quantity/incompatible-units` when its unit measures something else than the sales.
 * @example
 * ```ts
 * // 1000 t sold at 9100 USD/t; reference 9350 USD/t; higher-of-realised-and-reference
 * const v = royaltyValue(ctx, clause, copper, actuals.referencePrices);
 * v.total.toString(); // '9350000'
 * ```
 */
export function royaltyValue(ctx: PayoutContext, clause: RoyaltyClause, revenue: CommodityRevenue, prices: ReferencePrices): RoyaltyValue {
  const valuation = clause.valuation!;
  const given = prices?.[revenue.commodity];
  const needsReference = valuation.price !== 'realised' && revenue.sales.length > 0;
  if (needsReference && given === undefined) {
    throw new ClauseError({
      code: 'payout/reference-price-missing',
      message: `Royalty "${clause.id}" is valued at a reference price, but the actuals give no reference price for ${revenue.commodity}.`,
      hint: `add referencePrices: { ${revenue.commodity}: { price: "<price> ${ctx.currency}/<unit>", basis: "<what it is>" } } to the actuals`,
    }, clause.id);
  }
  const reference = needsReference ? given!.price : undefined;
  if (reference !== undefined && reference.currency !== ctx.currency) {
    throw new ClauseError({ code: 'payout/currency-mismatch', message: `The reference price of ${revenue.commodity} is in ${reference.currency}, but the contract's payments are computed in ${ctx.currency}.`, hint: `state it in ${ctx.currency}` }, clause.id);
  }
  const sales: ValuedSale[] = [];
  let total = ZERO;
  for (const s of revenue.sales) {
    let used: ValuedSale['used'] = 'realised';
    let value = s.gross;
    if (reference !== undefined) {
      // Same unit: one exact product, as for gross revenue; otherwise the exact unit conversion.
      const atReference = reference.per === s.sale.quantity.unit ? exactProduct(reference.amount, s.sale.quantity.value) : priceQuantity(reference, s.sale.quantity).amount;
      if (valuation.price === 'reference' || atReference.gt(s.gross)) {
        used = 'reference';
        value = atReference;
      }
    }
    let deducted = ZERO;
    for (const kind of valuation.deductions) {
      const m = s.sale.deductions?.[kind];
      if (m === undefined) continue;
      if (m.currency !== ctx.currency) throw new FairlodeError({ code: 'payout/currency-mismatch', message: `The ${kind} deduction on sale ${s.index + 1} is in ${m.currency}, but the contract's payments are computed in ${ctx.currency}.`, hint: `state it in ${ctx.currency}` });
      deducted = deducted.plus(m.amount);
    }
    const net = value.gt(deducted) ? value.minus(deducted) : ZERO;
    sales.push({ sale: s, reference, used, price: used === 'reference' ? reference! : s.sale.price, value, deducted, net });
    total = total.plus(net);
  }
  return { valuation, commodity: revenue.commodity, basis: given?.basis, sales, total, label: valueLabel(ctx, clause) };
}

const labels = new WeakMap<RoyaltyClause, string>();

// The base label of a valued royalty, made once per clause.
function valueLabel(ctx: PayoutContext, clause: RoyaltyClause): string {
  let label = labels.get(clause);
  if (label === undefined) {
    const point = clause.valuation?.point;
    label = intern(ctx, `value of ${clause.commodity} for the royalty${point === undefined ? '' : ` at ${POINTS[point]}`}`);
    labels.set(clause, label);
  }
  return label;
}

/** Writes a price with at least the currency's minor digits: `9350.00 USD/t`. */
function priceText(ctx: PayoutContext, p: UnitPrice): string {
  return `${p.amount.toFixed(Math.max(ctx.places, p.amount.decimalPlaces()))} ${p.currency}/${p.per.symbol}`;
}

/**
 * Which price valued a sale and why, in words: `reference price 9350.00 USD/t (LME cash settlement,
 * March 2031 average) is higher than realised 9100.00 USD/t: arm's-length rule`.
 */
export function priceChoice(ctx: PayoutContext, v: RoyaltyValue, s: ValuedSale): string {
  const realised = priceText(ctx, s.sale.sale.price);
  if (s.reference === undefined) return `realised price ${realised}`;
  const reference = `reference price ${priceText(ctx, s.reference)}${v.basis === undefined ? '' : ` (${v.basis})`}`;
  if (v.valuation.price === 'reference') return `${reference}: the royalty is valued at the reference price, not at the realised ${realised}`;
  if (s.used === 'reference') return `${reference} is higher than realised ${realised}: arm's-length rule`;
  return `realised ${realised} is not below the ${reference}: the realised price is used`;
}

/** Explains the value a royalty was levied on, sale by sale. */
export function royaltyValueTrace(ctx: PayoutContext, v: RoyaltyValue): Trace {
  const deducts = v.valuation.deductions.length > 0;
  return traceNode(v.label, moneyText(ctx, v.total), {
    formula: `sum over the sales of quantity × the price used${deducts ? ` − ${v.valuation.deductions.join(', ')}` : ''}${deducts ? ', each never below zero' : ''}`,
    inputs: v.sales.map((s) => traceNode(`sale ${s.sale.index + 1}: ${s.sale.sale.quantity.value.toFixed()} ${s.sale.sale.quantity.unit.symbol} of ${v.commodity}`, moneyText(ctx, s.net), {
      formula: deducts ? 'quantity × price used − deductions' : 'quantity × price used',
      inputs: [
        traceNode('price used', priceText(ctx, s.price), { formula: priceChoice(ctx, v, s) }),
        traceNode('value at the price used', moneyText(ctx, s.value)),
        ...(deducts ? [traceNode(`deductions to the point of valuation (${v.valuation.deductions.join(', ')})`, moneyText(ctx, s.deducted))] : []),
      ],
    })),
  });
}

/** A problem with the actuals a valued royalty reads, before the fold: where and what. */
export interface ValuationProblem {
  readonly path: (string | number)[];
  readonly code: string;
  readonly message: string;
  readonly hint: string;
}

/**
 * What keeps a valued royalty from being computed on a period's actuals: a reference price missing
 * for a commodity sold (reported at the first sale of it), or one in another currency or in a unit
 * that measures something else than the sales (reported at the price).
 */
export function valuationProblems(ctx: PayoutContext, actuals: Actuals): ValuationProblem[] {
  const out: ValuationProblem[] = [];
  const seen = new Set<string>();
  for (const clause of ctx.contract.revenue.royalties) {
    const valuation = clause.valuation;
    if (valuation === undefined || valuation.price === 'realised' || seen.has(clause.commodity)) continue;
    seen.add(clause.commodity);
    const first = actuals.sales.findIndex((s) => s.commodity === clause.commodity);
    if (first < 0) continue;
    const given = actuals.referencePrices?.[clause.commodity];
    if (given === undefined) {
      out.push({ path: ['sales', first, 'commodity'], code: 'payout/reference-price-missing', message: `Royalty "${clause.id}" is valued at a reference price, but these actuals give no reference price for ${clause.commodity}.`, hint: `add referencePrices: { ${clause.commodity}: { price: "<price> ${ctx.currency}/<unit>", basis: "<what it is>" } }` });
      continue;
    }
    const at = ['referencePrices', clause.commodity, 'price'];
    if (given.price.currency !== ctx.currency) {
      out.push({ path: at, code: 'payout/currency-mismatch', message: `The reference price of ${clause.commodity} is in ${given.price.currency}, but the contract's payments are computed in ${ctx.currency}.`, hint: `state it in ${ctx.currency}` });
      continue;
    }
    const sale = actuals.sales[first]!;
    if (given.price.per.dimension !== sale.quantity.unit.dimension) {
      out.push({ path: at, code: 'quantity/incompatible-units', message: `The reference price of ${clause.commodity} is per ${given.price.per.symbol} (${given.price.per.dimension}), but it is sold in ${sale.quantity.unit.symbol} (${sale.quantity.unit.dimension}).`, hint: `give the price per a unit of ${sale.quantity.unit.dimension}` });
    }
  }
  return out;
}
