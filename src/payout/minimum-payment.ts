import type { Contract } from '../contract/index.js';
import { Decimal } from '../money/decimal.js';
import { divideAndRound } from '../money/rounding.js';
import { unitPriceToString } from '../quantity/index.js';
import { fiscalYear } from '../time/index.js';
import type { BenefitTotals } from './benefit-sharing.js';
import type { TermShare } from './community-fund.js';
import type { CommodityRevenue } from './gross-revenue.js';
import { moneyText, payable, type PayoutContext } from './payout-context.js';
import { PROJECT_COMPANY } from './payout-parties.js';
import type { PeriodLedger } from './period-ledger.js';
import { averagePriceText, salesAtPrice } from './realised-price.js';
import { traceNode, type Trace } from './trace.js';

/** A contract's minimum-payment clause (`revenue.minimumPayments[i]`). */
export type MinimumPaymentClause = Contract['revenue']['minimumPayments'][number];

/** The component of a minimum-payment clause's year totals holding the gross revenue of the priced commodity. */
export const SALES_VALUE = 'sales-value';
/** The component holding the same quantities valued at the clause's floor price. */
export const VALUE_AT_FLOOR_PRICE = 'value-at-floor-price';

const ZERO = new Decimal(0);

/** What a top-up line's trace is rebuilt from. */
interface TopUp {
  readonly ctx: PayoutContext;
  readonly clause: MinimumPaymentClause;
  readonly fiscalYear: number;
  /** The year's receipts per counted kind, frozen at the close. */
  readonly components: readonly (readonly [string, Decimal])[];
  readonly basket: Decimal;
  readonly share: TermShare;
  /** The minimum for the year, prorated by the days within the term and rounded. */
  readonly minimum: Decimal;
  /** The year's sales of the priced commodity valued as sold and at the floor price (with `unlessPriceBelow`). */
  readonly sales: { readonly value: Decimal; readonly atPrice: Decimal } | undefined;
  /** Whether the minimum lapsed for the year (price below the floor). */
  readonly lapsed: boolean;
  readonly amount: Decimal;
}

const add = (t: Map<string, Decimal>, k: string, a: Decimal) => t.set(k, (t.get(k) ?? ZERO).plus(a));

/**
 * Adds a period's lines to each minimum-payment clause's year totals: a line of a counted kind paid
 * to one of the clause's state parties (default its payee) by anyone else adds to that kind; with
 * `unlessPriceBelow`, the period's sales of the commodity add their gross revenue and their value
 * at the floor price. Totals are kept under the clause id beside the benefit-sharing totals.
 *
 * @example
 * ```ts
 * addToMinimumBasket(ctx, ledger.lines, revenueOf, year.benefits);
 * ```
 */
export function addToMinimumBasket(ctx: PayoutContext, lines: readonly { readonly kind: string; readonly from: string; readonly to: string; readonly amount: { readonly amount: Decimal } }[], revenueOf: ReadonlyMap<string, CommodityRevenue>, totals: BenefitTotals): void {
  for (const c of ctx.contract.revenue.minimumPayments) {
    let t = totals.get(c.id);
    if (t === undefined) totals.set(c.id, (t = new Map()));
    const state = new Set(c.state ?? [c.payee]);
    const counts = new Set<string>(c.counts);
    for (const l of lines) if (state.has(l.to) && !state.has(l.from) && counts.has(l.kind)) add(t, l.kind, l.amount.amount);
    const floor = c.unlessPriceBelow;
    const r = floor && revenueOf.get(floor.commodity);
    if (floor !== undefined && r !== undefined && r.sales.length > 0) {
      const s = salesAtPrice(r, floor.price);
      add(t, SALES_VALUE, s.value);
      add(t, VALUE_AT_FLOOR_PRICE, s.atPrice);
    }
  }
}

/**
 * The top-up of a fiscal year under a minimum-payment clause: with B the year's basket (the counted
 * kinds received by the state parties) and M the minimum, prorated by days when the fiscal year is
 * only partly within the term,
 *
 *     M = round(amount × days of the year within the term ÷ days of the year)
 *     top-up = max(0, M − B)
 *
 * and zero when the clause's `unlessPriceBelow` applies: the year's average realised price of the
 * commodity (its gross revenue ÷ quantity sold, in the floor's unit) is below the floor, i.e. the
 * year's sales are worth less than the same quantities at the floor price (compared exactly).
 *
 * @example
 * ```ts
 * minimumTopUp(ctx, clause, basket, { days: 366, of: 366 }); // 375000000 − basket when positive
 * ```
 */
export function minimumTopUp(ctx: PayoutContext, clause: MinimumPaymentClause, basket: Decimal, share: TermShare): { readonly minimum: Decimal; readonly amount: Decimal } {
  const a = clause.amount.amount;
  const minimum = share.days === share.of ? payable(ctx, a) : divideAndRound(a.times(share.days), new Decimal(share.of), ctx.places, ctx.mode);
  return { minimum, amount: minimum.gt(basket) ? minimum.minus(basket) : ZERO };
}

