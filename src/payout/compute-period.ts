import { FairlodeError } from '../diagnostics/diagnostic.js';
import { isLoadedActuals, type Actuals, type Contract } from '../contract/index.js';
import { Decimal } from '../money/decimal.js';
import type { ExchangeRate } from '../money/fx.js';
import { makeMoney } from '../money/money.js';
import { addDays, daysBetween, fiscalYear, fiscalYearOf, maxDate, minDate, nextPeriod, type Period } from '../time/index.js';
import { benefitSharingStep, type BenefitTotals } from './benefit-sharing.js';
import { bonusEventsAfter, bonusLineId, bonusLineKind, bonusPaymentsDue, bonusPaymentTrace } from './bonus-payments.js';
import { accrueCarryInterest, writeOffCarry, type CarryEntry } from './carried-interest.js';
import { communityFundContribution, fundAccrualTrace, fundTopUpTrace, type FundBase, type TermShare } from './community-fund.js';
import { checkConservation } from './conservation.js';
import { distributeCash } from './distributions.js';
import { contextWithShares, contractShares, exerciseOptions } from './equity-option.js';
import { exportDutyDue, exportDutyTrace, exportDutyWarning, levyInForce, type RawExportClause } from './export-duty.js';
import { governmentShareLines } from './government-shares.js';
import { grossRevenueByCommodity, grossRevenueTrace, type CommodityRevenue } from './gross-revenue.js';
import { incomeTaxAssessment, incomeTaxTrace, yearCashFlow, type YearTotals } from './income-tax.js';
import { minimumPaymentStep } from './minimum-payment.js';
import { netSmelterReturn, type NetSmelterReturn } from './net-smelter-return.js';
import { feeDue, feeTrace, feeWarning, type PeriodicFeeClause } from './periodic-fee.js';
import { moneyText, payable, payoutContext, type PayoutContext } from './payout-context.js';
import { actualsArgument, contractArgument, objectWithListsArgument } from './payout-arguments.js';
import type { PayoutLine } from './payout-line.js';
import { BUYERS, PROJECT_COMPANY, SUPPLIERS } from './payout-parties.js';
import type { PayoutState } from './payout-state.js';
import { PayoutStatementRecord, type PayoutStatement } from './payout-statement.js';
import { PeriodLedger, type PeriodRecord } from './period-ledger.js';
import { commodityNsr, commodityRevenue, periodRevenue } from './period-facts.js';
import { priceParticipationDue, priceParticipationTrace } from './price-participation.js';
import { payRelatedParties } from './related-party-payments.js';
import { payShareholderLoans } from './shareholder-loans.js';
import { cashCallsPaid, diluteShares, dilutionClause } from './dilution.js';
import { nextRFactor } from './profit-linked-rate.js';
import { royaltyBand, royaltyDue, royaltyFacts, royaltyTrace, type RoyaltyFacts } from './royalty.js';
import { traceNode, type Trace } from './trace.js';

/**
 * One step of the payout fold: the period's statement and the state to hand to the next period.
 *
 * @example
 * ```ts
 * const { statement, state } = computePeriod(contract, actuals, initialPayoutState(contract));
 * ```
 */
export interface PeriodPayout {
  /** The statement for the period. */
  readonly statement: PayoutStatement;
  /** The state after the period. */
  readonly state: PayoutState;
}

const ZERO = new Decimal(0);

function refuse(code: string, message: string, hint?: string): never {
  throw new FairlodeError(hint === undefined ? { code, message } : { code, message, hint });
}

/**
 * Computes one period of a contract's payouts: one step of the fold. In the order of the
 * contract's waterfall (by default royalties, community funds, price participation, income tax,
 * distributions), after the period's revenue, sale deductions, costs and any bonus falling due:
 *
 * 1. gross revenue per commodity (quantity × price, exact unit conversion);
 * 2. net smelter return where a royalty or fund is levied on it;
 * 3. royalties (ad valorem, specific, sliding whole-value or incremental; floors and caps), then the
 *    raw-export levy on the value of raw exports (`processing.rawExport`), with a warning in the
 *    notes for what the actuals leave unknown;
 * 4. community fund contributions, capped per fiscal year, topped up to the annual minimum in the
 *    period that closes the fiscal year;
 * 5. each government receipt split between levels of government;
 * 6. price participation above a threshold price;
 * 7. income tax for the fiscal year, assessed in the period that closes it (depreciation, loss
 *    carry-forward with expiry);
 * 8. distributions of the cash left (or cash calls for a shortfall), carried interests paid by
 *    their carriers and repaid from the carried holder's distributions.
 *
 * Every amount is rounded once to the minor unit with the contract's rounding mode, every split
 * uses the contract's allocation method, and the statement proves sources equal uses.
 *
 * Use {@link computePayouts} to run a whole series of periods with located diagnostics; this
 * function trusts its input and throws on what it cannot compute.
 *
 * @throws FairlodeError `argument/invalid` when an argument is not a contract, actuals or a
 * payout state (a contract or actuals as loaded from text are accepted too).
 * @throws FairlodeError when the period does not follow `state.lastPeriod`, straddles two fiscal
 * years, belongs to another contract, is priced in another currency, or lacks an exchange rate a
 * party's currency needs.
 * @example
 * ```ts
 * let state = initialPayoutState(contract);
 * const { statement, state: next } = computePeriod(contract, actuals, state);
 * console.log(explain(statement, 'copper-royalty'));
 * ```
 */
