import { FairlodeError } from '../diagnostics/diagnostic.js';
import { Decimal } from '../money/decimal.js';
import { divideAndRound, roundDecimal } from '../money/rounding.js';
import { addDays, addYears, daysBetween, maxDate, minDate, type IsoDate } from '../time/index.js';
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
  /** Interest on shareholder loans the contract makes deductible. */
  readonly deductibleInterest?: Decimal;
  /** Operating costs. */
  readonly operatingCosts: Decimal;
  /** Capital expenditure. */
  readonly capitalCosts: Decimal;
  /** Contributions per community fund. */
  readonly funds: ReadonlyMap<string, Decimal>;
}

/** What an assessment needs beyond the year's totals: the fiscal year's days, the start of commercial production, the credits brought forward. */
export interface TaxYearFacts {
  /** The fiscal year's first and last day. */
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The date of commercial production, once the actuals have recorded it. */
  readonly commercialProduction: IsoDate | undefined;
  /** Investment tax credits brought forward. */
  readonly credits: Decimal;
  /**
   * For a holiday `until: payback`: the project's cumulative cash flow before income tax over the
   * fiscal years before this one (see {@link yearCashFlow}); `null` when no year has closed yet.
   */
  readonly cumulativeCashFlow?: Decimal | null;
}

/**
 * A fiscal year's project cash flow before income tax, the measure of a holiday `until: payback`:
 * revenue less sale deductions, royalties, export duties, community fund contributions, price
 * participation, operating costs and capital expenditure (capital counted when spent, not
 * depreciated). The investment is recovered once the sum over the years computed is zero or more.
 *
 * @example
 * ```ts
 * yearCashFlow(year); // revenue 100 − costs 60 − capital 70 = −30
 * ```
 */
export function yearCashFlow(year: YearTotals): Decimal {
  return year.revenue.minus(year.saleDeductions).minus(year.royalties).minus(year.exportDuties).minus(year.communityFunds).minus(year.priceParticipation).minus(year.operatingCosts).minus(year.capitalCosts);
}

/** A tax holiday as it applies to one fiscal year. */
export interface HolidayShare {
  /** The holiday's first and last day; undefined while the event it starts at has not happened, and for a holiday until payback. */
  readonly from: IsoDate | undefined;
  readonly to: IsoDate | undefined;
  /** For a holiday until payback: the cumulative cash flow before income tax at the start of the year (`null`: no year closed yet). */
  readonly cumulativeCashFlow?: Decimal | null;
  /** Days of the fiscal year within the holiday, and all its days. */
  readonly days: number;
  readonly of: number;
}

/** The income tax assessed for a fiscal year. */
export interface IncomeTaxAssessment {
  /** The tax payable, rounded once to the minor unit, after the holiday and the investment credit. */
  readonly amount: Decimal;
  /** The tax on taxable income (rate × taxable, or the brackets), exact, before the holiday. */
  readonly gross: Decimal;
  /** The tax after the holiday, rounded once, before the investment credit. */
  readonly beforeCredit: Decimal;
  /** Income before losses: revenue less the deductible costs and depreciation (may be negative). */
  readonly income: Decimal;
  /** Taxable income after losses brought forward (zero or more). */
  readonly taxable: Decimal;
  /** The year's depreciation. */
  readonly depreciation: Depreciation;
  /** The loss carry-forward applied. */
  readonly relief: LossRelief;
  /** The holiday, when the clause has one. */
  readonly holiday: HolidayShare | undefined;
  /** Investment credit: brought forward, earned this year, used against the tax, carried on. */
  readonly credit: { readonly brought: Decimal; readonly earned: Decimal; readonly used: Decimal; readonly carried: Decimal } | undefined;
  /** Whether royalties (and the raw-export levy) were deducted. */
  readonly royaltiesDeducted: boolean;
  /** Remarks for the statement: what the contract leaves unsaid, a holiday not yet begun. */
  readonly notes: readonly string[];
  readonly ctx: PayoutContext;
  readonly clause: IncomeTaxClause;
  readonly year: YearTotals;
}

