import { FairlodeError } from '../diagnostics/diagnostic.js';
import { Decimal, multiplyExactly } from '../money/decimal.js';
import { makeMoney, moneyToString } from '../money/money.js';
import { formatRate, type Rate } from '../money/rate.js';
import { addQuantities, convertQuantity, priceQuantity, quantityToString, unitPriceToString, type Quantity } from '../quantity/index.js';
import { valueInForce, type Period } from '../time/index.js';
import { grossRevenueTrace, saleTrace, type CommodityRevenue } from './gross-revenue.js';
import { netSmelterReturnTrace, type NetSmelterReturn } from './net-smelter-return.js';
import { payable, type NetSmelterReturnClause, type PayoutContext, type RoyaltyClause } from './payout-context.js';
import { describeBands, slidingPerUnit, type AppliedBand } from './sliding-scale.js';
import { traceNode, type Trace } from './trace.js';

/** A royalty computed for one period, before it becomes a payout line. */
export interface RoyaltyDue {
  /** The clause. */
  readonly clause: RoyaltyClause;
  /** The amount payable: rounded once, to the minor unit, with the contract's rounding mode. */
  readonly amount: Decimal;
  /** The amount before rounding. */
  readonly exact: Decimal;
  /** What the rate or bands were applied to. */
  readonly base: { readonly label: string; readonly amount: Decimal | undefined; readonly quantity: Quantity | undefined };
  /** The single rate applied, when there was one. */
  readonly rate: Rate | undefined;
  /** The bands applied, for a sliding scale. */
  readonly band: string | undefined;
  /** Explains the amount. */
  readonly trace: () => Trace;
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
 * due.amount.toString(); // '8153370' for 11800 t at 8700 USD/t on the incremental 4/6.5/8.5/10% scale
 * ```
 */
export function royaltyDue(ctx: PayoutContext, clause: RoyaltyClause, revenue: CommodityRevenue, nsr: NetSmelterReturn | undefined, period: Period, nsrClause?: NetSmelterReturnClause): RoyaltyDue {
  const cur = ctx.currency;
  const m = (d: Decimal) => moneyToString(makeMoney(d, cur));
  const onNsr = clause.base === 'net-smelter-return';
  if (clause.base === 'quantity' && clause.perUnit === undefined) {
    throw new FairlodeError({ code: 'payout/rate-on-quantity', message: `Royalty "${clause.id}" applies a rate to a quantity; a rate needs an amount of money as its base.`, hint: 'use base: gross-revenue or net-smelter-return, or a specific royalty with perUnit' });
  }
  const valueBase = onNsr ? nsr!.value : revenue.gross;
  const valueLabel = `${onNsr ? 'net smelter return' : 'gross revenue'} of ${revenue.commodity}`;
  const valueTrace = (): Trace => (onNsr ? netSmelterReturnTrace(nsr!, revenue, nsrClause, cur) : grossRevenueTrace(revenue, cur));

  let exact: Decimal;
  let rate: Rate | undefined;
  let band: string | undefined;
  let base: RoyaltyDue['base'];
  let method: () => Trace[];
  let formula: string;

  if (clause.perUnit !== undefined) {
    const perUnit = clause.perUnit;
    exact = ZERO;
    let total: Quantity | undefined;
    for (const s of revenue.sales) {
      exact = exact.plus(priceQuantity(perUnit, s.sale.quantity).amount);
      const q = convertQuantity(s.sale.quantity, perUnit.per);
      total = total === undefined ? q : addQuantities(total, q);
    }
    base = { label: `quantity of ${revenue.commodity} sold`, amount: undefined, quantity: total };
    formula = `${unitPriceToString(perUnit)} × quantity sold`;
    method = () => [
      traceNode('royalty per unit', unitPriceToString(perUnit), { clause: clause.id, ref: clause.ref }),
      traceNode(`quantity of ${revenue.commodity} sold`, total === undefined ? `0 ${perUnit.per.symbol}` : quantityToString(total), { inputs: revenue.sales.map((s) => traceNode(`sale ${s.index + 1}`, quantityToString(s.sale.quantity))) }),
    ];
  } else if (clause.sliding !== undefined) {
    const scale = ctx.scales.get(clause.id)!;
    // Per sale: whole value → band rate × sale's gross; incremental → quantity × Σ rate × slice.
    let onGross = ZERO;
    const perSale: { s: (typeof revenue.sales)[number]; royalty: Decimal; bands: AppliedBand[]; price: Decimal }[] = [];
    for (const s of revenue.sales) {
      const price = scale.unit === undefined ? s.sale.price.amount : convertPrice(s.sale.price.amount, s.sale.price.per.factor, scale.unit.factor);
      const applied = slidingPerUnit(scale, price);
      let royalty: Decimal;
      if (scale.mode === 'whole-value') royalty = multiplyExactly(applied.bands[0]!.rate, s.gross);
      else {
        const q = scale.unit === undefined ? s.sale.quantity.value : convertQuantity(s.sale.quantity, scale.unit).value;
        royalty = multiplyExactly(applied.perUnit, q);
      }
      onGross = onGross.plus(royalty);
      perSale.push({ s, royalty, bands: applied.bands, price });
    }
    // On net smelter return, the royalty on gross is scaled by NSR ÷ gross: each sale bears the
    // deductions in proportion to its gross revenue.
    exact = onNsr && !revenue.gross.isZero() ? onGross.times(valueBase).div(revenue.gross) : onNsr ? ZERO : onGross;
    const distinct = new Set(perSale.map((p) => p.bands.map((b) => b.index).join(',')));
    if (perSale.length > 0 && distinct.size === 1) {
      band = describeBands(scale, perSale[0]!.bands);
      if (scale.mode === 'whole-value') rate = perSale[0]!.bands[0]!.rate;
    } else if (perSale.length > 0) band = `${scale.mode === 'whole-value' ? 'whole value' : 'incremental'}: bands differ by sale, see the trace`;
    base = { label: valueLabel, amount: valueBase, quantity: undefined };
    formula = scale.mode === 'whole-value'
      ? `rate of the band the price falls in × ${onNsr ? 'net smelter return' : 'gross revenue'}`
      : `quantity × Σ (band rate × slice of the price in the band)${onNsr ? ' × net smelter return ÷ gross revenue' : ''}`;
    method = () => {
      const inputs: Trace[] = perSale.map((p) => traceNode(`royalty on sale ${p.s.index + 1} at ${p.price.toFixed()} ${String(scale.currency ?? cur)}/${scale.unit?.symbol ?? p.s.sale.price.per.symbol}`, m(p.royalty), {
        clause: clause.id,
        ref: clause.ref,
        formula: scale.mode === 'whole-value' ? `${formatRate(p.bands[0]!.rate)} × gross revenue of the sale` : `quantity × (${p.bands.map((b) => `${formatRate(b.rate)} × ${b.slice.toFixed()}`).join(' + ')})`,
        inputs: [traceNode('band', describeBands(scale, p.bands)), saleTrace(p.s, cur)],
      }));
      if (onNsr) inputs.push(valueTrace());
      return inputs;
    };
  } else {
    const r = clause.rate!;
    if (Array.isArray(r)) {
      rate = valueInForce(r.map((step) => ({ from: step.from, value: step.rate })), period.start) ?? ZERO;
    } else rate = r as Rate;
    exact = multiplyExactly(rate, valueBase);
    base = { label: valueLabel, amount: valueBase, quantity: undefined };
    formula = `rate × ${onNsr ? 'net smelter return' : 'gross revenue'}`;
    const shown = rate;
    method = () => [traceNode(Array.isArray(r) ? `rate in force on ${period.start}` : 'rate', formatRate(shown), { clause: clause.id, ref: clause.ref }), valueTrace()];
  }

  // Floors and caps, in the order a lawyer reads them: the rate limits, then the minimum amount.
  const limits: (() => Trace)[] = [];
  const limitBase = valueBase;
  if (clause.minimumRate !== undefined) {
    const floor = multiplyExactly(clause.minimumRate, limitBase);
    if (exact.lt(floor)) {
      const before = exact;
      exact = floor;
      limits.push(() => traceNode('minimum rate applied', m(floor), { clause: clause.id, ref: clause.ref, formula: `${formatRate(clause.minimumRate!)} × ${valueLabel}, above the computed ${m(before)}` }));
    }
  }
  if (clause.maximumRate !== undefined) {
    const cap = multiplyExactly(clause.maximumRate, limitBase);
    if (exact.gt(cap)) {
      const before = exact;
      exact = cap;
      limits.push(() => traceNode('maximum rate applied', m(cap), { clause: clause.id, ref: clause.ref, formula: `${formatRate(clause.maximumRate!)} × ${valueLabel}, below the computed ${m(before)}` }));
    }
  }
  if (clause.minimumPerPeriod !== undefined && exact.lt(clause.minimumPerPeriod.amount)) {
    const before = exact;
    exact = clause.minimumPerPeriod.amount;
    limits.push(() => traceNode('minimum per period applied', moneyToString(clause.minimumPerPeriod!), { clause: clause.id, ref: clause.ref, formula: `the computed ${m(before)} is below the minimum` }));
  }
  const amount = payable(ctx, exact);
  const finalExact = exact;
  return {
    clause,
    amount,
    exact: finalExact,
    base,
    rate,
    band,
    trace: () => traceNode(`royalty on ${revenue.commodity}`, m(amount), {
      clause: clause.id,
      ref: clause.ref,
      formula: `${formula}${limits.length > 0 ? ', then the floors and caps' : ''}; rounded ${ctx.mode} to the minor unit`,
      inputs: [...method(), ...limits.map((l) => l()), ...(finalExact.eq(amount) ? [] : [traceNode('before rounding', m(finalExact))])],
    }),
  };
}

// price × (size of the price's unit ÷ size of the scale's unit)⁻¹: a price per lb read per t.
function convertPrice(amount: Decimal, from: Decimal, to: Decimal): Decimal {
  return from.eq(to) ? amount : multiplyExactly(amount, to).div(from);
}