export function computePeriod(contract: Contract, actuals: Actuals, state: PayoutState): PeriodPayout {
  contract = contractArgument('computePeriod', contract);
  const given = actualsArgument('computePeriod', actuals);
  if (isLoadedActuals(given)) actuals = given.actuals;
  objectWithListsArgument('computePeriod', state, 'state', 'a payout state (from initialPayoutState or a previous step)', ['lossesCarriedForward', 'capitalVintages', 'carriedInterest']);
  return foldPeriod(contract, actuals, state);
}

/**
 * {@link computePeriod} on arguments already checked: the fold in `computePayouts` checks its
 * arguments once, not once a period. Internal: not re-exported.
 *
 * @throws FairlodeError as {@link computePeriod} does for the period itself.
 */
export function foldPeriod(contract: Contract, actuals: Actuals, state: PayoutState): PeriodPayout {
  const ctx = payoutContext(contract);
  const period = actuals.period;
  const cur = ctx.currency;
  if (actuals.contract !== contract.id) refuse('payout/wrong-contract', `These actuals are for contract "${actuals.contract}", not "${contract.id}".`);
  if (state.contract !== contract.id) refuse('payout/wrong-contract', `The payout state belongs to contract "${state.contract}", not "${contract.id}".`);
  if (state.lastPeriod !== undefined && !follows(state.lastPeriod, period)) {
    refuse('payout/not-next-period', `The period ${period.label} does not follow ${state.lastPeriod.label}, the last period computed.`, `compute ${nextPeriod(state.lastPeriod).label} next`);
  }
  const fy = fiscalYearOf(period.end, ctx.startMonth);
  if (fiscalYearOf(period.start, ctx.startMonth) !== fy) {
    refuse('payout/period-straddles-fiscal-year', `The period ${period.label} straddles two fiscal years (FY${fy - 1} and FY${fy}).`, 'report actuals by month, or by quarters that fit the fiscal year');
  }
  const { end: fyEnd, share } = fiscalYearFacts(ctx, fy);
  const closes = period.end === fyEnd || period.end >= contract.termEnd;
  if (state.yearToDate !== undefined && state.yearToDate.fiscalYear !== fy) {
    refuse('payout/fiscal-year-not-closed', `FY${state.yearToDate.fiscalYear} was never closed before ${period.label}.`, 'compute every period of a fiscal year, up to the one that ends it');
  }
  const year = openYear(state, fy);
  const notes: string[] = [];
  const ledger = new PeriodLedger(ctx, actuals, exchangeRates(ctx, actuals));
  const rec = ledger.record;

  // Revenue and the company's own costs: taken from the actuals, rounded once each.
  const revenue = grossRevenueByCommodity(actuals.sales, ctx.commodities, cur);
  // Looked up once per clause: a find per clause would cost clauses × commodities a period.
  const revenueOf = new Map(revenue.map((r) => [r.commodity, r]));
  const nsrs = new Map<string, NetSmelterReturn>();
  for (const r of revenue) {
    const line = ledger.add({ id: ctx.commodityTexts.get(r.commodity)!.revenueId, kind: 'revenue', from: BUYERS, to: PROJECT_COMPANY, amount: payable(ctx, r.gross), explain: revenueTrace, data: { rec, commodity: r.commodity } });
    if (line) year.revenue = year.revenue.plus(line.amount.amount);
  }
  for (const r of revenue) {
    if (r.sales.length === 0) continue;
    const nsr = netSmelterReturn(r, contract.revenue.netSmelterReturn, cur);
    nsrs.set(r.commodity, nsr);
    const amount = payable(ctx, nsr.reported);
    ledger.add({
      id: ctx.commodityTexts.get(r.commodity)!.deductionsId,
      kind: 'sale-deduction',
      from: PROJECT_COMPANY,
      to: SUPPLIERS,
      amount,
      explain: deductionsTrace,
      data: { rec, commodity: r.commodity, amount },
    });
    year.saleDeductions = year.saleDeductions.plus(amount);
  }
  for (const kind of ['operating', 'capital'] as const) {
    const cost = actuals.costs[kind];
    if (cost === undefined) continue;
    if (cost.currency !== cur) refuse('payout/currency-mismatch', `The ${kind} costs of ${period.label} are in ${cost.currency}, but the contract's payments are computed in ${cur}.`, `state them in ${cur}`);
    const amount = payable(ctx, cost.amount);
    ledger.add({ id: kind === 'operating' ? 'costs/operating' : 'costs/capital', kind: kind === 'operating' ? 'operating-cost' : 'capital-cost', from: PROJECT_COMPANY, to: SUPPLIERS, amount, explain: costTrace, data: { ctx, kind, period, amount } });
    if (kind === 'operating') year.operatingCosts = year.operatingCosts.plus(amount);
    else year.capitalCosts = year.capitalCosts.plus(amount);
  }
  // Interest and management or service fees paid to related parties, less any tax withheld.
  payRelatedParties(ledger, actuals.payments, notes);
  // Shareholder loans: interest to each lender in its share, drawdowns and repayments of principal.
  const loans = payShareholderLoans(ledger, state.shareholderLoans, state.lastPeriod === undefined, notes);
  year.deductibleInterest = year.deductibleInterest.plus(loans.deductibleInterest);
  // Bonuses and settlements: each payment (or instalment) due in the period, paid by the company or
  // by the party the clause names (then outside the company's cash).
  const bonusEvents = bonusEventsAfter(ctx, state.bonusEvents, actuals);
  for (const b of contract.revenue.bonuses) {
    const instalmentCurrency = b.instalments?.amount.currency ?? cur;
    if (b.amount.currency !== cur || instalmentCurrency !== cur) refuse('payout/currency-mismatch', `The bonus "${b.id}" is in ${b.amount.currency !== cur ? b.amount.currency : instalmentCurrency}, but the contract's payments are computed in ${cur}.`);
    for (const p of bonusPaymentsDue(ctx, b, period, bonusEvents)) {
      const line = ledger.add({ id: bonusLineId(p), kind: bonusLineKind(b), clause: b.id, ref: b.ref, from: b.payer ?? PROJECT_COMPANY, to: b.payee, amount: payable(ctx, p.amount), explain: bonusPaymentTrace, data: p });
      if (line) governmentShareLines(ctx, ledger, line);
    }
  }
  // Periodic fees: fixed or indexed amounts for the period, paid like bonuses, before the waterfall.
  for (const f of contract.revenue.fees) {
    if (f.amount.currency !== cur) refuse('payout/currency-mismatch', `The fee "${f.id}" is in ${f.amount.currency}, but the contract's payments are computed in ${cur}.`);
    const due = feeDue(ctx, f, actuals.indices, period, f.onlyIfPriceAbove && revenueOf.get(f.onlyIfPriceAbove.commodity));
    const warning = due && feeWarning(due);
    if (warning !== undefined) notes.push(warning);
    if (due === undefined || due.problem !== undefined) continue;
    const line = ledger.add({ id: f.id, kind: 'fee', clause: f.id, ref: f.ref, from: f.payer ?? PROJECT_COMPANY, to: f.payee, amount: due.amount, explain: feeLineTrace, data: { rec, clause: f } });
    if (line) governmentShareLines(ctx, ledger, line);
  }

  // Equity options exercised in the period: the shares in force for its distributions and cash calls.
  const register = exerciseOptions(ctx, ledger, actuals, state.equityShares !== undefined ? { shares: state.equityShares.map((e) => e.share), exercised: state.optionsExercised ?? [] } : contractShares(contract), notes);
  const holders = contextWithShares(ctx, register);

  // The waterfall.
  const royalties = new Map<string, Decimal>();
  const rawExport = contract.processing?.rawExport;
  let bases: PeriodBases | undefined;
  let paidInEarlierSteps = ZERO;
  let losses = state.lossesCarriedForward.map((l) => ({ fiscalYear: l.fiscalYear, amount: l.amount.amount }));
  let vintages = state.capitalVintages.map((v) => ({ fiscalYear: v.fiscalYear, cost: v.cost.amount, writtenOff: v.writtenOff.amount, yearsWrittenOff: v.yearsWrittenOff }));
  let pool = state.depreciationPool.amount;
  let carry: CarryEntry[] = state.carriedInterest.map((c) => ({ holder: c.holder, carrier: c.carrier, balance: c.balance.amount }));
  let reserve = state.reserve.amount;
  // The start of commercial production, once recorded (an event on the income tax clause), and
  // investment tax credits not yet used.
  const taxId = contract.revenue.incomeTax?.id;
  const commercialProduction = state.commercialProduction ?? (taxId === undefined ? undefined : actuals.events.find((e) => e.clause === taxId && e.kind === 'commercial-production')?.date);
  let credits = state.taxCreditsCarriedForward?.amount ?? ZERO;
  let cumulativeCashFlow = state.cumulativeCashFlow?.amount;
  let interestAdded: { holder: string; carrier: string; amount: Decimal }[] = [];
  let writtenOff: { holder: string; carrier: string; amount: Decimal }[] = [];
  let carryIndexValues = state.carryIndexValues ?? [];
  let contributions: ReadonlyMap<string, Decimal> | undefined;
  let diluted: readonly Decimal[] | undefined;

  for (const step of ctx.waterfall) {
    const stepLines: PayoutLine[] = [];
    const stepStart = ledger.lines.length;
    switch (step) {
      case 'royalties':
        for (const clause of contract.revenue.royalties) {
          const r = revenueOf.get(clause.commodity)!;
          if (r.sales.length === 0 && clause.minimumPerPeriod === undefined) continue;
          const facts = royaltyFacts(ctx, clause, ledger.lines, actuals, state.rFactor);
          const due = royaltyDue(ctx, clause, r, nsrOrGross(ctx, r, nsrs), period, contract.revenue.netSmelterReturn, facts);
          royalties.set(clause.id, due.amount);
          year.royalties = year.royalties.plus(due.amount);
          receive(ctx, ledger, stepLines, ledger.add({ id: clause.id, kind: 'royalty', clause: clause.id, ref: clause.ref, from: PROJECT_COMPANY, to: clause.payee, amount: due.amount, baseLabel: due.base.label, baseAmount: due.base.amount, baseQuantity: due.base.quantity, rate: due.rate, explain: royaltyLineTrace, describeBand: royaltyLineBand, data: { rec, clause, facts } }));
        }
        // The raw-export levy is a duty on the value of sales, paid like a royalty: in this step,
        // and deducted from taxable income like one.
        if (rawExport !== undefined) {
          const due = exportDutyDue(ctx, rawExport, revenue, period);
          const warning = due && exportDutyWarning(due);
          if (warning !== undefined) notes.push(warning);
          if (due !== undefined && rawExport.payee !== undefined) {
            year.exportDuties = year.exportDuties.plus(due.amount);
            receive(ctx, ledger, stepLines, ledger.add({ id: rawExport.id, kind: 'export-duty', clause: rawExport.id, ref: rawExport.ref, from: PROJECT_COMPANY, to: rawExport.payee, amount: due.amount, baseLabel: 'value of raw exports', baseAmount: due.base, rate: due.rate, explain: exportDutyLineTrace, data: { rec, clause: rawExport } }));
          }
        }
        break;
      case 'community-funds':
        for (const fund of contract.revenue.communityFunds) {
          if (fund.modality !== 'shall') {
            notes.push(`${fund.id}${fund.ref ? ` (${fund.ref})` : ''} is discretionary ("${fund.modality}"), so no contribution is computed.`);
            continue;
          }
          bases ??= periodBases(revenue, nsrs, rec);
          const base = fundBase(rec, fund, bases, royalties, paidInEarlierSteps, stepStart);
          const before = year.funds.get(fund.id) ?? ZERO;
          const c = communityFundContribution(ctx, fund, base, before, { fiscalYear: fy, closes, share });
          year.funds.set(fund.id, c.paidToDate);
          year.communityFunds = year.communityFunds.plus(c.accrual).plus(c.topUp);
          receive(ctx, ledger, stepLines, ledger.add({ id: fund.id, kind: 'community-fund', clause: fund.id, ref: fund.ref, from: PROJECT_COMPANY, to: fund.payee, amount: c.accrual, baseLabel: base.label, baseAmount: base.amount, rate: fund.rate, explain: fundAccrualTrace, data: c }));
          receive(ctx, ledger, stepLines, ledger.add({ id: ctx.topUpIds.get(fund.id)!, kind: 'community-fund-top-up', clause: fund.id, ref: fund.ref, from: PROJECT_COMPANY, to: fund.payee, amount: c.topUp, explain: fundTopUpTrace, data: c }));
        }
        break;
      case 'price-participation':
        for (const clause of contract.revenue.priceParticipation) {
          const r = revenueOf.get(clause.commodity)!;
          if (r.sales.length === 0) continue;
          const due = priceParticipationDue(ctx, clause, r);
          year.priceParticipation = year.priceParticipation.plus(due.amount);
          receive(ctx, ledger, stepLines, ledger.add({ id: clause.id, kind: 'price-participation', clause: clause.id, ref: clause.ref, from: PROJECT_COMPANY, to: clause.payee, amount: due.amount, rate: clause.rate, baseLabel: ctx.commodityTexts.get(clause.commodity)!.aboveThresholdLabel, baseAmount: due.excessRevenue, explain: priceParticipationLineTrace, data: { rec, clause } }));
        }
        break;
      case 'income-tax': {
        const tax = contract.revenue.incomeTax;
        if (tax === undefined || !closes) break;
        const fyDays = fiscalYear(fy, ctx.startMonth);
        const payback = tax.holiday !== undefined && 'until' in tax.holiday;
        const a = incomeTaxAssessment(ctx, tax, year, losses, vintages, pool, { start: fyDays.start, end: fyDays.end, commercialProduction, credits, ...(payback ? { cumulativeCashFlow: cumulativeCashFlow ?? null } : {}) });
        if (payback) cumulativeCashFlow = (cumulativeCashFlow ?? ZERO).plus(yearCashFlow(year));
        notes.push(...a.notes);
        credits = a.credit?.carried ?? credits;
        losses = [...a.relief.carried];
        vintages = [...a.depreciation.vintages];
        pool = a.depreciation.pool;
        receive(ctx, ledger, stepLines, ledger.add({ id: tax.id, kind: 'income-tax', clause: tax.id, ref: tax.ref, from: PROJECT_COMPANY, to: tax.payee, amount: a.amount, rate: tax.rate, baseLabel: `taxable income for FY${fy}`, baseAmount: a.taxable, explain: incomeTaxTrace, data: a, keepZero: true }));
        break;
      }
      case 'distributions': {
        // A minimum payment's top-up is paid before what is left is distributed.
        if (closes) minimumPaymentStep(ctx, ledger, revenueOf, year.benefits, fy, true, share, notes);
        const written = writeOffCarry(holders, carry, period);
        writtenOff = written.writtenOff;
        notes.push(...written.notes);
        const accrued = accrueCarryInterest(holders, written.entries, period, actuals.indices, state.carryIndexValues ?? []);
        carry = accrued.entries;
        interestAdded = accrued.interest;
        carryIndexValues = accrued.indexValues;
        notes.push(...accrued.notes);
        const settled = distributeCash(holders, ledger, reserve, carry, notes, cashCallsPaid(actuals));
        reserve = settled.reserve;
        carry = settled.carry;
        const dilution = dilutionClause(contract);
        if (dilution !== undefined) ({ contributions, shares: diluted } = diluteShares(holders, dilution, state.contributions && new Map(state.contributions.map((c) => [c.holder, c.amount])), settled.calls, period, notes));
        break;
      }
    }
    for (const l of stepLines) paidInEarlierSteps = paidInEarlierSteps.plus(l.amount.amount);
  }
  if (!closes || !ctx.waterfall.includes('distributions')) minimumPaymentStep(ctx, ledger, revenueOf, year.benefits, fy, closes, share, notes);
  // Benefit sharing: the year's benefits so far and, at the close of the year, the true-up.
  benefitSharingStep(ctx, ledger, year.benefits, fy, closes);
  if (rawExport !== undefined && !ctx.waterfall.includes('royalties') && levyInForce(rawExport, period)) {
    notes.push(`Warning: raw-export levy "${rawExport.id}"${rawExport.ref ? ` (${rawExport.ref})` : ''} for ${period.label} is not computed: it is paid in the "royalties" step, which is not in the contract's waterfall.`);
  }
  if (contract.revenue.incomeTax !== undefined && !ctx.waterfall.includes('income-tax') && closes) {
    notes.push(`Income tax "${contract.revenue.incomeTax.id}" is not a step of the contract's waterfall, so it is not assessed.`);
  }

  const lines = Object.freeze(ledger.lines);
  const conservation = checkConservation(lines, cur);
  const carriedInterest = Object.freeze(carry.map((c) => Object.freeze({ holder: c.holder, carrier: c.carrier, balance: makeMoney(c.balance, cur) })));
  const lossMoney = Object.freeze(losses.map((l) => Object.freeze({ fiscalYear: l.fiscalYear, amount: makeMoney(l.amount, cur) })));
  const vintageMoney = Object.freeze(vintages.map((v) => Object.freeze({ fiscalYear: v.fiscalYear, cost: makeMoney(v.cost, cur), writtenOff: makeMoney(v.writtenOff, cur), yearsWrittenOff: v.yearsWrittenOff })));
  // Capital still to be written off: only meaningful when the contract taxes income.
  const undepreciated = contract.revenue.incomeTax === undefined ? ZERO : vintages.reduce((a, v) => a.plus(v.cost).minus(v.writtenOff), ZERO).plus(pool).plus(closes ? ZERO : year.capitalCosts);
  const statement: PayoutStatement = new PayoutStatementRecord({
    contract: contract.id,
    period,
    fiscalYear: fy,
    closesFiscalYear: closes,
    currency: cur,
    rounding: ctx.mode,
    allocation: Object.freeze({ method: ctx.method, tieBreak: 'declared-order' as const }),
    lines,
    conservation,
    balances: Object.freeze({
      reserve: makeMoney(reserve, cur),
      lossesCarriedForward: makeMoney(losses.reduce((a, l) => a.plus(l.amount), ZERO), cur),
      undepreciatedCapital: makeMoney(undepreciated, cur),
      carriedInterest,
      carryInterestAdded: Object.freeze(interestAdded.map((i) => Object.freeze({ holder: i.holder, carrier: i.carrier, balance: makeMoney(i.amount, cur) }))),
      carryWrittenOff: Object.freeze(writtenOff.map((i) => Object.freeze({ holder: i.holder, carrier: i.carrier, balance: makeMoney(i.amount, cur) }))),
    }),
    notes: Object.freeze(notes),
  }, { ids: ctx.partyIds, index: ctx.partyIndex, settlement: ctx.partyCurrency });
  const next: PayoutState = Object.freeze({
    contract: contract.id,
    lastPeriod: period,
    yearToDate: closes ? undefined : freezeYear(year, cur),
    lossesCarriedForward: lossMoney,
    capitalVintages: vintageMoney,
    depreciationPool: makeMoney(pool, cur),
    carriedInterest,
    ...(carryIndexValues.length === 0 ? {} : { carryIndexValues: Object.freeze(carryIndexValues) }),
    ...(commercialProduction === undefined ? {} : { commercialProduction }),
    ...(credits.isZero() ? {} : { taxCreditsCarriedForward: makeMoney(credits, cur) }),
    ...(cumulativeCashFlow === undefined ? {} : { cumulativeCashFlow: makeMoney(cumulativeCashFlow, cur) }),
    ...(register.exercised.length === 0 && diluted === undefined && state.equityShares === undefined ? {} : {
      equityShares: Object.freeze(holders.holdings.map((h, i) => Object.freeze({ holder: h.key, share: (diluted ?? register.shares)[i]! }))),
      ...(register.exercised.length === 0 ? {} : { optionsExercised: Object.freeze([...register.exercised]) }),
    }),
    ...(contributions === undefined ? {} : { contributions: Object.freeze([...contributions].map(([holder, amount]) => Object.freeze({ holder, amount }))) }),
    ...(loans.balances.length === 0 ? {} : { shareholderLoans: Object.freeze(loans.balances.map((b) => Object.freeze({ loan: b.loan, balance: makeMoney(b.balance, cur), ...(b.indexValue === undefined ? {} : { indexValue: b.indexValue }) }))) }),
    reserve: makeMoney(reserve, cur),
    ...(bonusEvents.length > 0 ? { bonusEvents } : {}),
    ...(state.rFactor === undefined ? {} : { rFactor: nextRFactor(ctx, state.rFactor, lines) }),
  });
  return Object.freeze({ statement, state: next });
}

