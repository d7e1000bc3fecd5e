import type { Actuals } from '../contract/index.js';
import { FairlodeError } from '../diagnostics/diagnostic.js';
import { Decimal } from '../money/decimal.js';
import { moneyToString } from '../money/money.js';
import { formatRate, type Rate } from '../money/rate.js';
import { addQuantities, convertQuantity, priceQuantity, quantityToString, unitPriceToString, type Quantity } from '../quantity/index.js';
import { valueInForce, type Period } from '../time/index.js';
import { grossRevenueTrace, saleTrace, type CommodityRevenue, type SaleRevenue } from './gross-revenue.js';
import { netSmelterReturnTrace, type NetSmelterReturn } from './net-smelter-return.js';
import { exactProduct, moneyText, payable, type NetSmelterReturnClause, type PayoutContext, type PreparedScale, type RoyaltyClause } from './payout-context.js';
import { describeProfitBands, measureName, profitLinkedAmount, profitLinkedRate, profitLinkedTrace, profitMeasure, type ProfitLinkedRate, type ProfitMeasure } from './profit-linked-rate.js';
import { royaltyValue, royaltyValueTrace, type ReferencePrices, type RoyaltyValue } from './royalty-valuation.js';
import { describeBands, slidingPerUnit, type AppliedBand } from './sliding-scale.js';
import type { PayoutLine } from './payout-line.js';
import type { RFactorTotals } from './payout-state.js';
import { traceNode, type Trace } from './trace.js';

/** A floor or cap that changed a royalty. */
interface RoyaltyLimit {
  readonly kind: 'minimum rate' | 'maximum rate' | 'minimum per period';
  readonly amount: Decimal;
  readonly before: Decimal;
}

/** One sale under a sliding scale. */
interface SlidingSale {
  readonly sale: SaleRevenue;
  readonly price: Decimal;
  readonly bands: readonly AppliedBand[];
  readonly royalty: Decimal;
}

/** A royalty computed for one period, before it becomes a payout line: the amount and what explains it. */
export interface RoyaltyDue {
  readonly ctx: PayoutContext;
  /** The clause. */
  readonly clause: RoyaltyClause;
  /** The commodity's sales and gross revenue. */
  readonly revenue: CommodityRevenue;
  /** The net smelter return, when the royalty is levied on it. */
  readonly nsr: NetSmelterReturn | undefined;
  readonly nsrClause: NetSmelterReturnClause | undefined;
  readonly period: Period;
  /** The amount payable: rounded once, to the minor unit, with the contract's rounding mode. */
  readonly amount: Decimal;
  /** The amount before rounding. */
  readonly exact: Decimal;
  /** What the rate or bands were applied to. */
  readonly base: { readonly label: string; readonly amount: Decimal | undefined; readonly quantity: Quantity | undefined };
  /** The single rate applied, when there was one. */
  readonly rate: Rate | undefined;
  /** The sliding scale and the sales read on it, for a sliding royalty. */
  readonly scale: PreparedScale | undefined;
  readonly sliding: readonly SlidingSale[];
  /** The floors and caps that changed the amount. */
  readonly limits: readonly RoyaltyLimit[];
  /** The sales valued at the clause's `valuation` (reference price, point of valuation), when it states one. */
  readonly valued: RoyaltyValue | undefined;
  /** The measure and band of a profit-linked rate, for a `profitLinked` royalty. */
  readonly profit: ProfitLinkedRate | undefined;
}

/**
 * What a royalty reads from the period besides its commodity's sales: the reference prices (for a
 * `valuation`) and the profitability measure (for a `profitLinked` rate).
 */
export interface RoyaltyFacts {
  readonly referencePrices?: ReferencePrices;
  readonly profit?: ProfitMeasure;
}

const ZERO = new Decimal(0);

