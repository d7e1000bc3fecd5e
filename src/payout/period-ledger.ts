// The lines of one period as they are computed, with the company's running cash. Internal: the
// engine builds statements with it; only the frozen lines leave.
import { FairlodeError } from '../diagnostics/diagnostic.js';
import { Decimal } from '../money/decimal.js';
import { convertMoney, type ExchangeRate } from '../money/fx.js';
import { makeMoney } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import type { Quantity } from '../quantity/index.js';
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
  base?: { label: string; amount?: Decimal | undefined; quantity?: Quantity | undefined } | undefined;
  rate?: Rate | undefined;
  band?: string | undefined;
  onBehalfOf?: string | undefined;
  /** Built only when someone reads the line's trace. */
  trace: () => Trace;
  /** Keep the line even when its amount is zero (an annual assessment that came to nothing). */
  keepZero?: boolean;
}

const ZERO = new Decimal(0);

/** Collects a period's lines in order and keeps the company's cash: what came in less what went out. */
export class PeriodLedger {
  readonly lines: PayoutLine[] = [];
  /** The company's cash so far this period (sources less uses), in whole minor units. */
  cash: Decimal = ZERO;
  readonly #ids = new Set<string>();
  readonly #ctx: PayoutContext;
  readonly #fx: ReadonlyMap<string, ExchangeRate>;

  constructor(ctx: PayoutContext, fx: ReadonlyMap<string, ExchangeRate>) {
    this.#ctx = ctx;
    this.#fx = fx;
  }

  /** Adds a line (zero amounts are left out unless `keepZero`); returns it, or undefined if left out. */
  add(spec: LineSpec): PayoutLine | undefined {
    if (spec.amount.isZero() && !spec.keepZero) return undefined;
    if (spec.amount.isNegative()) throw new FairlodeError({ code: 'payout/internal-negative-line', message: `Line "${spec.id}" came to a negative amount (${spec.amount.toString()}); this is a bug in fairlode.` });
    if (this.#ids.has(spec.id)) throw new FairlodeError({ code: 'payout/internal-duplicate-line', message: `Two lines have the id "${spec.id}"; this is a bug in fairlode.` });
    this.#ids.add(spec.id);
    const ctx = this.#ctx;
    const amount = makeMoney(spec.amount, ctx.currency);
    const counterparty = spec.from === PROJECT_COMPANY ? spec.to : spec.to === PROJECT_COMPANY ? spec.from : spec.to;
    const settleIn = ctx.partyCurrency.get(counterparty);
    let settlement: PayoutLine['settlement'];
    if (settleIn !== undefined) {
      const rate = this.#fx.get(settleIn);
      if (rate === undefined) {
        throw new FairlodeError({ code: 'payout/missing-fx-rate', message: `"${counterparty}" is paid in ${settleIn}, but the period's actuals give no ${settleIn} rate.`, hint: `add fx: { ${settleIn}: "<units of ${settleIn} per ${ctx.currency}>" } to the actuals` });
      }
      settlement = Object.freeze({ amount: convertMoney(amount, rate, { rounding: ctx.mode }), rate });
    }
    const base = spec.base === undefined ? undefined : Object.freeze({
      label: spec.base.label,
      amount: spec.base.amount === undefined ? undefined : makeMoney(spec.base.amount, ctx.currency),
      quantity: spec.base.quantity,
    });
    const line = {
      id: spec.id,
      kind: spec.kind,
      clause: spec.clause,
      ref: spec.ref,
      from: spec.from,
      to: spec.to,
      amount,
      base,
      rate: spec.rate,
      band: spec.band,
      onBehalfOf: spec.onBehalfOf,
      settlement,
    } as Omit<PayoutLine, 'trace'> as PayoutLine;
    let trace: Trace | undefined;
    const build = spec.trace;
    Object.defineProperty(line, 'trace', { enumerable: true, get: () => (trace ??= build()) });
    Object.freeze(line);
    this.lines.push(line);
    if (spec.to === PROJECT_COMPANY) this.cash = this.cash.plus(spec.amount);
    if (spec.from === PROJECT_COMPANY) this.cash = this.cash.minus(spec.amount);
    return line;
  }
}