interface MutableYear {
  fiscalYear: number;
  revenue: Decimal;
  saleDeductions: Decimal;
  royalties: Decimal;
  communityFunds: Decimal;
  priceParticipation: Decimal;
  exportDuties: Decimal;
  deductibleInterest: Decimal;
  operatingCosts: Decimal;
  capitalCosts: Decimal;
  funds: Map<string, Decimal>;
  benefits: BenefitTotals;
}

function openYear(state: PayoutState, fy: number): MutableYear & YearTotals {
  const y = state.yearToDate;
  if (y === undefined) {
    return { fiscalYear: fy, revenue: ZERO, saleDeductions: ZERO, royalties: ZERO, communityFunds: ZERO, priceParticipation: ZERO, exportDuties: ZERO, deductibleInterest: ZERO, operatingCosts: ZERO, capitalCosts: ZERO, funds: new Map(), benefits: new Map() };
  }
  return {
    fiscalYear: fy,
    revenue: y.revenue.amount,
    saleDeductions: y.saleDeductions.amount,
    royalties: y.royalties.amount,
    communityFunds: y.communityFunds.amount,
    priceParticipation: y.priceParticipation.amount,
    exportDuties: y.exportDuties?.amount ?? ZERO,
    deductibleInterest: y.deductibleInterest?.amount ?? ZERO,
    operatingCosts: y.operatingCosts.amount,
    capitalCosts: y.capitalCosts.amount,
    funds: new Map(y.funds.map((f) => [f.fund, f.amount.amount])),
    benefits: benefitTotalsOf(y.benefits),
  };
}

