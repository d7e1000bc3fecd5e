import { FairlodeError } from '../diagnostics/diagnostic.js';
import type { Contract } from '../contract/index.js';
import type { CurrencyCode } from '../money/currency.js';
import { isRoundedToMinorUnit } from '../money/rounding.js';
import { money, moneyToString, zeroMoney, type Money } from '../money/money.js';
import { fiscalYear, fiscalYearOf, parseDate, parsePeriod, type IsoDate, type Period } from '../time/index.js';
import type { Decimal } from '../money/decimal.js';
import type { BonusEvent } from './bonus-payments.js';
import { payoutContext } from './payout-context.js';
import { contractArgument, objectWithListsArgument, optionsArgument } from './payout-arguments.js';
import { noRFactorYet, usesRFactor } from './profit-linked-rate.js';

/**
 * A tax loss of one fiscal year not yet used, carried forward to later years' taxable income.
 *
 * @example
 * ```ts
 * state.lossesCarriedForward; // [{ fiscalYear: 2027, amount: 200000.00 USD }]
 * ```
 */
export interface LossCarriedForward {
  /** The fiscal year in which the loss arose (FY named by the year it ends). */
  readonly fiscalYear: number;
  /** What is left of the loss to set against later profits. */
  readonly amount: Money;
}

/**
 * One fiscal year's capital expenditure, written off in equal parts (straight-line depreciation).
 *
 * @example
 * ```ts
 * state.capitalVintages; // [{ fiscalYear: 2027, cost: 67000000.00 USD, writtenOff: 13400000.00 USD, yearsWrittenOff: 1 }]
 * ```
 */
export interface CapitalVintage {
  /** The fiscal year the capital was spent in. */
  readonly fiscalYear: number;
  /** The capital spent that year. */
  readonly cost: Money;
  /** How much has been written off so far. */
  readonly writtenOff: Money;
  /** In how many fiscal years a part has been written off so far. */
  readonly yearsWrittenOff: number;
}

/**
 * What a carrier has paid for a carried party and not yet recovered, with interest.
 *
 * @example
 * ```ts
 * state.carriedInterest; // [{ holder: 'gob', carrier: 'investor', balance: 16689900.00 USD }]
 * ```
 */
export interface CarriedInterestBalance {
  /** The carried holder: a party id, or the party ids of an equal-parts holding joined with `+`. */
  readonly holder: string;
  /** The party that paid the carried party's cash calls. */
  readonly carrier: string;
  /** The balance still to be recovered from the holder's distributions. */
  readonly balance: Money;
}

/**
 * The last value of a price index that an inflation-indexed carry (`interestIndex` basis
 * `inflation`) has seen: the next period's rise is measured from it.
 *
 * @example
 * ```ts
 * state.carryIndexValues; // [{ holder: 'state', value: 312.5 }]
 * ```
 */
export interface CarryIndexValue {
  /** The carried holder. */
  readonly holder: string;
  /** The index value of the last period whose actuals gave it. */
  readonly value: Decimal;
}

/**
 * A holding's share of the equity once an option has changed the contract's shares.
 *
 * @example
 * ```ts
 * state.equityShares; // [{ holder: 'investor', share: 0.7 }, { holder: 'state', share: 0.3 }]
 * ```
 */
export interface EquityShare {
  /** The holder: a party id, or the party ids of an equal-parts holding joined with `+`. */
  readonly holder: string;
  /** Its share of the equity, as a fraction. */
  readonly share: Decimal;
}

/**
 * A shareholder loan's principal outstanding after a period.
 *
 * @example
 * ```ts
 * state.shareholderLoans; // [{ loan: 'sponsor-loan', balance: 100000000.00 USD }]
 * ```
 */
export interface ShareholderLoanBalance {
  /** The loan clause id (`relatedParties.shareholderLoans[i].id`). */
  readonly loan: string;
  /** The principal outstanding. */
  readonly balance: Money;
  /** For interest that follows an inflation index: the index value to measure the next rise from. */
  readonly indexValue?: Decimal;
}

/**
 * A holder's capital contributed so far (its cash calls paid, including what it paid for a holder
 * that defaulted), for a dilution clause that recomputes the shares from contributions.
 *
 * @example
 * ```ts
 * state.contributions; // [{ holder: 'investor', amount: 1000000 }, { holder: 'partner', amount: 100000 }]
 * ```
 */
export interface CapitalContribution {
  /** The holder: a party id, or the party ids of an equal-parts holding joined with `+`. */
  readonly holder: string;
  /** What it has contributed, as the dilution clause counts it (the penalty factor included), exact. */
  readonly amount: Decimal;
}

