import { allocate, type Allocation } from '../money/allocate.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import { carriedCashCall, repayCarry, type CarryEntry, type DeferredTrace } from './carried-interest.js';
import { exactProduct, moneyText, payable, type PayoutContext, type PreparedHolding } from './payout-context.js';
import { COMPANY_RESERVE, PROJECT_COMPANY } from './payout-parties.js';
import type { LineSpec, PeriodLedger, PeriodRecord } from './period-ledger.js';
import { traceNode, type Trace } from './trace.js';
import { payWithholding } from './withholding-tax.js';
import { equalWeights } from './equal-weights.js';
import { coverDefaults, dilutionClause, noCashCall, payPartOfCall, type CallsMet, type DefaultedCall } from './dilution.js';

/** Where the company's cash stands after a period's distributions or cash calls. */
export interface CashSettlement {
  /** The company's retained cash after the period. */
  readonly reserve: Decimal;
  /** Carry balances after the period. */
  readonly carry: CarryEntry[];
  /** What each holding put into a cash call, when the contract dilutes defaulting holders. */
  readonly calls?: CallsMet;
}

/** The cash position a distribution or cash call starts from, for the traces. */
interface CashPosition {
  readonly ctx: PayoutContext;
  readonly rec: PeriodRecord;
  /** How many of the period's lines came before the distribution step. */
  readonly before: number;
  /** Cash left after them (negative: a shortfall). */
  readonly cash: Decimal;
  readonly retained: Decimal;
  readonly reserve: Decimal;
  readonly drawn: Decimal;
  /** What is distributed (cash left − retained) or called (shortfall − drawn). */
  readonly shared: Decimal;
}

interface HoldingPart {
  readonly position: CashPosition;
  readonly holding: PreparedHolding;
  readonly index: number;
  readonly kind: 'distribution' | 'cash-call';
}

interface EqualPart {
  readonly part: HoldingPart;
  readonly party: string;
  readonly amount: Decimal;
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);

const DISTRIBUTIONS = 'distributions';

// What every holder's trace of one period shares (the cash left, the holders' parts), rebuilt once
// a period when first read, not once per holder: n holders would otherwise cost n × lines.
const rebuilt = new WeakMap<CashPosition, { cash?: Trace; parts?: Allocation }>();

function rebuiltFor(p: CashPosition): { cash?: Trace; parts?: Allocation } {
  let r = rebuilt.get(p);
  if (r === undefined) rebuilt.set(p, (r = {}));
  return r;
}

/** Explains the cash left in the company after every other line of the period, from those lines. */
export function cashTrace(p: CashPosition): Trace {
  const r = rebuiltFor(p);
  return (r.cash ??= cashLeftTrace(p));
}

function cashLeftTrace(p: CashPosition): Trace {
  const byKind = new Map<string, { sign: 1 | -1; total: Decimal }>();
  for (const l of p.rec.lines.slice(0, p.before)) {
    const sign = l.to === PROJECT_COMPANY ? 1 : l.from === PROJECT_COMPANY ? -1 : 0;
    if (sign === 0) continue;
    const key = `${sign > 0 ? 'in' : 'out'}: ${l.kind}`;
    const entry = byKind.get(key) ?? { sign, total: ZERO };
    entry.total = entry.total.plus(l.amount.amount);
    byKind.set(key, entry);
  }
  return traceNode('cash left after costs, payments and taxes', moneyText(p.ctx, p.cash), {
    formula: 'what came into the company less what went out, this period',
    inputs: [...byKind].map(([k, v]) => traceNode(k, `${v.sign > 0 ? '' : '−'}${moneyText(p.ctx, v.total)}`)),
  });
}

function retainedTrace(p: CashPosition): Trace {
  return traceNode('cash retained by the company', moneyText(p.ctx, p.retained), { ref: p.ctx.distributions.ref, formula: `${formatRate(p.ctx.distributions.retain)} × cash left; rounded ${p.ctx.mode}`, inputs: [cashTrace(p)] });
}

function drawnTrace(p: CashPosition): Trace {
  return traceNode('retained cash drawn to cover the shortfall', moneyText(p.ctx, p.drawn), { formula: 'the smaller of the shortfall and the reserve', inputs: [cashTrace(p), traceNode('reserve before the period', moneyText(p.ctx, p.reserve))] });
}

function sharedTrace(p: CashPosition): Trace {
  return p.cash.gt(0)
    ? traceNode('cash distributed to the equity holders', moneyText(p.ctx, p.shared), { ref: p.ctx.distributions.ref, formula: 'cash left − cash retained', inputs: [cashTrace(p)] })
    : traceNode('cash called from the equity holders', moneyText(p.ctx, p.shared), { formula: 'shortfall − retained cash drawn', inputs: [cashTrace(p), traceNode('retained cash drawn', moneyText(p.ctx, p.drawn))] });
}