function freezeYear(y: MutableYear, cur: PayoutContext['currency']): NonNullable<PayoutState['yearToDate']> {
  const mm = makeMoney;
  return Object.freeze({
    fiscalYear: y.fiscalYear,
    revenue: mm(y.revenue, cur),
    saleDeductions: mm(y.saleDeductions, cur),
    royalties: mm(y.royalties, cur),
    communityFunds: mm(y.communityFunds, cur),
    priceParticipation: mm(y.priceParticipation, cur),
    exportDuties: mm(y.exportDuties, cur),
    ...(y.deductibleInterest.isZero() ? {} : { deductibleInterest: mm(y.deductibleInterest, cur) }),
    operatingCosts: mm(y.operatingCosts, cur),
    capitalCosts: mm(y.capitalCosts, cur),
    funds: Object.freeze([...y.funds].map(([fund, amount]) => Object.freeze({ fund, amount: mm(amount, cur) }))),
    ...(y.benefits.size > 0 ? { benefits: Object.freeze([...y.benefits].flatMap(([clause, t]) => [...t].map(([component, amount]) => Object.freeze({ clause, component, amount: mm(amount, cur) })))) } : {}),
  });
}

function benefitTotalsOf(list: NonNullable<PayoutState['yearToDate']>['benefits']): BenefitTotals {
  const totals: BenefitTotals = new Map();
  for (const b of list ?? []) {
    let t = totals.get(b.clause);
    if (t === undefined) totals.set(b.clause, (t = new Map()));
    t.set(b.component, b.amount.amount);
  }
  return totals;
}