/**
 * One community fund's contributions so far in the open fiscal year.
 *
 * @example
 * ```ts
 * state.yearToDate?.funds; // [{ fund: 'cdf-contribution', amount: 1360300.00 USD }]
 * ```
 */
export interface FundContributionToDate {
  /** The fund clause id. */
  readonly fund: string;
  /** Contributions so far this fiscal year. */
  readonly amount: Money;
}

/**
 * The running totals of the open fiscal year, for the annual community fund floors and caps and the
 * income tax assessed in the period that closes the year.
 *
 * @example
 * ```ts
 * state.yearToDate?.royalties; // royalties so far in the open fiscal year
 * ```
 */
export interface FiscalYearToDate {
  /** The fiscal year (named by the year it ends). */
  readonly fiscalYear: number;
  /** Sales revenue so far. */
  readonly revenue: Money;
  /** Sale deductions (treatment, refining, transport, ...) so far. */
  readonly saleDeductions: Money;
  /** Royalties so far. */
  readonly royalties: Money;
  /** Community fund contributions so far (all funds). */
  readonly communityFunds: Money;
  /** Price participation so far. */
  readonly priceParticipation: Money;
  /** Export duties (the raw-export levy); absent in a state written before they were computed. */
  readonly exportDuties?: Money;
  /** Interest on shareholder loans the contract makes deductible; absent when there is none. */
  readonly deductibleInterest?: Money;
  /** Operating costs so far. */
  readonly operatingCosts: Money;
  /** Capital expenditure so far (depreciated when the year is assessed). */
  readonly capitalCosts: Money;
  /** Contributions so far per community fund. */
  readonly funds: readonly FundContributionToDate[];
  /** Per benefit-sharing or minimum-payment clause, the year's totals so far per component (absent without such clauses). */
  readonly benefits?: readonly BenefitToDate[];
}

/**
 * One component of a benefit-sharing clause's benefits so far in the open fiscal year: a kind of
 * payment received by the state, or `investor-distributions`; for a minimum-payment clause with a
 * price floor also `sales-value` and `value-at-floor-price` (the year's sales as sold and at the floor).
 *
 * @example
 * ```ts
 * state.yearToDate?.benefits; // [{ clause: 'benefit-sharing', component: 'royalty', amount: 1200000.00 USD }]
 * ```
 */
export interface BenefitToDate {
  /** The benefit-sharing clause id. */
  readonly clause: string;
  /** A payout line kind received by the state's parties, or `investor-distributions`. */
  readonly component: string;
  /** The amount so far this fiscal year. */
  readonly amount: Money;
}

/**
 * The cumulative receipts and costs an R-factor is read from, carried from period to period.
 *
 * @example
 * ```ts
 * state.rFactor; // { receipts: 412000000.00 USD, costs: 530000000.00 USD }: R = 0.7774
 * ```
 */
export interface RFactorTotals {
  /** Revenue less sale deductions, from the start of the deal. */
  readonly receipts: Money;
  /** Operating and capital costs, from the start of the deal. */
  readonly costs: Money;
}

/**
 * Everything one period of the payout fold hands to the next: immutable, explicit, serialisable.
 * Start a fold with {@link initialPayoutState}; each {@link computePeriod} returns the next state.
 *
 * @example
 * ```ts
 * let state = initialPayoutState(contract);
 * for (const actuals of quarters) ({ state } = computePeriod(contract, actuals, state));
 * state.lossesCarriedForward; // losses still available, oldest first
 * ```
 */
