import type { ExchangeRate } from '../money/fx.js';
import type { Money } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import type { Quantity } from '../quantity/index.js';
import type { Trace } from './trace.js';

/**
 * What a line of a payout statement records. Sources of the company's cash: `revenue`,
 * `cash-call`, `carried-cash-call`, `reserve-drawdown`. Uses: `sale-deduction`, `operating-cost`,
 * `capital-cost`, `related-party-payment` (interest, management and service fees paid to a party),
 * `bonus`, `settlement`, `fee`, `royalty`, `export-duty`, `community-fund`, `community-fund-top-up`,
 * `price-participation`, `income-tax`, `withholding-tax` (tax withheld from a payment to a
 * non-resident), `carry-repayment`, `distribution`, `retained-cash`. A bonus, settlement or fee paid
 * by a party other than the company, and a benefit-sharing `true-up` (paid by the party the clause
 * names), do not touch the company's cash; a minimum-payment `true-up` (the top-up to a minimum
 * annual payment) is paid by the company unless its clause names another payer.
 * A `government-share` moves part of a receipt from the government that received it to another
 * level of government and does not touch the company's cash; nor does an `equity-purchase`, the price
 * a holder pays other holders when it exercises an option to acquire more equity.
 * A `defaulted-cash-call` is the part of a cash call a holder left unpaid, paid by another holder
 * (a source of cash, like a `cash-call`). A shareholder loan gives `shareholder-loan-drawdown`
 * (a source: a lender lends), `shareholder-loan-interest` and `shareholder-loan-repayment` (uses:
 * interest and principal paid to a lender).
 *
 * @example
 * ```ts
 * PAYOUT_LINE_KINDS.includes('royalty'); // true
 * ```
 */
export const PAYOUT_LINE_KINDS = [
  'revenue',
  'sale-deduction',
  'operating-cost',
  'capital-cost',
  'related-party-payment',
  'bonus',
  'settlement',
  'fee',
  'royalty',
  'export-duty',
  'community-fund',
  'community-fund-top-up',
  'price-participation',
  'income-tax',
  'withholding-tax',
  'government-share',
  'reserve-drawdown',
  'cash-call',
  'carried-cash-call',
  'carry-repayment',
  'equity-purchase',
  'defaulted-cash-call',
  'shareholder-loan-drawdown',
  'shareholder-loan-interest',
  'shareholder-loan-repayment',
  'distribution',
  'retained-cash',
  'true-up',
] as const;

/**
 * One of {@link PAYOUT_LINE_KINDS}.
 *
 * @example
 * ```ts
 * const kind: PayoutLineKind = 'carry-repayment';
 * ```
 */
export type PayoutLineKind = (typeof PAYOUT_LINE_KINDS)[number];

/**
 * The amount a rate or band was applied to.
 *
 * @example
 * ```ts
 * line.base?.label;  // 'net smelter return of gold'
 * line.base?.amount; // 34050000.00 USD, exact
 * ```
 */
export interface PayoutBase {
  /** What the base is: `gross revenue of copper`, `net smelter return of gold`, `quantity of copper sold`. */
  readonly label: string;
  /** The base in money, exact (not rounded); undefined for a base that is a quantity. */
  readonly amount: Money | undefined;
  /** The base as a quantity, for specific (per-unit) royalties. */
  readonly quantity: Quantity | undefined;
}

/**
 * A line paid to (or by) a party in a currency other than the contract's, converted once.
 *
 * @example
 * ```ts
 * const s = line.settlement; // for a payee paid in PKR
 * if (s) `${moneyToString(s.amount)} at ${exchangeRateToString(s.rate)}`; // '214020000.00 PKR at 278.4 PKR/USD'
 * ```
 */
export interface Settlement {
  /** The amount in the party's currency, rounded once to its minor unit with the contract's mode. */
  readonly amount: Money;
  /** The period's explicit exchange rate used, e.g. 278.40 PKR/USD. */
  readonly rate: ExchangeRate;
}

/**
 * One line of a payout statement: who pays whom, how much, under which clause, and why.
 *
 * Amounts are in the contract currency and are whole minor units (cents). `trace` is the tree of
 * inputs and operations that produced the amount; {@link explain} renders it.
 *
 * @example
 * ```ts
 * const line = statement.lines.find((l) => l.id === 'copper-royalty')!;
 * `${line.from} → ${line.to}: ${moneyToString(line.amount)} under ${line.ref}`;
 * // 'company → gob: 8153370.00 USD under §9.1'
 * ```
 */
export interface PayoutLine {
  /** Unique within the statement and stable across runs: `copper-royalty`, `distributions/investor`. */
  readonly id: string;
  /** What the line records. */
  readonly kind: PayoutLineKind;
  /** The id of the contract clause it comes from; undefined for lines taken from the actuals (revenue, costs). */
  readonly clause: string | undefined;
  /** The clause number in the legal text, when the contract gives one. */
  readonly ref: string | undefined;
  /** The payer: a party id, or one of the accounts in {@link RESERVED_PARTY_IDS}. */
  readonly from: string;
  /** The payee: a party id, or one of the accounts in {@link RESERVED_PARTY_IDS}. */
  readonly to: string;
  /** The amount, in the contract currency, in whole minor units; never negative. */
  readonly amount: Money;
  /** What a rate or band was applied to, when one was. */
  readonly base: PayoutBase | undefined;
  /** The rate applied, when a single rate was. */
  readonly rate: Rate | undefined;
  /** The band or bands applied, in words, for a sliding scale. */
  readonly band: string | undefined;
  /** The party on whose behalf the line is paid or received (a carried party), when not the payer or payee. */
  readonly onBehalfOf: string | undefined;
  /** The amount in the counterparty's own currency, when it is paid in another currency. */
  readonly settlement: Settlement | undefined;
  /**
   * How the amount was computed. Built from the period's actuals each time it is read (an equal,
   * new tree each time), so statements do not keep every trace alive: keep the tree if you read it
   * more than once.
   */
  readonly trace: Trace;
}