/** Whether `next` is the period directly after `last`: the same kind, starting the day after it ends. */
export function follows(last: Period, next: Period): boolean {
  return last.kind === next.kind && next.start === addDays(last.end, 1);
}

const fiscalYears = new WeakMap<PayoutContext, Map<number, { end: string; share: TermShare }>>();

// A fiscal year's last day and the share of it within the term, worked out once per contract.
function fiscalYearFacts(ctx: PayoutContext, fy: number): { end: string; share: TermShare } {
  let years = fiscalYears.get(ctx);
  if (years === undefined) fiscalYears.set(ctx, (years = new Map()));
  let facts = years.get(fy);
  if (facts === undefined) {
    const p = fiscalYear(fy, ctx.startMonth);
    years.set(fy, (facts = { end: p.end, share: termShare(ctx.contract, p) }));
  }
  return facts;
}

// The share of a fiscal year within the contract's term, in days.
function termShare(contract: Contract, fy: Period): TermShare {
  const of = daysBetween(fy.start, fy.end) + 1;
  const start = maxDate(fy.start, contract.effective);
  const end = minDate(fy.end, contract.termEnd);
  return { days: end < start ? 0 : daysBetween(start, end) + 1, of };
}

// The exchange rates the period needs: one per currency a party is paid in, from the actuals' fx.
function exchangeRates(ctx: PayoutContext, actuals: Actuals): Map<string, ExchangeRate> {
  const rates = new Map<string, ExchangeRate>();
  if (ctx.partyCurrency.size === 0 || actuals.fx === undefined) return rates;
  for (const code of new Set(ctx.partyCurrency.values())) {
    const value = actuals.fx[code];
    if (value === undefined) continue;
    // The parties' currencies and the contract's were checked when the contract was loaded; the
    // rate must be positive, as for any exchange rate.
    if (!value.gt(0)) refuse('payout/invalid-fx-rate', `The ${code} rate of ${actuals.period.label} must be above zero.`);
    rates.set(code, Object.freeze({ quote: code, base: ctx.currency, rate: value }));
  }
  return rates;
}