/**
 * The royalty a clause gives in one period, on the commodity's sales: ad valorem (`rate`, or the
 * dated rate in force on the period's first day) on gross revenue or net smelter return; specific
 * (`perUnit` × quantity, converting units exactly); or sliding by price (whole-value or
 * incremental bands, read per sale). Then the floors and caps the clause sets: `minimumRate` and
 * `maximumRate` of its base (net smelter return if that is the base, gross revenue otherwise) and
 * `minimumPerPeriod`. Rounded once, at the end.
 *
 * @throws FairlodeError `payout/rate-on-quantity` for an ad valorem or sliding royalty whose base is `quantity`.
 * @example
 * ```ts
 * const due = royaltyDue(ctx, clause, copperRevenue, undefined, period('2027-Q1'));
 * due.amount.toString(); // '6667000' for 11800 t at 8700 USD/t on the incremental 4/6.5/8.5/10% scale
 * ```
 */
export function royaltyDue(ctx: PayoutContext, clause: RoyaltyClause, revenue: CommodityRevenue, nsr: NetSmelterReturn | undefined, period: Period, nsrClause?: NetSmelterReturnClause, facts: RoyaltyFacts = {}): RoyaltyDue {
  const onNsr = clause.base === 'net-smelter-return';
  if (clause.base === 'quantity' && clause.perUnit === undefined) {
    throw new FairlodeError({ code: 'payout/rate-on-quantity', message: `Royalty "${clause.id}" applies a rate to a quantity; a rate needs an amount of money as its base.`, hint: 'use base: gross-revenue or net-smelter-return, or a specific royalty with perUnit' });
  }
  const valued = clause.valuation === undefined ? undefined : royaltyValue(ctx, clause, revenue, facts.referencePrices);
  const valueBase = valued !== undefined ? valued.total : onNsr ? nsr!.value : revenue.gross;
  const texts = ctx.commodityTexts.get(revenue.commodity)!;
  const valueLabel = valued !== undefined ? valued.label : onNsr ? texts.nsrLabel : texts.grossLabel;
  let profit: ProfitLinkedRate | undefined;
  let exact: Decimal;
  let rate: Rate | undefined;
  let base: RoyaltyDue['base'] = { label: valueLabel, amount: valueBase, quantity: undefined };
  let scale: PreparedScale | undefined;
  const sliding: SlidingSale[] = [];

  if (clause.perUnit !== undefined) {
    const perUnit = clause.perUnit;
    exact = ZERO;
    let total: Quantity | undefined;
    for (const s of revenue.sales) {
      exact = exact.plus(priceQuantity(perUnit, s.sale.quantity).amount);
      const q = convertQuantity(s.sale.quantity, perUnit.per);
      total = total === undefined ? q : addQuantities(total, q);
    }
    base = { label: texts.soldLabel, amount: undefined, quantity: total };
  } else if (clause.sliding !== undefined) {
    scale = ctx.scales.get(clause.id)!;
    // Per sale: whole value → band rate × the sale's gross; incremental → quantity × Σ rate × slice.
    // With a valuation, the bands are read at the price used and applied to the sale's value after
    // the valuation's deductions (an incremental royalty scaled by net value ÷ value).
    let onGross = ZERO;
    revenue.sales.forEach((s, k) => {
      const v = valued?.sales[k];
      const given = v === undefined ? s.sale.price : v.price;
      const price = scale!.unit === undefined ? given.amount : convertPrice(given.amount, given.per.factor, scale!.unit.factor);
      const applied = slidingPerUnit(scale!, price);
      let royalty: Decimal;
      if (scale!.mode === 'whole-value') royalty = exactProduct(applied.bands[0]!.rate, v === undefined ? s.gross : v.net);
      else {
        royalty = exactProduct(applied.perUnit, scale!.unit === undefined ? s.sale.quantity.value : convertQuantity(s.sale.quantity, scale!.unit).value);
        if (v !== undefined && !v.deducted.isZero()) royalty = v.value.isZero() ? ZERO : royalty.times(v.net).div(v.value);
      }
      onGross = onGross.plus(royalty);
      sliding.push({ sale: s, price, bands: applied.bands, royalty });
    });
    // On net smelter return, the royalty on gross is scaled by NSR ÷ gross: each sale bears the
    // deductions in proportion to its gross revenue.
    exact = !onNsr || valued !== undefined ? onGross : revenue.gross.isZero() ? ZERO : onGross.times(valueBase).div(revenue.gross);
    if (scale.mode === 'whole-value' && sliding.length > 0 && sliding.every((p) => p.bands[0]!.index === sliding[0]!.bands[0]!.index)) rate = sliding[0]!.bands[0]!.rate;
  } else if (clause.profitLinked !== undefined) {
    if (facts.profit === undefined) throw new FairlodeError({ code: 'argument/invalid', message: `royaltyDue: royalty "${clause.id}" steps with a profitability measure; pass it as facts.profit.` });
    profit = profitLinkedRate(clause.profitLinked, facts.profit);
    rate = profit.rate;
    exact = profitLinkedAmount(profit, valueBase, exactProduct);
  } else {
    const r = clause.rate!;
    rate = Array.isArray(r) ? (valueInForce(r.map((step) => ({ from: step.from, value: step.rate })), period.start) ?? ZERO) : (r as Rate);
    exact = exactProduct(rate, valueBase);
  }

  // Floors and caps, in the order a lawyer reads them: the rate limits, then the minimum amount.
  const limits: RoyaltyLimit[] = [];
  if (clause.minimumRate !== undefined) {
    const floor = exactProduct(clause.minimumRate, valueBase);
    if (exact.lt(floor)) {
      limits.push({ kind: 'minimum rate', amount: floor, before: exact });
      exact = floor;
    }
  }
  if (clause.maximumRate !== undefined) {
    const cap = exactProduct(clause.maximumRate, valueBase);
    if (exact.gt(cap)) {
      limits.push({ kind: 'maximum rate', amount: cap, before: exact });
      exact = cap;
    }
  }
  if (clause.minimumPerPeriod !== undefined && exact.lt(clause.minimumPerPeriod.amount)) {
    limits.push({ kind: 'minimum per period', amount: clause.minimumPerPeriod.amount, before: exact });
    exact = clause.minimumPerPeriod.amount;
  }
  return { ctx, clause, revenue, nsr, nsrClause, period, amount: payable(ctx, exact), exact, base, rate, scale, sliding, limits, valued, profit };
}

