import type { Decimal } from '../money/decimal.js';
import type { Money } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import type { IsoDate } from '../time/index.js';
import type { PathSegment, SourceRange } from '../diagnostics/diagnostic.js';
import type { UnknownTerm } from '../contract/unknown-terms.js';

/**
 * Where an obligation stands on the `asOf` date: `met`, `missed` (with the shortfall),
 * `at-risk` (due within the horizon and behind the pro-rata path), `not-yet-due`, or `no-data`
 * (the actuals cannot tell: missing data is never a silent pass).
 *
 * @example
 * ```ts
 * OBLIGATION_STATUSES.includes('at-risk'); // true
 * ```
 */
export const OBLIGATION_STATUSES = ['missed', 'at-risk', 'no-data', 'not-yet-due', 'met'] as const;

/**
 * One of {@link OBLIGATION_STATUSES}.
 *
 * @example
 * ```ts
 * const status: ObligationStatus = 'missed';
 * ```
 */
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

/**
 * What a tracked obligation is about: the kind of clause it comes from.
 *
 * @example
 * ```ts
 * const kind: ObligationKind = 'employment-share';
 * ```
 */
export type ObligationKind =
  | 'employment-share'
  | 'training-budget'
  | 'training-count'
  | 'procurement-share'
  | 'community-fund'
  | 'processing-share'
  | 'processing-milestone'
  | 'infrastructure-completion'
  | 'infrastructure-milestone'
  | 'geodata-delivery'
  | 'work-programme'
  | 'esia'
  | 'closure-assurance'
  | 'development-agreement'
  | 'feasibility-study'
  | 'payment-reporting'
  | 'local-content-reporting'
  | 'resource-reporting'
  | 'emissions-reduction';

/**
 * Why an obligation has the status it has, as a stable code (the words are rendered at the edge):
 * `below-target`, `behind-path`, `late` (done after the deadline), `overdue` (not done and past
 * the deadline), `no-actuals` (no period of actuals at or after the deadline), `missing-field` (a
 * period lacks the figure), `incomplete-coverage` (the actuals do not cover the whole span and
 * what they show falls short), `stale-actuals` (the latest actuals are more than one period old),
 * `no-event` (no dated event reported and the actuals do not reach back to the deadline),
 * `no-acquisition` (no geodata acquisition reported), `payouts-unavailable` (the payout engine
 * could not compute what was due), `not-measured` (the actuals format has no such figure), `part-exceeds-whole` (a data error: the
 * part counted is larger than its whole, e.g. more provincial workers than workers, a share above
 * 100% that is never reported as met), `unknown-term` (not trackable: the contract writes a term
 * the obligation needs as `{ unknown: … }`, named in the obligation's `unknown`).
 *
 * @example
 * ```ts
 * const reason: StatusReason = 'incomplete-coverage';
 * ```
 */
export type StatusReason =
  | 'below-target'
  | 'behind-path'
  | 'late'
  | 'overdue'
  | 'no-actuals'
  | 'missing-field'
  | 'incomplete-coverage'
  | 'stale-actuals'
  | 'no-event'
  | 'no-acquisition'
  | 'payouts-unavailable'
  | 'not-measured'
  | 'part-exceeds-whole'
  | 'unknown-term';

/**
 * A number with its unit: `share` (0.8 is 80%), `people`, `days`, an ISO 4217 currency code for
 * money, or a quantity unit such as `t`. Exact; money is rounded to the currency's minor unit.
 *
 * @example
 * ```ts
 * const shortfall: Measure = { value: new Decimal(48), unit: 'people' };
 * ```
 */
export interface Measure {
  /** The number, exact. */
  readonly value: Decimal;
  /** Its unit: `share`, `people`, `days`, a currency code or a quantity unit. */
  readonly unit: string;
}

/**
 * A penalty the contract states as a formula, computed for a miss.
 *
 * @example
 * ```ts
 * penalty.formula; // '48 people × 20000.00 USD'
 * ```
 */
export interface ObligationPenalty {
  /**
   * The amount, rounded to the currency's minor unit with the contract's rounding mode: the fixed
   * amount and the amount per unit short, together (zero when the contract states only a higher rate).
   */
  readonly amount: Money;
  /** The party it is paid to. */
  readonly payee: string;
  /** How it was computed, in words: `fixed amount`, `<shortfall> × <rate>`, both joined by ` + `, or empty. */
  readonly formula: string;
  /** How the amount reaches the payee: paid by the company, or drawn from money it holds in escrow. */
  readonly settledBy: 'payment' | 'escrow-drawdown';
  /** The higher rate on a royalty or community fund, when the contract states one. */
  readonly rateIncrease: PenaltyRateIncrease | undefined;
}

/**
 * A higher rate on another clause while an obligation is missed, and what it comes to in the
 * period checked.
 *
 * @example
 * ```ts
 * r.formula; // '1% × 121440000.00 USD (gross revenue of copper, 2029-Q2)'
 * ```
 */