// A commodity's NSR (computed when it had sales), or one equal to gross revenue when it had none.
function nsrOrGross(ctx: PayoutContext, r: CommodityRevenue, nsrs: ReadonlyMap<string, NetSmelterReturn>): NetSmelterReturn {
  return nsrs.get(r.commodity) ?? netSmelterReturn(r, ctx.contract.revenue.netSmelterReturn, ctx.currency);
}

// A receipt of a waterfall step: kept for the net-profit base of later steps, and split between
// levels of government when the contract says so.
function receive(ctx: PayoutContext, ledger: PeriodLedger, stepLines: PayoutLine[], line: PayoutLine | undefined): void {
  if (line === undefined) return;
  stepLines.push(line);
  governmentShareLines(ctx, ledger, line);
}

function revenueTrace(d: { rec: PeriodRecord; commodity: string }): Trace {
  return grossRevenueTrace(commodityRevenue(d.rec, d.commodity), d.rec.ctx.currency);
}

function deductionsTrace(d: { rec: PeriodRecord; commodity: string; amount: Decimal }): Trace {
  const nsr = commodityNsr(d.rec, commodityRevenue(d.rec, d.commodity));
  return traceNode(`deductions paid on sales of ${d.commodity}`, moneyText(d.rec.ctx, d.amount), { formula: 'sum of the deductions reported', inputs: nsr.deductions.map((x) => traceNode(`${x.kind} charges`, moneyText(d.rec.ctx, x.amount))) });
}