export interface PayoutState {
  /** The contract the state belongs to. */
  readonly contract: string;
  /** The last period computed; the next must follow it directly. */
  readonly lastPeriod: Period | undefined;
  /** Running totals of the open fiscal year; undefined between fiscal years. */
  readonly yearToDate: FiscalYearToDate | undefined;
  /** Tax losses available, oldest first. */
  readonly lossesCarriedForward: readonly LossCarriedForward[];
  /** Capital not yet written off, per fiscal year spent (straight-line depreciation). */
  readonly capitalVintages: readonly CapitalVintage[];
  /** The written-down value of the capital pool (declining-balance depreciation). */
  readonly depreciationPool: Money;
  /** Carry balances still to be recovered, per carried holder and carrier. */
  readonly carriedInterest: readonly CarriedInterestBalance[];
  /** The company's retained cash. */
  readonly reserve: Money;
  /** Events that bonus due dates count from, as first reported (absent when no bonus counts from one). */
  readonly bonusEvents?: readonly BonusEvent[];
  /** Cumulative receipts and costs, for a royalty that steps with the R-factor; absent otherwise. */
  readonly rFactor?: RFactorTotals;
  /** Inflation-indexed carries: the index value each last saw, to measure the next rise from. */
  readonly carryIndexValues?: readonly CarryIndexValue[];
  /** After an equity option was exercised: the share of each holding, in the contract's order. */
  readonly equityShares?: readonly EquityShare[];
  /** The ids of the equity options exercised so far. */
  readonly optionsExercised?: readonly string[];
  /** Shareholder loans: the principal outstanding of each; absent without shareholder loans. */
  readonly shareholderLoans?: readonly ShareholderLoanBalance[];
  /** With a dilution clause: each holder's capital contributed so far. */
  readonly contributions?: readonly CapitalContribution[];
  /** The date of commercial production, once an event on the income tax clause recorded it. */
  readonly commercialProduction?: IsoDate;
  /**
   * The project's cumulative cash flow before income tax over the fiscal years closed so far, kept
   * only for an income tax holiday `until: payback`; absent otherwise.
   */
  readonly cumulativeCashFlow?: Money;
  /** Investment tax credits not yet set against the tax. */
  readonly taxCreditsCarriedForward?: Money;
}

/**
 * Balances to start a fold with, for a contract whose earlier periods were computed elsewhere.
 *
 * @example
 * ```ts
 * const opening: OpeningBalances = { lastPeriod: '2027-Q4', lossesCarriedForward: [{ fiscalYear: 2027, amount: '1500000 USD' }] };
 * ```
 */
export interface OpeningBalances {
  /** The last period already accounted for; the fold must start with the period after it. */
  lastPeriod?: Period | string | undefined;
  /** Tax losses available. */
  lossesCarriedForward?: readonly { fiscalYear: number; amount: Money | string }[] | undefined;
  /** Capital still being written off straight-line. */
  capitalVintages?: readonly { fiscalYear: number; cost: Money | string; writtenOff?: Money | string; yearsWrittenOff?: number }[] | undefined;
  /** The written-down value of the declining-balance pool. */
  depreciationPool?: Money | string | undefined;
  /** Carry balances still to be recovered. */
  carriedInterest?: readonly { holder: string; carrier: string; balance: Money | string }[] | undefined;
  /** The company's retained cash. */
  reserve?: Money | string | undefined;
  /** Cumulative receipts and costs to the last period accounted for, for a royalty that steps with the R-factor. */
  rFactor?: { receipts: Money | string; costs: Money | string } | undefined;
  /** The date of commercial production, when it came before the fold starts (YYYY-MM-DD). */
  commercialProduction?: string | undefined;
  /** Investment tax credits not yet set against the tax. */
  taxCreditsCarriedForward?: Money | string | undefined;
  /**
   * The running totals of the fiscal year `lastPeriod` falls in, when it does not close that year:
   * without them that year's income tax and annual floors and caps would be assessed on part of it.
   */
  yearToDate?: OpeningYearToDate | undefined;
  /** The principal outstanding of each shareholder loan drawn before the fold starts. */
  shareholderLoans?: readonly { loan: string; balance: Money | string }[] | undefined;
}

/**
 * The running totals of an open fiscal year, as opening balances give them.
 *
 * @example
 * ```ts
 * const ytd: OpeningYearToDate = { fiscalYear: 2027, revenue: '90000000 USD', saleDeductions: '0 USD', royalties: '4500000 USD', communityFunds: '0 USD', priceParticipation: '0 USD', operatingCosts: '30000000 USD', capitalCosts: '0 USD' };
 * ```
 */
export interface OpeningYearToDate {
  /** The fiscal year (named by the year it ends): the one `lastPeriod` falls in. */
  fiscalYear: number;
  /** Sales revenue so far. */
  revenue: Money | string;
  /** Sale deductions so far. */
  saleDeductions: Money | string;
  /** Royalties so far. */
  royalties: Money | string;
  /** Community fund contributions so far (all funds). */
  communityFunds: Money | string;
  /** Price participation so far. */
  priceParticipation: Money | string;
  /** Export duties so far. */
  exportDuties?: Money | string | undefined;
  /** Operating costs so far. */
  operatingCosts: Money | string;
  /** Capital expenditure so far. */
  capitalCosts: Money | string;
  /** Contributions so far per community fund. */
  funds?: readonly { fund: string; amount: Money | string }[] | undefined;
}

