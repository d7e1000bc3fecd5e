// The lines of one period as they are computed, with the company's running cash. Internal: the
// engine builds statements with it; only the frozen lines leave.
import { FairlodeError } from '../diagnostics/diagnostic.js';
import { ClauseError } from './clause-error.js';
import { Decimal } from '../money/decimal.js';
import { convertMoney, type ExchangeRate } from '../money/fx.js';
import { makeMoney } from '../money/money.js';
import type { CurrencyCode } from '../money/currency.js';
import type { Rate } from '../money/rate.js';
import type { Quantity } from '../quantity/index.js';
import type { Actuals } from '../contract/index.js';
import type { PayoutContext } from './payout-context.js';
import type { PayoutLine, PayoutLineKind } from './payout-line.js';
import { PROJECT_COMPANY } from './payout-parties.js';
import type { Trace } from './trace.js';

/** What the engine states about a line before it becomes a frozen {@link PayoutLine}. */
export interface LineSpec {
  id: string;
  kind: PayoutLineKind;
  clause?: string | undefined;
  ref?: string | undefined;
  from: string;
  to: string;
  /** Already rounded to the minor unit. */
  amount: Decimal;
  /** What a rate or band was applied to: a label and an exact amount or a quantity. */
  baseLabel?: string | undefined;
  baseAmount?: Decimal | undefined;
  baseQuantity?: Quantity | undefined;
  rate?: Rate | undefined;
  band?: string | undefined;
  onBehalfOf?: string | undefined;
  /** Builds the trace from `data`, only when someone reads the line's trace (a module-level function, not a closure). */
  explain: (data: never) => Trace;
  /** What `explain` needs. */
  data: unknown;
  /** Builds the band's description from `data`, only when someone reads it. */
  describeBand?: ((data: never) => string | undefined) | undefined;
  /** Keep the line even when its amount is zero (an annual assessment that came to nothing). */
  keepZero?: boolean;
}

const ZERO = new Decimal(0);

/**
 * What every trace of a period can be rebuilt from: the contract, the period's actuals and the
 * period's lines. Traces hold this one shared record and a few numbers of their own, and recompute
 * the rest (revenue, net smelter return, a royalty's bands, an allocation) when they are read, so a
 * long fold keeps no intermediate values alive.
 */
export interface PeriodRecord {
  readonly ctx: PayoutContext;
  readonly actuals: Actuals;
  /** The period's lines, in order (the statement's own array). */
  readonly lines: readonly PayoutLine[];
}

/** Collects a period's lines in order and keeps the company's cash: what came in less what went out. */
export class PeriodLedger {
  readonly lines: PayoutLine[] = [];
  /** The record the period's traces are rebuilt from. */
  readonly record: PeriodRecord;
  /** The company's cash so far this period (sources less uses), in whole minor units. */
  cash: Decimal = ZERO;
  readonly #ctx: PayoutContext;
  readonly #fx: ReadonlyMap<string, ExchangeRate>;
  readonly #ids = new Set<string>();

  constructor(ctx: PayoutContext, actuals: Actuals, fx: ReadonlyMap<string, ExchangeRate>) {
    this.#ctx = ctx;
    this.#fx = fx;
    this.record = { ctx, actuals, lines: this.lines };
  }