type RoyaltyLineData = { rec: PeriodRecord; clause: PayoutContext['contract']['revenue']['royalties'][number]; facts: RoyaltyFacts };

// A royalty as computed, rebuilt from the period's actuals (and the measure its rate read).
function royaltyAgain(d: RoyaltyLineData) {
  const revenue = commodityRevenue(d.rec, d.clause.commodity);
  return royaltyDue(d.rec.ctx, d.clause, revenue, commodityNsr(d.rec, revenue), d.rec.actuals.period, d.rec.ctx.contract.revenue.netSmelterReturn, d.facts);
}

function royaltyLineTrace(d: RoyaltyLineData): Trace {
  return royaltyTrace(royaltyAgain(d));
}

function royaltyLineBand(d: RoyaltyLineData): string | undefined {
  return royaltyBand(royaltyAgain(d));
}

function feeLineTrace(d: { rec: PeriodRecord; clause: PeriodicFeeClause }): Trace {
  const c = d.clause.onlyIfPriceAbove;
  return feeTrace(feeDue(d.rec.ctx, d.clause, d.rec.actuals.indices, d.rec.actuals.period, c && commodityRevenue(d.rec, c.commodity))!);
}

function exportDutyLineTrace(d: { rec: PeriodRecord; clause: RawExportClause }): Trace {
  return exportDutyTrace(exportDutyDue(d.rec.ctx, d.clause, periodRevenue(d.rec), d.rec.actuals.period)!);
}