/**
 * What a royalty clause reads from the period besides its sales: the actuals' reference prices when
 * it states a `valuation`, and its profitability measure when its rate is `profitLinked` (the
 * period's lines so far give the operating margin; the state's totals, the R-factor).
 */
export function royaltyFacts(ctx: PayoutContext, clause: RoyaltyClause, lines: readonly PayoutLine[], actuals: Actuals, rFactor: RFactorTotals | undefined): RoyaltyFacts {
  if (clause.valuation === undefined && clause.profitLinked === undefined) return NO_FACTS;
  return {
    ...(clause.valuation === undefined ? {} : { referencePrices: actuals.referencePrices }),
    ...(clause.profitLinked === undefined ? {} : { profit: profitMeasure(ctx, clause, lines, actuals, rFactor) }),
  };
}

const NO_FACTS: RoyaltyFacts = Object.freeze({});

/** Describes the bands a sliding royalty applied; undefined for other royalties. */
export function royaltyBand(due: RoyaltyDue): string | undefined {
  if (due.profit !== undefined) return describeProfitBands(due.profit);
  const scale = due.scale;
  if (scale === undefined || due.sliding.length === 0) return undefined;
  const first = due.sliding[0]!.bands.map((b) => b.index).join(',');
  if (due.sliding.every((p) => p.bands.map((b) => b.index).join(',') === first)) return describeBands(scale, due.sliding[0]!.bands);
  return `${scale.mode === 'whole-value' ? 'whole value' : 'incremental'}: bands differ by sale, see the trace`;
}