export interface PenaltyRateIncrease {
  /** The royalty or community-fund clause whose rate rises. */
  readonly clause: string;
  /** How much higher the rate is (0.01 for one percentage point). */
  readonly by: Rate;
  /** The extra for the period, rounded to the minor unit; undefined where it cannot be computed. */
  readonly extra: Money | undefined;
  /** Who receives the extra: the clause's payee, when the payout statement names it. */
  readonly payee: string | undefined;
  /** How the extra was computed, or why it was not. */
  readonly formula: string;
}

/**
 * A piece of evidence behind a status: a figure of one period's actuals, or a dated event.
 *
 * @example
 * ```ts
 * const e: ObligationEvidence = { period: '2028-Q4', field: 'workforce.national' };
 * ```
 */
export interface ObligationEvidence {
  /** The label of the actuals period the figure or event comes from. */
  readonly period: string;
  /** The field of the actuals, e.g. `workforce.categories.skilled.national` or `events[0]`. */
  readonly field: string;
  /** For an event: its date. */
  readonly date?: IsoDate;
}

/**
 * One evaluation of a continuing target against one period's actuals (a share target binds in
 * every period from its deadline until the next target's).
 *
 * @example
 * ```ts
 * obligation.checks.map((c) => `${c.period} ${c.status}`); // ['2027-Q4 met', '2028-Q2 missed', '2028-Q4 met']
 * ```
 */
export interface ObligationCheck {
  /** The period label. */
  readonly period: string;
  /** The period's last day. */
  readonly end: IsoDate;
  /** met, missed or no-data. */
  readonly status: 'met' | 'missed' | 'no-data';
  /** The value observed, when there was one. */
  readonly actual: Measure | undefined;
  /** The shortfall, when missed. */
  readonly shortfall: Measure | undefined;
  /** The penalty for this miss, when the contract states one as a formula. */
  readonly penalty: ObligationPenalty | undefined;
}

/**
 * One dated obligation of the contract and where it stands on the `asOf` date.
 *
 * @example
 * ```ts
 * const o = report.obligations.find((x) => x.id === 'local-hiring@2027-12-31')!;
 * `${o.clause} ${o.ref} ${o.status}`; // 'local-hiring §16.2 met'
 * ```
 */
export interface TrackedObligation {
  /** Unique in the report and stable across runs: `local-hiring@2027-12-31`, `training/FY2028`. */
  readonly id: string;
  /** The id of the contract clause. */
  readonly clause: string;
  /** The clause number in the legal text, when the contract gives one. */
  readonly ref: string | undefined;
  /** What kind of obligation it is. */
  readonly kind: ObligationKind;
  /** What is owed, in a line: `national share of the whole workforce at least 80%`. */
  readonly description: string;
  /** The deadline (the day counts). */
  readonly due: IsoDate;
  /** Where it stands on the `asOf` date. */
  readonly status: ObligationStatus;
  /** Why, as a code; undefined for a plain met or not-yet-due. */
  readonly reason: StatusReason | undefined;
  /** What is required by the deadline. */
  readonly required: Measure | undefined;
  /** What the actuals show: at the latest check, or so far. */
  readonly actual: Measure | undefined;
  /** For at-risk: where the pro-rata path says it should be by now. */
  readonly expected: Measure | undefined;
  /** For missed: by how much (people, tonnes, money or days late). */
  readonly shortfall: Measure | undefined;
  /** For missed: the penalty, when the contract states one as a formula. */
  readonly penalty: ObligationPenalty | undefined;
  /** For something done late, or a target reached after its deadline: when it was done. */
  readonly fulfilled: IsoDate | undefined;
  /** Which actuals the status rests on. */
  readonly evidence: readonly ObligationEvidence[];
  /** Where in the contract it is (a JSON path). */
  readonly path: readonly PathSegment[];
  /** Where in the contract file it is, when the contract was loaded from text (1-based). */
  readonly range: SourceRange | undefined;
  /** For continuing targets: the evaluation of each period it bound, oldest first. */
  readonly checks: readonly ObligationCheck[];
  /** For an obligation that is not trackable (reason `unknown-term`): the unknown term and why it is unknown. */
  readonly unknown?: UnknownTerm;
}

/**
 * The result of {@link trackObligations}: every dated obligation and a count per status.
 *
 * @example
 * ```ts
 * report.counts.missed; // 3
 * ```
 */
export interface ObligationReport {
  /** The contract id. */
  readonly contract: string;
  /** The date the obligations were judged on. */
  readonly asOf: IsoDate;
  /** How many days ahead an obligation counts as due soon. */
  readonly horizonDays: number;
  /** The labels of the actuals periods used (ending on or before `asOf`), in period order. */
  readonly periods: readonly string[];
  /** Every obligation, in contract order. */
  readonly obligations: readonly TrackedObligation[];
  /** How many obligations have each status. */
  readonly counts: Readonly<Record<ObligationStatus, number>>;
}