const ZERO = new Decimal(0);

/** The date a tax rule counts from: a stated date, or commercial production once recorded. */
export function taxStartDate(from: IsoDate | 'commercial-production' | undefined, commercialProduction: IsoDate | undefined): IsoDate | undefined {
  return from === 'commercial-production' ? commercialProduction : from;
}

/**
 * The tax on a year's taxable income at the clause's rate, or in its progressive brackets: each
 * bracket's rate on the slice of income within it. Exact (not rounded).
 *
 * @example
 * ```ts
 * // brackets 15% to 50,000, 25% to 75,000, 34% to 100,000, 39% above: 100,000 → 7,500 + 6,250 + 8,500
 * taxOnIncome(clause, d('100000')).toString(); // '22250'
 * ```
 */
export function taxOnIncome(clause: IncomeTaxClause, taxable: Decimal): Decimal {
  if (clause.brackets === undefined) return exactProduct(clause.rate!, taxable);
  let tax = ZERO;
  let lower = ZERO;
  for (const b of clause.brackets) {
    const upper = b.upTo?.amount;
    if (!taxable.gt(lower)) break;
    const slice = (upper === undefined ? taxable : Decimal.min(taxable, upper)).minus(lower);
    tax = tax.plus(exactProduct(b.rate, slice));
    if (upper === undefined) break;
    lower = upper;
  }
  return tax;
}

