import { allocate } from '../money/allocate.js';
import { Decimal, multiplyExactly } from '../money/decimal.js';
import { makeMoney, moneyToString } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import { carriedCashCall, repayCarry, type CarryEntry } from './carried-interest.js';
import { payable, type PayoutContext, type PreparedHolding } from './payout-context.js';
import type { PayoutLine } from './payout-line.js';
import { COMPANY_RESERVE, PROJECT_COMPANY } from './payout-parties.js';
import type { PeriodLedger } from './period-ledger.js';
import { traceNode, type Trace } from './trace.js';

/** Where the company's cash stands after a period's distributions or cash calls. */
export interface CashSettlement {
  /** The company's retained cash after the period. */
  readonly reserve: Decimal;
  /** Carry balances after the period. */
  readonly carry: CarryEntry[];
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);
const DISTRIBUTIONS = 'distributions';

/** Explains the cash left in the company after every other line of the period, from those lines. */
export function cashTrace(ctx: PayoutContext, lines: readonly PayoutLine[], cash: Decimal): Trace {
  const byKind = new Map<string, { sign: 1 | -1; total: Decimal }>();
  for (const l of lines) {
    const sign = l.to === PROJECT_COMPANY ? 1 : l.from === PROJECT_COMPANY ? -1 : 0;
    if (sign === 0) continue;
    const key = `${sign > 0 ? 'in' : 'out'}: ${l.kind}`;
    const entry = byKind.get(key) ?? { sign, total: ZERO };
    entry.total = entry.total.plus(l.amount.amount);
    byKind.set(key, entry);
  }
  const m = (d: Decimal) => moneyToString(makeMoney(d, ctx.currency));
  return traceNode('cash left after costs, payments and taxes', m(cash), {
    formula: 'what came into the company less what went out, this period',
    inputs: [...byKind].map(([k, v]) => traceNode(k, `${v.sign > 0 ? '' : '−'}${m(v.total)}`)),
  });
}

/**
 * The last step of the waterfall: the company's cash after every other line of the period.
 *
 * - **Cash left over**: the contract's `retain` share is kept in the company's reserve (rounded
 *   once); the rest is distributed to the equity holders pro rata with the contract's allocation
 *   method. A carried holder's distribution first repays its carriers (see {@link repayCarry});
 *   a holding held in equal parts is split again with the same method, so the parts differ by at
 *   most one minor unit.
 * - **A shortfall**: drawn first from the reserve, the rest called from the holders pro rata; a
 *   carried holder's call is paid by its carriers (see {@link carriedCashCall}).
 *
 * @example
 * ```ts
 * const settled = distributeCash(ctx, ledger, reserve, carry);
 * settled.reserve; // the company's retained cash after the period
 * ```
 */