/** Explains a top-up: the basket per kind, the minimum and, with a price floor, the year's average realised price. */
export function minimumTopUpTrace(t: TopUp): Trace {
  const { ctx, clause } = t;
  const money = (d: Decimal) => moneyText(ctx, d);
  const at = { clause: clause.id, ref: clause.ref };
  const state = (clause.state ?? [clause.payee]).join(', ');
  const inputs: Trace[] = [
    traceNode(`minimum for FY${t.fiscalYear}`, money(t.minimum), { ...at, formula: t.share.days === t.share.of ? `amount ${money(clause.amount.amount)}` : `round(${money(clause.amount.amount)} × ${t.share.days} days within the term ÷ ${t.share.of})` }),
    traceNode(`counted receipts in FY${t.fiscalYear}`, money(t.basket), {
      ...at,
      formula: `sum of ${clause.counts.join(', ')} received by ${state}`,
      inputs: t.components.map(([k, v]) => traceNode(`${k} received in FY${t.fiscalYear}`, money(v), at)),
    }),
  ];
  const floor = clause.unlessPriceBelow;
  if (floor !== undefined && t.sales !== undefined) {
    const avg = averagePriceText(t.sales, floor.price) ?? 'none (nothing sold)';
    inputs.push(
      traceNode(`average realised price of ${floor.commodity} in FY${t.fiscalYear}`, avg, {
        ...at,
        formula: `gross revenue ÷ quantity sold; the minimum lapses below ${unitPriceToString(floor.price)}`,
        inputs: [traceNode(`gross revenue of ${floor.commodity}`, money(t.sales.value)), traceNode(`the same quantities at ${unitPriceToString(floor.price)}`, money(payable(ctx, t.sales.atPrice)), { formula: 'Σ quantity × price, exact; shown rounded' })],
      }),
    );
  }
  return traceNode(`minimum payment top-up for FY${t.fiscalYear}`, money(t.amount), {
    ...at,
    formula: t.lapsed ? `0: the average realised price of ${floor!.commodity} is below ${unitPriceToString(floor!.price)}, so the minimum lapses` : `max(0, minimum − counted receipts); rounded ${ctx.mode} to the minor unit`,
    inputs,
  });
}

/**
 * The minimum-payment step: adds the period's lines (so far) to each clause's year totals and, in
 * the period that closes the fiscal year, adds each clause's `true-up` line (kept even at zero: the
 * yearly assessment is shown) from its payer (default the project company) to its payee. The
 * engine calls it once a period: in the closing period before the distributions, so a top-up paid
 * by the company comes out of the cash distributed; otherwise after the waterfall. Years that start
 * before the clause's `from` date (default the effective date) have no minimum. A year whose price
 * the floor needs but with no sales of the commodity gets no line and a note: the price is unknown.
 *
 * @example
 * ```ts
 * minimumPaymentStep(ctx, ledger, revenueOf, year.benefits, 2026, true, { days: 365, of: 365 }, notes);
 * ```
 */
export function minimumPaymentStep(ctx: PayoutContext, ledger: PeriodLedger, revenueOf: ReadonlyMap<string, CommodityRevenue>, totals: BenefitTotals, fy: number, closes: boolean, share: TermShare, notes: string[]): void {
  const clauses = ctx.contract.revenue.minimumPayments;
  if (clauses.length === 0) return;
  addToMinimumBasket(ctx, ledger.lines, revenueOf, totals);
  if (!closes) return;
  const start = fiscalYear(fy, ctx.startMonth).start;
  for (const clause of clauses) {
    if (start < (clause.from ?? ctx.contract.effective)) continue;
    const t = totals.get(clause.id) ?? new Map<string, Decimal>();
    const components = [...t].filter(([k]) => k !== SALES_VALUE && k !== VALUE_AT_FLOOR_PRICE);
    const basket = components.reduce((a, [, v]) => a.plus(v), ZERO);
    const floor = clause.unlessPriceBelow;
    const sales = floor === undefined ? undefined : { value: t.get(SALES_VALUE) ?? ZERO, atPrice: t.get(VALUE_AT_FLOOR_PRICE) ?? ZERO };
    if (floor !== undefined && sales!.atPrice.isZero()) {
      notes.push(`Warning: minimum payment "${clause.id}"${clause.ref ? ` (${clause.ref})` : ''} for FY${fy} is not assessed: no ${floor.commodity} was sold in the year, so whether its price was below ${unitPriceToString(floor.price)} is unknown.`);
      continue;
    }
    const lapsed = sales !== undefined && sales.value.lt(sales.atPrice);
    const topUp = minimumTopUp(ctx, clause, basket, share);
    const amount = lapsed ? ZERO : topUp.amount;
    const data: TopUp = { ctx, clause, fiscalYear: fy, components: Object.freeze(components.map(([k, v]) => Object.freeze([k, v] as const))), basket, share, minimum: topUp.minimum, sales, lapsed, amount };
    ledger.add({ id: clause.id, kind: 'true-up', clause: clause.id, ref: clause.ref, from: clause.payer ?? PROJECT_COMPANY, to: clause.payee, amount, baseLabel: `counted receipts in FY${fy}`, baseAmount: basket, explain: minimumTopUpTrace, data, keepZero: true });
  }
}