/**
 * Income tax for one fiscal year, assessed in the period that closes it. Taxable income is the
 * year's revenue less sale deductions, royalties (unless `royaltiesDeductible: false`), community
 * fund contributions, price participation, export duties, operating costs and the year's
 * depreciation ({@link depreciationForYear}, which may wait for commercial production), less losses
 * brought forward ({@link applyLossCarryForward}, capped at `lossCarryForward.cap` × income).
 * Capital expenditure is not deducted when spent: it is depreciated.
 *
 * The tax is `rate` × taxable income (or the brackets, {@link taxOnIncome}); a holiday exempts
 * the share of the year's days within it (tax × days outside ÷ days of the year), rounded once; a
 * holiday `until: payback` exempts the whole year unless the cumulative cash flow of the years
 * before it (`facts.cumulativeCashFlow`) is zero or more (the first year is exempt);
 * an investment credit (rate × the year's capital, rounded) and credits brought forward are set
 * against it, and what it does not absorb is carried forward.
 *
 * @example
 * ```ts
 * const a = incomeTaxAssessment(ctx, contract.revenue.incomeTax!, year, losses, vintages, pool, facts);
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
  facts: TaxYearFacts,
): IncomeTaxAssessment {
  const notes: string[] = [];
  const name = `Income tax "${clause.id}"${clause.ref ? ` (${clause.ref})` : ''} for FY${year.fiscalYear}`;
  const depStart = taxStartDate(clause.depreciation.from, facts.commercialProduction);
  const started = clause.depreciation.from === undefined || (depStart !== undefined && depStart <= facts.end);
  const depreciation = depreciationForYear(ctx, clause.depreciation, vintages, pool, year.capitalCosts, year.fiscalYear, started);
  const royaltiesDeducted = clause.royaltiesDeductible !== false;
  if (clause.royaltiesDeductible === undefined && !year.royalties.isZero()) {
    notes.push(`${name} deducts royalties of ${moneyText(ctx, year.royalties)}: the contract does not say whether royalties are deductible (state royaltiesDeductible).`);
  }
  const income = year.revenue
    .minus(year.saleDeductions)
    .minus(royaltiesDeducted ? year.royalties : ZERO)
    .minus(year.communityFunds)
    .minus(year.priceParticipation)
    .minus(year.exportDuties)
    .minus(year.deductibleInterest ?? ZERO)
    .minus(year.operatingCosts)
    .minus(depreciation.allowance);
  const cap = clause.lossCarryForward?.cap;
  const limit = cap === undefined ? undefined : income.gt(0) ? roundDecimal(exactProduct(cap, income), ctx.places, 'down') : ZERO;
  const relief = applyLossCarryForward(losses, income, year.fiscalYear, clause.lossCarryForward?.years, limit);
  for (const b of clause.brackets ?? []) {
    if (b.upTo !== undefined && b.upTo.currency !== ctx.currency) throw new FairlodeError({ code: 'payout/currency-mismatch', message: `A bracket of income tax "${clause.id}" is in ${b.upTo.currency}, but the contract's payments are computed in ${ctx.currency}.` });
  }
  const gross = taxOnIncome(clause, relief.taxable);
  let holiday: HolidayShare | undefined;
  let beforeCredit: Decimal;
  if (clause.holiday === undefined) beforeCredit = payable(ctx, gross);
  else if ('until' in clause.holiday) {
    // Until payback: the whole year is exempt unless the years before it recovered the investment.
    const of = daysBetween(facts.start, facts.end) + 1;
    const cumulative = facts.cumulativeCashFlow ?? null;
    const days = cumulative === null || (cumulative.isNegative() && !cumulative.isZero()) ? of : 0;
    holiday = { from: undefined, to: undefined, days, of, cumulativeCashFlow: cumulative };
    beforeCredit = days === 0 ? payable(ctx, gross) : ZERO;
  } else {
    const from = taxStartDate(clause.holiday.from, facts.commercialProduction);
    const to = from === undefined ? undefined : addDays(addYears(from, clause.holiday.years), -1);
    const of = daysBetween(facts.start, facts.end) + 1;
    const a = from === undefined ? facts.end : maxDate(from, facts.start);
    const b = to === undefined ? facts.start : minDate(to, facts.end);
    const days = from === undefined || a > b ? 0 : daysBetween(a, b) + 1;
    holiday = { from, to, days, of };
    if (from === undefined) notes.push(`${name}: no tax holiday${clause.holiday.ref ? ` (${clause.holiday.ref})` : ''} yet: it starts at commercial production, which the actuals have not recorded (events: [{ clause: ${clause.id}, kind: commercial-production, date }]).`);
    beforeCredit = days === 0 ? payable(ctx, gross) : divideAndRound(gross.times(of - days), new Decimal(of), ctx.places, ctx.mode);
  }
  let amount = beforeCredit;
  let credit: IncomeTaxAssessment['credit'];
  if (clause.investmentCredit !== undefined) {
    const earned = payable(ctx, exactProduct(clause.investmentCredit.rate, year.capitalCosts));
    const available = facts.credits.plus(earned);
    const used = Decimal.min(available, beforeCredit);
    amount = beforeCredit.minus(used);
    credit = { brought: facts.credits, earned, used, carried: available.minus(used) };
  } else if (facts.credits.gt(0)) credit = { brought: facts.credits, earned: ZERO, used: ZERO, carried: facts.credits };
  return { amount, gross, beforeCredit, income, taxable: relief.taxable, depreciation, relief, holiday, credit, royaltiesDeducted, notes, ctx, clause, year };
}

/** Explains an income tax assessment. */
export function incomeTaxTrace(a: IncomeTaxAssessment): Trace {
  const { ctx, clause, year } = a;
  const m = (d: Decimal) => moneyText(ctx, d);
  const fy = `FY${year.fiscalYear}`;
  const deducted = a.royaltiesDeducted;
  const rateNode = clause.brackets === undefined
    ? traceNode('rate', formatRate(clause.rate!), { clause: clause.id, ref: clause.ref })
    : traceNode('brackets', clause.brackets.map((b) => `${formatRate(b.rate)}${b.upTo ? ` to ${m(b.upTo.amount)}` : ' above'}`).join('; '), { clause: clause.id, ref: clause.ref, formula: 'each rate on the slice of taxable income within its bracket' });
  const taxableNode = traceNode(`taxable income for ${fy}`, m(a.taxable), {
    formula: 'income − losses brought forward, not below zero',
    inputs: [
      traceNode(`income for ${fy}`, m(a.income), {
        formula: `revenue − sale deductions${deducted ? ' − royalties' : ''} − community funds − price participation${year.exportDuties.isZero() ? '' : ' − export duties'}${(year.deductibleInterest ?? ZERO).isZero() ? '' : ' − deductible shareholder-loan interest'} − operating costs − depreciation${deducted ? '' : ' (royalties are not deductible)'}`,
        inputs: [
          traceNode('revenue', m(year.revenue)),
          traceNode('sale deductions', m(year.saleDeductions)),
          ...(deducted ? [traceNode('royalties', m(year.royalties))] : []),
          traceNode('community fund contributions', m(year.communityFunds)),
          traceNode('price participation', m(year.priceParticipation)),
          ...(year.exportDuties.isZero() ? [] : [traceNode('export duties', m(year.exportDuties))]),
          ...((year.deductibleInterest ?? ZERO).isZero() ? [] : [traceNode('deductible shareholder-loan interest', m(year.deductibleInterest!))]),
          traceNode('operating costs', m(year.operatingCosts)),
          depreciationTrace(ctx, a.depreciation),
        ],
      }),
      lossReliefTrace(ctx, a.relief),
    ],
  });
  const plain = a.holiday === undefined && a.credit === undefined;
  if (plain) {
    return traceNode(`income tax for ${fy}`, m(a.amount), { clause: clause.id, ref: clause.ref, formula: `${clause.brackets === undefined ? 'rate × taxable income' : 'the brackets on taxable income'}; rounded ${ctx.mode}`, inputs: [rateNode, taxableNode] });
  }
  const inputs: Trace[] = [traceNode(`tax on taxable income for ${fy}`, m(a.gross), { formula: clause.brackets === undefined ? 'rate × taxable income' : 'the brackets on taxable income', inputs: [rateNode, taxableNode] })];
  if (a.holiday !== undefined) {
    const h = a.holiday;
    inputs.push(traceNode('days of the year in the tax holiday', `${h.days} of ${h.of}`, {
      ref: clause.holiday!.ref ?? clause.ref,
      formula: h.cumulativeCashFlow === null ? 'holiday until payback: no year closed yet, investment not yet recovered' : h.cumulativeCashFlow !== undefined ? `holiday until payback: cumulative cash flow before income tax of the years before ${fy} ${m(h.cumulativeCashFlow)}, ${h.days > 0 ? 'negative: investment not yet recovered' : 'zero or more: investment recovered'}` : h.from === undefined ? 'the holiday starts at commercial production, not recorded yet' : `holiday of ${'years' in clause.holiday! ? clause.holiday.years : ''} years: ${h.from} to ${h.to!}`,
    }));
    inputs.push(traceNode('tax after the holiday', m(a.beforeCredit), { formula: `tax × days outside the holiday ÷ days of the year; rounded ${ctx.mode}` }));
  }
  if (a.credit !== undefined) {
    const c = a.credit;
    inputs.push(traceNode('investment credit set against the tax', m(c.used), {
      ref: clause.investmentCredit?.ref ?? clause.ref,
      formula: 'the smaller of the tax and the credits available (brought forward + earned)',
      inputs: [
        traceNode('credits brought forward', m(c.brought)),
        traceNode(`credit earned in ${fy}`, m(c.earned), { formula: clause.investmentCredit ? `${formatRate(clause.investmentCredit.rate)} × capital spent in the year (${m(year.capitalCosts)}); rounded ${ctx.mode}` : 'no credit is earned' }),
        traceNode('credits carried forward', m(c.carried)),
      ],
    }));
  }
  return traceNode(`income tax for ${fy}`, m(a.amount), { clause: clause.id, ref: clause.ref, formula: a.credit === undefined ? 'tax after the holiday' : 'tax − investment credit used', inputs });
}