export function distributeCash(ctx: PayoutContext, ledger: PeriodLedger, reserve: Decimal, carry: CarryEntry[]): CashSettlement {
  const cash = ledger.cash;
  const before = [...ledger.lines];
  const cashNode = () => cashTrace(ctx, before, cash);
  const m = (d: Decimal) => moneyToString(makeMoney(d, ctx.currency));
  const ref = ctx.distributions.ref;
  if (cash.gt(0)) {
    const retainRate = ctx.distributions.retain;
    const retained = retainRate.isZero() ? ZERO : retainRate.eq(ONE) ? cash : payable(ctx, multiplyExactly(cash, retainRate));
    ledger.add({
      id: `${DISTRIBUTIONS}/retained`,
      kind: 'retained-cash',
      clause: DISTRIBUTIONS,
      ref,
      from: PROJECT_COMPANY,
      to: COMPANY_RESERVE,
      amount: retained,
      rate: retainRate,
      base: { label: 'cash left after costs, payments and taxes', amount: cash },
      trace: () => traceNode('cash retained by the company', m(retained), { ref, formula: `${formatRate(retainRate)} × cash left; rounded ${ctx.mode}`, inputs: [cashNode()] }),
    });
    const distributable = cash.minus(retained);
    const distributableNode = () => traceNode('cash distributed to the equity holders', m(distributable), { ref, formula: 'cash left − cash retained', inputs: [cashNode()] });
    if (distributable.isZero()) return { reserve: reserve.plus(retained), carry };
    const alloc = allocate(makeMoney(distributable, ctx.currency), ctx.holdingWeights, { method: ctx.method });
    ctx.holdings.forEach((h, i) => {
      const part = alloc.parts[i]!.amount;
      const partNode = () => traceNode(`${h.key}'s distribution`, m(part), {
        ref: h.ref ?? ref,
        formula: `${formatRate(h.share)} of the distributable cash; parts allocated by ${alloc.method} (ties to the earlier holding), so they sum exactly`,
        inputs: [distributableNode()],
      });
      let left = part;
      if (h.carry?.recovered) ({ left, entries: carry } = repayCarry(ctx, ledger, h, part, carry, partNode));
      payHolders(ctx, ledger, h, left, distributable, 'distribution', partNode);
    });
    return { reserve: reserve.plus(retained), carry };
  }
  if (cash.lt(0)) {
    const shortfall = cash.negated();
    const drawn = Decimal.min(shortfall, reserve);
    ledger.add({
      id: `${DISTRIBUTIONS}/reserve-drawdown`,
      kind: 'reserve-drawdown',
      clause: DISTRIBUTIONS,
      ref,
      from: COMPANY_RESERVE,
      to: PROJECT_COMPANY,
      amount: drawn,
      trace: () => traceNode('retained cash drawn to cover the shortfall', m(drawn), { formula: 'the smaller of the shortfall and the reserve', inputs: [cashNode(), traceNode('reserve before the period', m(reserve))] }),
    });
    const called = shortfall.minus(drawn);
    if (called.isZero()) return { reserve: reserve.minus(drawn), carry };
    const calledNode = () => traceNode('cash called from the equity holders', m(called), { formula: 'shortfall − retained cash drawn', inputs: [cashNode(), traceNode('retained cash drawn', m(drawn))] });
    const alloc = allocate(makeMoney(called, ctx.currency), ctx.holdingWeights, { method: ctx.method });
    ctx.holdings.forEach((h, i) => {
      const part = alloc.parts[i]!.amount;
      if (part.isZero()) return;
      const partNode = () => traceNode(`${h.key}'s cash call`, m(part), {
        ref: h.ref ?? ref,
        formula: `${formatRate(h.share)} of the cash called; parts allocated by ${alloc.method} (ties to the earlier holding)`,
        inputs: [calledNode()],
      });
      if (h.carry) carry = carriedCashCall(ctx, ledger, h, part, carry, partNode);
      else payHolders(ctx, ledger, h, part, called, 'cash-call', partNode);
    });
    return { reserve: reserve.minus(drawn), carry };
  }
  return { reserve, carry };
}

// Pays a holding's distribution to its holder, or takes its cash call; a holding in equal parts is
// split again between its parties.
function payHolders(ctx: PayoutContext, ledger: PeriodLedger, h: PreparedHolding, amount: Decimal, total: Decimal, kind: 'distribution' | 'cash-call', partNode: () => Trace): void {
  if (amount.isZero()) return;
  const m = (d: Decimal) => moneyToString(makeMoney(d, ctx.currency));
  const prefix = kind === 'distribution' ? DISTRIBUTIONS : 'cash-calls';
  const parts = h.parties.length === 1 ? [amount] : allocate(makeMoney(amount, ctx.currency), h.parties.map(() => ONE), { method: ctx.method }).parts.map((p) => p.amount);
  const equal = h.parties.length > 1;
  h.parties.forEach((party, j) => {
    const part = parts[j]!;
    ledger.add({
      id: `${prefix}/${h.lineKeys[j]!}`,
      kind,
      clause: kind === 'distribution' ? DISTRIBUTIONS : undefined,
      ref: h.ref ?? ctx.distributions.ref,
      from: kind === 'distribution' ? PROJECT_COMPANY : party,
      to: kind === 'distribution' ? party : PROJECT_COMPANY,
      amount: part,
      rate: equal ? undefined : h.share,
      base: equal
        ? { label: `${h.key}'s ${kind === 'distribution' ? 'distribution' : 'cash call'}, in ${h.parties.length} equal parts`, amount }
        : { label: kind === 'distribution' ? 'cash distributed to the equity holders' : 'cash called from the equity holders', amount: total },
      trace: () => (equal
        ? traceNode(`${party}'s equal part of ${h.key}'s ${kind === 'distribution' ? 'distribution' : 'cash call'}`, m(part), {
          ref: h.ref,
          formula: `1/${h.parties.length} of the holding's amount, allocated by ${ctx.method} (ties to the earlier party), so the parts differ by at most one minor unit`,
          inputs: [partNode()],
        })
        : partNode()),
    });
  });
}