  /** Adds a line (zero amounts are left out unless `keepZero`); returns it, or undefined if left out. */
  add(spec: LineSpec): PayoutLine | undefined {
    if (spec.amount.isZero() && !spec.keepZero) return undefined;
    const ctx = this.#ctx;
    const period = this.record.actuals.period.label;
    // Only a clause's own values can make a payment negative or two lines share an id (the engine
    // never subtracts below zero): say which clause, never "a bug".
    if (spec.amount.isNegative()) {
      throw new ClauseError({
        code: 'payout/negative-payment',
        message: `${spec.clause === undefined ? `Line "${spec.id}"` : `Clause "${spec.clause}"`} comes to a negative payment of ${spec.amount.toFixed()} ${ctx.currency} from ${spec.from} to ${spec.to} in ${period}.`,
        hint: spec.clause === undefined ? 'amounts in the actuals must be zero or more' : `a payment cannot be negative: check the amounts and rates of "${spec.clause}"`,
      }, spec.clause);
    }
    if (this.#ids.has(spec.id)) {
      throw new ClauseError({
        code: 'payout/duplicate-line-id',
        message: `${spec.clause === undefined ? 'A line' : `Clause "${spec.clause}"`} makes a second line "${spec.id}" in ${period}; each line of a statement needs its own id.`,
        hint: 'line ids are made from clause, party and commodity ids: rename the clause or party whose id repeats another\'s',
      }, spec.clause);
    }
    this.#ids.add(spec.id);
    const counterparty = spec.from === PROJECT_COMPANY ? spec.to : spec.to === PROJECT_COMPANY ? spec.from : spec.to;
    const settleIn = ctx.partyCurrency.get(counterparty);
    let settlement: PayoutLine['settlement'];
    if (settleIn !== undefined) {
      const rate = this.#fx.get(settleIn);
      if (rate === undefined) {
        throw new FairlodeError({ code: 'payout/missing-fx-rate', message: `"${counterparty}" is paid in ${settleIn}, but the period's actuals give no ${settleIn} rate.`, hint: `add fx: { ${settleIn}: "<units of ${settleIn} per ${ctx.currency}>" } to the actuals` });
      }
      settlement = Object.freeze({ amount: convertMoney(makeMoney(spec.amount, ctx.currency), rate, { rounding: ctx.mode }), rate });
    }
    const line = new PayoutLineRecord(spec.id, spec.kind, spec.clause, spec.ref, spec.from, spec.to, spec.amount, ctx.currency, spec.baseLabel, spec.baseAmount, spec.baseQuantity, spec.rate, spec.band, spec.onBehalfOf, settlement, spec.explain as (data: unknown) => Trace, spec.data, spec.describeBand as ((data: unknown) => string | undefined) | undefined);
    this.lines.push(line);
    if (spec.to === PROJECT_COMPANY) this.cash = this.cash.plus(spec.amount);
    if (spec.from === PROJECT_COMPANY) this.cash = this.cash.minus(spec.amount);
    return line;
  }
}

/**
 * A payout line as the engine makes it: a fixed shape, frozen, with its base and band description
 * built the first time they are read and its trace built each time it is read (most lines of a long
 * fold are never explained).
 */
class PayoutLineRecord implements PayoutLine {
  readonly #amount: Decimal;
  readonly #currency: CurrencyCode;
  #base: PayoutLine['base'];
  readonly #baseLabel: string | undefined;
  readonly #baseAmount: Decimal | undefined;
  readonly #baseQuantity: Quantity | undefined;
  #band: string | undefined;
  readonly #explain: (data: unknown) => Trace;
  #describeBand: ((data: unknown) => string | undefined) | undefined;
  readonly #data: unknown;

  constructor(
    readonly id: string,
    readonly kind: PayoutLineKind,
    readonly clause: string | undefined,
    readonly ref: string | undefined,
    readonly from: string,
    readonly to: string,
    amount: Decimal,
    currency: CurrencyCode,
    baseLabel: string | undefined,
    baseAmount: Decimal | undefined,
    baseQuantity: Quantity | undefined,
    readonly rate: PayoutLine['rate'],
    band: string | undefined,
    readonly onBehalfOf: string | undefined,
    readonly settlement: PayoutLine['settlement'],
    explain: (data: unknown) => Trace,
    data: unknown,
    describeBand: ((data: unknown) => string | undefined) | undefined,
  ) {
    this.#amount = amount;
    this.#currency = currency;
    this.#baseLabel = baseLabel;
    this.#baseAmount = baseAmount;
    this.#baseQuantity = baseQuantity;
    this.#band = band;
    this.#explain = explain;
    this.#data = data;
    this.#describeBand = describeBand;
    Object.freeze(this);
  }

  /** The amount as Money (a new, equal value each time it is read: the line keeps only the decimal). */
  get amount(): PayoutLine['amount'] {
    return makeMoney(this.#amount, this.#currency);
  }

  // Rebuilt at each read and not kept: a long fold written out with its traces would otherwise keep
  // every period's trace tree alive as long as its statements (200 royalties × 120 months: 70 MB).
  get trace(): Trace {
    return this.#explain(this.#data);
  }

  get base(): PayoutLine['base'] {
    if (this.#base === undefined && this.#baseLabel !== undefined) {
      this.#base = Object.freeze({
        label: this.#baseLabel,
        amount: this.#baseAmount === undefined ? undefined : makeMoney(this.#baseAmount, this.#currency),
        quantity: this.#baseQuantity,
      });
    }
    return this.#base;
  }

  get band(): string | undefined {
    // Described once, also when there is no band to describe (a formatter reads it twice a line).
    if (this.#describeBand !== undefined) {
      this.#band = this.#describeBand(this.#data);
      this.#describeBand = undefined;
    }
    return this.#band;
  }
}