/** Explains a royalty. */
export function royaltyTrace(due: RoyaltyDue): Trace {
  const { ctx, clause, revenue } = due;
  const onNsr = clause.base === 'net-smelter-return';
  const valueTrace = () => (due.valued !== undefined ? royaltyValueTrace(ctx, due.valued) : onNsr ? netSmelterReturnTrace(due.nsr!, revenue, due.nsrClause, ctx.currency) : grossRevenueTrace(revenue, ctx.currency));
  const baseWord = due.valued !== undefined ? due.valued.label : onNsr ? 'net smelter return' : 'gross revenue';
  let formula: string;
  let inputs: Trace[];
  if (clause.perUnit !== undefined) {
    formula = `${unitPriceToString(clause.perUnit)} × quantity sold`;
    inputs = [
      traceNode('royalty per unit', unitPriceToString(clause.perUnit), { clause: clause.id, ref: clause.ref }),
      traceNode(`quantity of ${revenue.commodity} sold`, due.base.quantity === undefined ? `0 ${clause.perUnit.per.symbol}` : quantityToString(due.base.quantity), { inputs: revenue.sales.map((s) => traceNode(`sale ${s.index + 1}`, quantityToString(s.sale.quantity))) }),
    ];
  } else if (due.scale !== undefined) {
    const scale = due.scale;
    formula = scale.mode === 'whole-value'
      ? `rate of the band the price falls in × ${baseWord}`
      : `quantity × Σ (band rate × slice of the price in the band)${due.valued !== undefined ? ', at the price used, × value after deductions ÷ value' : onNsr ? ' × net smelter return ÷ gross revenue' : ''}`;
    inputs = due.sliding.map((p) => traceNode(`royalty on sale ${p.sale.index + 1} at ${p.price.toFixed()} ${String(scale.currency ?? ctx.currency)}/${scale.unit?.symbol ?? p.sale.sale.price.per.symbol}`, moneyText(ctx, p.royalty), {
      clause: clause.id,
      ref: clause.ref,
      formula: scale.mode === 'whole-value' ? `${formatRate(p.bands[0]!.rate)} × gross revenue of the sale` : `quantity × (${p.bands.map((b) => `${formatRate(b.rate)} × ${b.slice.toFixed()}`).join(' + ')})`,
      inputs: [traceNode('band', describeBands(scale, p.bands)), saleTrace(p.sale, ctx.currency)],
    }));
    if (onNsr || due.valued !== undefined) inputs.push(valueTrace());
  } else if (due.profit !== undefined) {
    formula = due.profit.rate !== undefined ? `profit-linked rate × ${baseWord}` : `${baseWord} × Σ (band rate × slice of the ${measureName(due.profit.measure.measure)}) ÷ ${measureName(due.profit.measure.measure)}`;
    inputs = [profitLinkedTrace(ctx, clause, due.profit), valueTrace()];
  } else {
    formula = `rate × ${baseWord}`;
    inputs = [traceNode(Array.isArray(clause.rate) ? `rate in force on ${due.period.start}` : 'rate', formatRate(due.rate!), { clause: clause.id, ref: clause.ref }), valueTrace()];
  }
  for (const l of due.limits) {
    const shown = l.kind === 'minimum per period' ? moneyToString(clause.minimumPerPeriod!) : moneyText(ctx, l.amount);
    const how = l.kind === 'minimum rate'
      ? `${formatRate(clause.minimumRate!)} × ${due.base.label}, above the computed ${moneyText(ctx, l.before)}`
      : l.kind === 'maximum rate'
        ? `${formatRate(clause.maximumRate!)} × ${due.base.label}, below the computed ${moneyText(ctx, l.before)}`
        : `the computed ${moneyText(ctx, l.before)} is below the minimum`;
    inputs.push(traceNode(`${l.kind} applied`, shown, { clause: clause.id, ref: clause.ref, formula: how }));
  }
  if (!due.exact.eq(due.amount)) inputs.push(traceNode('before rounding', moneyText(ctx, due.exact)));
  return traceNode(`royalty on ${revenue.commodity}`, moneyText(ctx, due.amount), {
    clause: clause.id,
    ref: clause.ref,
    formula: `${formula}${due.limits.length > 0 ? ', then the floors and caps' : ''}; rounded ${ctx.mode} to the minor unit`,
    inputs,
  });
}

// A price per `from` unit as a price per `to` unit: a price per lb read per t.
function convertPrice(amount: Decimal, from: Decimal, to: Decimal): Decimal {
  return from.eq(to) ? amount : exactProduct(amount, to).div(from);
}
