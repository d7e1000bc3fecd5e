import { Decimal } from '../money/decimal.js';
import { formatRate } from '../money/rate.js';
import { depreciationForYear, depreciationTrace, type Depreciation, type Vintage } from './depreciation.js';
import { applyLossCarryForward, lossReliefTrace, type AvailableLoss, type LossRelief } from './loss-carry-forward.js';
import { exactProduct, moneyText, payable, type IncomeTaxClause, type PayoutContext } from './payout-context.js';
import { traceNode, type Trace } from './trace.js';

/** A fiscal year's running totals, exact (the engine's working form of {@link FiscalYearToDate}). */
export interface YearTotals {
  /** The fiscal year. */
  readonly fiscalYear: number;
  /** Sales revenue. */
  readonly revenue: Decimal;
  /** Sale deductions paid (treatment, refining, transport, ...). */
  readonly saleDeductions: Decimal;
  /** Royalties. */
  readonly royalties: Decimal;
  /** Community fund contributions. */
  readonly communityFunds: Decimal;
  /** Price participation. */
  readonly priceParticipation: Decimal;
  /** Export duties (the raw-export levy). */
  readonly exportDuties: Decimal;
  /** Operating costs. */
  readonly operatingCosts: Decimal;
  /** Capital expenditure. */
  readonly capitalCosts: Decimal;
  /** Contributions per community fund. */
  readonly funds: ReadonlyMap<string, Decimal>;
}

/** The income tax assessed for a fiscal year. */
export interface IncomeTaxAssessment {
  /** The tax, rounded once to the minor unit. */
  readonly amount: Decimal;
  /** Income before losses: revenue less the deductible costs and depreciation (may be negative). */
  readonly income: Decimal;
  /** Taxable income after losses brought forward (zero or more). */
  readonly taxable: Decimal;
  /** The year's depreciation. */
  readonly depreciation: Depreciation;
  /** The loss carry-forward applied. */
  readonly relief: LossRelief;
  readonly ctx: PayoutContext;
  readonly clause: IncomeTaxClause;
  readonly year: YearTotals;
}

/**
 * Income tax for one fiscal year, assessed in the period that closes it: `rate` × taxable income,
 * rounded once. Taxable income is the year's revenue less sale deductions, royalties, community
 * fund contributions, price participation, export duties, operating costs and the year's depreciation
 * ({@link depreciationForYear}), less losses brought forward ({@link applyLossCarryForward}).
 * Capital expenditure is not deducted when spent: it is depreciated.
 *
 * @example
 * ```ts
 * const a = incomeTaxAssessment(ctx, contract.revenue.incomeTax!, year, losses, vintages, pool);
 * a.amount; // 29% of taxable income, in whole cents
 * ```
 */
export function incomeTaxAssessment(
  ctx: PayoutContext,
  clause: IncomeTaxClause,
  year: YearTotals,
  losses: readonly AvailableLoss[],
  vintages: readonly Vintage[],
  pool: Decimal,
): IncomeTaxAssessment {
  const depreciation = depreciationForYear(ctx, clause.depreciation, vintages, pool, year.capitalCosts, year.fiscalYear);
  const income = year.revenue
    .minus(year.saleDeductions)
    .minus(year.royalties)
    .minus(year.communityFunds)
    .minus(year.priceParticipation)
    .minus(year.exportDuties)
    .minus(year.operatingCosts)
    .minus(depreciation.allowance);
  const relief = applyLossCarryForward(losses, income, year.fiscalYear, clause.lossCarryForward?.years);
  const amount = payable(ctx, exactProduct(clause.rate, relief.taxable));
  return { amount, income, taxable: relief.taxable, depreciation, relief, ctx, clause, year };
}

/** Explains an income tax assessment. */
export function incomeTaxTrace(a: IncomeTaxAssessment): Trace {
  const { ctx, clause, year } = a;
  const m = (d: Decimal) => moneyText(ctx, d);
  const fy = `FY${year.fiscalYear}`;
  return traceNode(`income tax for ${fy}`, m(a.amount), {
    clause: clause.id,
    ref: clause.ref,
    formula: `rate × taxable income; rounded ${ctx.mode}`,
    inputs: [
      traceNode('rate', formatRate(clause.rate), { clause: clause.id, ref: clause.ref }),
      traceNode(`taxable income for ${fy}`, m(a.taxable), {
        formula: 'income − losses brought forward, not below zero',
        inputs: [
          traceNode(`income for ${fy}`, m(a.income), {
            formula: `revenue − sale deductions − royalties − community funds − price participation${year.exportDuties.isZero() ? '' : ' − export duties'} − operating costs − depreciation`,
            inputs: [
              traceNode('revenue', m(year.revenue)),
              traceNode('sale deductions', m(year.saleDeductions)),
              traceNode('royalties', m(year.royalties)),
              traceNode('community fund contributions', m(year.communityFunds)),
              traceNode('price participation', m(year.priceParticipation)),
              ...(year.exportDuties.isZero() ? [] : [traceNode('export duties', m(year.exportDuties))]),
              traceNode('operating costs', m(year.operatingCosts)),
              depreciationTrace(ctx, a.depreciation),
            ],
          }),
          lossReliefTrace(ctx, a.relief),
        ],
      }),
    ],
  });
}