// The holders' parts of what was distributed or called, allocated again as the engine did.
function holdersParts(p: CashPosition): Allocation {
  const r = rebuiltFor(p);
  return (r.parts ??= allocate(makeMoney(p.shared, p.ctx.currency), p.ctx.holdingWeights, { method: p.ctx.method }));
}

function holdingPartTrace(d: HoldingPart): Trace {
  const { holding: h, position: p } = d;
  const word = d.kind === 'distribution' ? 'distribution' : 'cash call';
  const allocation = holdersParts(p);
  return traceNode(`${h.key}'s ${word}`, moneyText(p.ctx, allocation.parts[d.index]!.amount), {
    ref: h.ref ?? p.ctx.distributions.ref,
    formula: `${formatRate(h.share)} of the cash ${d.kind === 'distribution' ? 'distributed' : 'called'}; parts allocated by ${allocation.method} (ties to the earlier holding), so they sum exactly`,
    inputs: [sharedTrace(p)],
  });
}

function equalPartTrace(d: EqualPart): Trace {
  const h = d.part.holding;
  return traceNode(`${d.party}'s equal part of ${h.key}'s ${d.part.kind === 'distribution' ? 'distribution' : 'cash call'}`, moneyText(d.part.position.ctx, d.amount), {
    ref: h.ref,
    formula: `1/${h.parties.length} of the holding's amount, allocated by ${d.part.position.ctx.method} (ties to the earlier party), so the parts differ by at most one minor unit`,
    inputs: [holdingPartTrace(d.part)],
  });
}