function refuse(code: string, message: string, hint?: string): never {
  throw new FairlodeError(hint === undefined ? { code, message } : { code, message, hint });
}

function amountIn(value: Money | string, currency: CurrencyCode, what: string): Money {
  const m = typeof value === 'string' ? money(value) : value;
  if (m.currency !== currency) refuse('payout/opening-currency', `The opening ${what} ${moneyToString(m)} is not in the contract currency ${currency}.`);
  if (!isRoundedToMinorUnit(m)) refuse('payout/opening-not-in-minor-units', `The opening ${what} ${moneyToString(m)} is not a whole number of minor units.`);
  if (m.amount.isNegative() && !m.amount.isZero()) refuse('payout/opening-negative', `The opening ${what} ${moneyToString(m)} is negative.`);
  return m;
}

/**
 * The state a payout fold starts from: no losses, no capital, no carry, no reserve; or the opening
 * balances given (amounts as `Money` or text such as `"2500000 USD"`, in the contract currency).
 *
 * @throws FairlodeError `argument/invalid` when `contract` is not a contract or `opening` not
 * an object of balances.
 * @throws FairlodeError when an opening balance is in another currency, not in minor units,
 * negative, or names a holder that is not carried or a carrier that does not carry it.
 * @example
 * ```ts
 * const state = initialPayoutState(contract, {
 *   lastPeriod: '2027-Q4',
 *   carriedInterest: [{ holder: 'gob', carrier: 'investor', balance: '40000000 USD' }],
 * });
 * ```
 */
export function initialPayoutState(contract: Contract, opening: OpeningBalances = {}): PayoutState {
  contract = contractArgument('initialPayoutState', contract);
  optionsArgument('initialPayoutState', opening, 'opening');
  for (const key of ['lossesCarriedForward', 'capitalVintages', 'carriedInterest'] as const) {
    if (opening[key] !== undefined && !Array.isArray(opening[key])) objectWithListsArgument('initialPayoutState', opening, 'opening', 'opening balances', [key]);
  }
  const ctx = payoutContext(contract);
  const currency = ctx.currency;
  let lastPeriod: Period | undefined;
  if (typeof opening.lastPeriod === 'string') {
    const p = parsePeriod(opening.lastPeriod, { fiscalYearStartMonth: ctx.startMonth });
    if (!p.ok) throw new FairlodeError(p.problem);
    lastPeriod = p.value;
  } else lastPeriod = opening.lastPeriod;
  let commercialProduction: IsoDate | undefined;
  if (opening.commercialProduction !== undefined) {
    const d = parseDate(opening.commercialProduction);
    if (!d.ok) throw new FairlodeError(d.problem);
    commercialProduction = d.value;
  }
  const carried = (opening.carriedInterest ?? []).map((c) => {
    const holding = ctx.holdingByKey.get(c.holder);
    if (!holding?.carry) refuse('payout/opening-not-carried', `"${c.holder}" is not a carried holder of contract "${contract.id}".`, `carried holders: ${ctx.holdings.filter((h) => h.carry).map((h) => h.key).join(', ') || 'none'}`);
    if (!holding.carry.carriers.some((k) => k.party === c.carrier)) refuse('payout/opening-not-a-carrier', `"${c.carrier}" does not carry "${c.holder}".`);
    return Object.freeze({ holder: c.holder, carrier: c.carrier, balance: amountIn(c.balance, currency, 'carry balance') });
  });
  return Object.freeze({
    contract: contract.id,
    lastPeriod,
    yearToDate: openingYearToDate(ctx, contract.termEnd, opening.yearToDate, lastPeriod),
    lossesCarriedForward: Object.freeze((opening.lossesCarriedForward ?? []).map((l) => Object.freeze({ fiscalYear: l.fiscalYear, amount: amountIn(l.amount, currency, 'loss') }))),
    capitalVintages: Object.freeze((opening.capitalVintages ?? []).map((v) => Object.freeze({
      fiscalYear: v.fiscalYear,
      cost: amountIn(v.cost, currency, 'capital'),
      writtenOff: v.writtenOff === undefined ? zeroMoney(currency) : amountIn(v.writtenOff, currency, 'capital written off'),
      yearsWrittenOff: v.yearsWrittenOff ?? 0,
    }))),
    depreciationPool: opening.depreciationPool === undefined ? zeroMoney(currency) : amountIn(opening.depreciationPool, currency, 'depreciation pool'),
    carriedInterest: Object.freeze(carried),
    reserve: opening.reserve === undefined ? zeroMoney(currency) : amountIn(opening.reserve, currency, 'reserve'),
    ...openingRFactor(ctx, opening, lastPeriod),
    ...(commercialProduction === undefined ? {} : { commercialProduction }),
    ...(opening.taxCreditsCarriedForward === undefined ? {} : { taxCreditsCarriedForward: amountIn(opening.taxCreditsCarriedForward, currency, 'investment tax credits') }),
    ...openingLoans(contract, opening, currency),
  });
}