function priceParticipationLineTrace(d: { rec: PeriodRecord; clause: PayoutContext['contract']['revenue']['priceParticipation'][number] }): Trace {
  return priceParticipationTrace(priceParticipationDue(d.rec.ctx, d.clause, commodityRevenue(d.rec, d.clause.commodity)));
}

function costTrace(d: { ctx: PayoutContext; kind: string; period: Period; amount: Decimal }): Trace {
  return traceNode(`${d.kind} costs reported for ${d.period.label}`, moneyText(d.ctx, d.amount));
}

// The period's totals a community fund can be levied on, added up once a period however many funds
// there are (each fund adding them up again cost funds × commodities).
interface PeriodBases {
  readonly gross: Decimal;
  readonly nsr: Decimal;
  /** Revenue less sale deductions and operating costs, before any waterfall step. */
  readonly ownProfit: Decimal;
}

function periodBases(revenue: readonly CommodityRevenue[], nsrs: ReadonlyMap<string, NetSmelterReturn>, rec: PeriodRecord): PeriodBases {
  let gross = ZERO;
  for (const r of revenue) gross = gross.plus(r.gross);
  let nsr = ZERO;
  for (const n of nsrs.values()) nsr = nsr.plus(n.value);
  // The lines of these kinds all come before the waterfall, so the sum holds for every step.
  let ownProfit = ZERO;
  for (const l of rec.lines) {
    if (l.kind === 'revenue') ownProfit = ownProfit.plus(l.amount.amount);
    else if (l.kind === 'sale-deduction' || l.kind === 'operating-cost') ownProfit = ownProfit.minus(l.amount.amount);
  }
  return { gross, nsr, ownProfit };
}

// The base a community fund's rate applies to in this period.
function fundBase(
  rec: PeriodRecord,
  fund: PayoutContext['contract']['revenue']['communityFunds'][number],
  bases: PeriodBases,
  royalties: ReadonlyMap<string, Decimal>,
  paidInEarlierSteps: Decimal,
  stepStart: number,
): FundBase {
  switch (fund.base) {
    case 'gross-revenue':
      return { kind: 'gross-revenue', label: 'gross revenue', amount: bases.gross, rec, stepStart };
    case 'net-smelter-return':
      return { kind: 'net-smelter-return', label: 'net smelter return', amount: bases.nsr, rec, stepStart };
    case 'royalty':
      return { kind: 'royalty', label: `royalty ${fund.of!}`, amount: royalties.get(fund.of!) ?? ZERO, rec, stepStart, of: fund.of! };
    case 'net-profit': {
      const before = bases.ownProfit.minus(paidInEarlierSteps);
      return { kind: 'net-profit', label: 'net profit', amount: before.gt(0) ? before : ZERO, rec, stepStart };
    }
  }
}