function afterCarryTrace(d: EqualPart): Trace {
  const whole = holdersParts(d.part.position).parts[d.part.index]!.amount;
  return traceNode(`${d.part.holding.key}'s distribution after its carry is repaid`, moneyText(d.part.position.ctx, d.amount), {
    ref: d.part.holding.ref,
    formula: 'the distribution − what it repaid of the carry',
    inputs: [holdingPartTrace(d.part), traceNode('repaid to the carriers', moneyText(d.part.position.ctx, whole.minus(d.amount)))],
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
 * With a dilution clause, a holder the actuals list under `cashCalls` pays only what they say; the
 * rest is paid by the other uncarried holders (see {@link coverDefaults}), and what each holding
 * put in is returned for the dilution formula.
 *
 * A distribution to a non-resident pays the withholding tax the contract levies on dividends
 * (`revenue.withholdingTaxes`, `on: dividends`): the holder receives the net amount and the
 * government the tax (see {@link payWithholding}); a holder whose residence is not known is paid
 * in full, with a warning added to `notes`.
 *
 * @example
 * ```ts
 * const settled = distributeCash(ctx, ledger, reserve, carry, notes);
 * settled.reserve; // the company's retained cash after the period
 * ```
 */
export function distributeCash(ctx: PayoutContext, ledger: PeriodLedger, reserve: Decimal, carry: CarryEntry[], notes?: string[], cashCalls?: ReadonlyMap<string, Decimal>): CashSettlement {
  const cash = ledger.cash;
  const dilution = dilutionClause(ctx.contract);
  const before = ledger.lines.length;
  const rec = ledger.record;
  const ref = ctx.distributions.ref;
  if (cash.gt(0)) {
    if (cashCalls !== undefined && dilution !== undefined) noCashCall(dilution, rec.actuals.period);
    const retainRate = ctx.distributions.retain;
    const retained = retainRate.isZero() ? ZERO : retainRate.eq(ONE) ? cash : payable(ctx, exactProduct(cash, retainRate));
    const shared = cash.minus(retained);
    const allocation = shared.isZero() ? undefined : allocate(makeMoney(shared, ctx.currency), ctx.holdingWeights, { method: ctx.method });
    const position: CashPosition = { ctx, rec, before, cash, retained, reserve, drawn: ZERO, shared };
    ledger.add({ id: `${DISTRIBUTIONS}/retained`, kind: 'retained-cash', clause: DISTRIBUTIONS, ref, from: PROJECT_COMPANY, to: COMPANY_RESERVE, amount: retained, rate: retainRate, baseLabel: 'cash left after costs, payments and taxes', baseAmount: cash, explain: retainedTrace, data: position });
    if (allocation === undefined) return { reserve: reserve.plus(retained), carry };
    for (let i = 0; i < ctx.holdings.length; i++) {
      const h = ctx.holdings[i]!;
      const part = allocation.parts[i]!.amount;
      const trace: DeferredTrace = { explain: holdingPartTrace, data: { position, holding: h, index: i, kind: 'distribution' } satisfies HoldingPart };
      let left = part;
      if (h.carry?.recovered) ({ left, entries: carry } = repayCarry(ctx, ledger, h, part, carry, trace));
      payHolders(ledger, trace, left, !left.eq(part), notes);
    }
    return { reserve: reserve.plus(retained), carry };
  }
  if (cash.lt(0)) {
    const shortfall = cash.negated();
    const drawn = Decimal.min(shortfall, reserve);
    const called = shortfall.minus(drawn);
    const allocation = called.isZero() ? undefined : allocate(makeMoney(called, ctx.currency), ctx.holdingWeights, { method: ctx.method });
    const position: CashPosition = { ctx, rec, before, cash, retained: ZERO, reserve, drawn, shared: called };
    ledger.add({ id: `${DISTRIBUTIONS}/reserve-drawdown`, kind: 'reserve-drawdown', clause: DISTRIBUTIONS, ref, from: COMPANY_RESERVE, to: PROJECT_COMPANY, amount: drawn, explain: drawnTrace, data: position });
    if (allocation === undefined) {
      if (cashCalls !== undefined && dilution !== undefined) noCashCall(dilution, rec.actuals.period);
      return { reserve: reserve.minus(drawn), carry };
    }
    const paid = new Map<string, Decimal>();
    const defaults: DefaultedCall[] = [];
    for (let i = 0; i < ctx.holdings.length; i++) {
      const h = ctx.holdings[i]!;
      const part = allocation.parts[i]!.amount;
      if (part.isZero()) continue;
      const trace: DeferredTrace = { explain: holdingPartTrace, data: { position, holding: h, index: i, kind: 'cash-call' } satisfies HoldingPart };
      const partPaid = cashCalls?.get(h.key);
      if (h.carry) carry = carriedCashCall(ctx, ledger, h, part, carry, trace);
      else if (partPaid !== undefined && dilution !== undefined) {
        defaults.push(payPartOfCall(ctx, ledger, dilution, h, part, partPaid, trace));
        paid.set(h.key, partPaid);
        continue;
      } else payHolders(ledger, trace, part);
      paid.set(h.key, part);
    }
    if (dilution === undefined) return { reserve: reserve.minus(drawn), carry };
    const covered = defaults.length === 0 ? new Map<string, Map<string, Decimal>>() : coverDefaults(ctx, ledger, dilution, defaults);
    return { reserve: reserve.minus(drawn), carry, calls: { paid, covered, defaults } };
  }
  if (cashCalls !== undefined && dilution !== undefined) noCashCall(dilution, rec.actuals.period);
  return { reserve, carry };
}

// Pays a holding's distribution to its holder, or takes its cash call; a holding in equal parts is
// split again between its parties.
function payHolders(ledger: PeriodLedger, trace: DeferredTrace, amount: Decimal, repaid = false, notes?: string[]): void {
  if (amount.isZero()) return;
  const part = trace.data as HoldingPart;
  const { holding: h, position: p, kind } = part;
  const ctx = p.ctx;
  const distribution = kind === 'distribution';
  const equal = h.parties.length > 1;
  const parts = equal ? allocate(makeMoney(amount, ctx.currency), equalWeights(h.parties.length), { method: ctx.method }).parts.map((x) => x.amount) : [amount];
  for (let j = 0; j < h.parties.length; j++) {
    const party = h.parties[j]!;
    const spec: LineSpec = {
      id: distribution ? h.distributionIds[j]! : h.cashCallIds[j]!,
      kind,
      clause: distribution ? DISTRIBUTIONS : undefined,
      ref: distribution ? (ctx.distributions.ref ?? h.ref) : (h.ref ?? ctx.distributions.ref),
      from: distribution ? PROJECT_COMPANY : party,
      to: distribution ? party : PROJECT_COMPANY,
      amount: parts[j]!,
      rate: equal ? undefined : h.share,
      baseLabel: equal
        ? (distribution ? h.labels.equalDistribution : h.labels.equalCashCall)
        : distribution ? 'cash distributed to the equity holders' : 'cash called from the equity holders',
      baseAmount: equal ? amount : p.shared,
      ...(equal
        ? { explain: equalPartTrace, data: { part, party, amount: parts[j]! } satisfies EqualPart }
        : !repaid ? { explain: trace.explain, data: trace.data } : { explain: afterCarryTrace, data: { part, party, amount } satisfies EqualPart }),
    };
    // A dividend to a non-resident pays the withholding tax on it; a cash call is not a payment.
    if (distribution) payWithholding(ledger, 'dividends', spec, `${party}'s distribution`, notes);
    else ledger.add(spec);
  }
}