// The open fiscal year's totals to start from: only for the fiscal year of the last period, and only
// when that period does not close it.
function openingYearToDate(ctx: ReturnType<typeof payoutContext>, termEnd: IsoDate, y: OpeningYearToDate | undefined, lastPeriod: Period | undefined): FiscalYearToDate | undefined {
  if (y === undefined) return undefined;
  if (typeof y !== 'object' || y === null) refuse('argument/invalid', 'initialPayoutState: opening.yearToDate must be an object of totals.');
  if (lastPeriod === undefined) refuse('payout/opening-year-to-date', 'Year-to-date totals need the last period they run to (opening.lastPeriod).');
  const fy = fiscalYearOf(lastPeriod.end, ctx.startMonth);
  if (y.fiscalYear !== fy) refuse('payout/opening-year-to-date', `The year-to-date totals are for FY${y.fiscalYear}, but ${lastPeriod.label} falls in FY${fy}.`);
  if (lastPeriod.end >= fiscalYear(fy, ctx.startMonth).end || lastPeriod.end >= termEnd) refuse('payout/opening-year-to-date', `${lastPeriod.label} closes FY${fy}, so there are no year-to-date totals to carry.`);
  const cur = ctx.currency;
  const amount = (value: Money | string, what: string) => amountIn(value, cur, what);
  return Object.freeze({
    fiscalYear: fy,
    revenue: amount(y.revenue, 'revenue to date'),
    saleDeductions: amount(y.saleDeductions, 'sale deductions to date'),
    royalties: amount(y.royalties, 'royalties to date'),
    communityFunds: amount(y.communityFunds, 'community funds to date'),
    priceParticipation: amount(y.priceParticipation, 'price participation to date'),
    ...(y.exportDuties === undefined ? {} : { exportDuties: amount(y.exportDuties, 'export duties to date') }),
    operatingCosts: amount(y.operatingCosts, 'operating costs to date'),
    capitalCosts: amount(y.capitalCosts, 'capital costs to date'),
    funds: Object.freeze((y.funds ?? []).map((f) => Object.freeze({ fund: f.fund, amount: amount(f.amount, `contributions to "${f.fund}"`) }))),
  });
}

// The shareholder loan balances to start from, each naming a loan of the contract.
function openingLoans(contract: Contract, opening: OpeningBalances, currency: CurrencyCode): { shareholderLoans?: readonly ShareholderLoanBalance[] } {
  if (opening.shareholderLoans === undefined) return {};
  if (!Array.isArray(opening.shareholderLoans)) refuse('argument/invalid', 'initialPayoutState: opening.shareholderLoans must be an array of { loan, balance }.');
  const loans = contract.relatedParties?.shareholderLoans ?? [];
  return {
    shareholderLoans: Object.freeze(opening.shareholderLoans.map((l) => {
      if (!loans.some((x) => x.id === l.loan)) refuse('payout/opening-not-a-loan', `"${l.loan}" is not a shareholder loan of contract "${contract.id}".`, `loans: ${loans.map((x) => x.id).join(', ') || 'none'}`);
      return Object.freeze({ loan: l.loan, balance: amountIn(l.balance, currency, 'loan balance') });
    })),
  };
}

// The R-factor totals to start from: those given; zero at the start of the deal; none (so the first
// period refuses to guess) when the fold starts part-way without them.
function openingRFactor(ctx: ReturnType<typeof payoutContext>, opening: OpeningBalances, lastPeriod: Period | undefined): { rFactor?: RFactorTotals } {
  const given = opening.rFactor;
  if (given !== undefined) {
    if (typeof given !== 'object' || given === null || given.receipts === undefined || given.costs === undefined) refuse('argument/invalid', 'initialPayoutState: opening.rFactor must be an object { receipts, costs }.');
    return { rFactor: Object.freeze({ receipts: amountIn(given.receipts, ctx.currency, 'cumulative receipts'), costs: amountIn(given.costs, ctx.currency, 'cumulative costs') }) };
  }
  return usesRFactor(ctx) && lastPeriod === undefined ? { rFactor: noRFactorYet(ctx) } : {};
}
