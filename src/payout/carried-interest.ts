import { allocate } from '../money/allocate.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney, moneyToString } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import { periodInterestRate } from './indexed-interest.js';
import type { Period } from '../time/index.js';
import type { CarryIndexValue } from './payout-state.js';
import { exactProduct, intern, moneyText, payable, type PayoutContext, type PreparedHolding } from './payout-context.js';
import type { PeriodLedger } from './period-ledger.js';
import { PROJECT_COMPANY } from './payout-parties.js';
import { traceNode, type Trace } from './trace.js';

/** What one carrier has paid for a carried holder and not yet recovered (exact, in minor units). */
export interface CarryEntry {
  /** The carried holder's key. */
  readonly holder: string;
  /** The carrier. */
  readonly carrier: string;
  /** The balance to recover. */
  readonly balance: Decimal;
}

/** Interest added to one carry balance in a period. */
export interface CarryInterest {
  /** The carried holder. */
  readonly holder: string;
  /** The carrier. */
  readonly carrier: string;
  /** The interest added, rounded to the minor unit. */
  readonly amount: Decimal;
  /** The balance before interest. */
  readonly opening: Decimal;
}

/** A trace to build later: a module-level builder and its input (see `PeriodLedger`). */
export interface DeferredTrace {
  readonly explain: (data: never) => Trace;
  readonly data: unknown;
}

/** Builds a deferred trace. */
export function buildTrace(t: DeferredTrace): Trace {
  return (t.explain as (data: unknown) => Trace)(t.data);
}

interface CarriedCall {
  readonly ctx: PayoutContext;
  readonly holding: PreparedHolding;
  /** The holding's cash call; the carriers' parts are allocated again when the trace is read. */
  readonly amount: Decimal;
  readonly index: number;
  readonly call: DeferredTrace;
}

interface CarryRepaid {
  readonly ctx: PayoutContext;
  readonly holding: PreparedHolding;
  readonly carrier: string;
  readonly part: Decimal;
  readonly owedBefore: Decimal;
  readonly outstanding: Decimal;
  readonly distribution: DeferredTrace;
}

const ZERO = new Decimal(0);

/** The outstanding balance of a carried holder, summed over its carriers. */
export function outstandingCarry(entries: readonly CarryEntry[], holder: string): Decimal {
  let total = ZERO;
  for (const e of entries) if (e.holder === holder) total = total.plus(e.balance);
  return total;
}

/** A period's carry interest: the balances after it, what was added, and what could not be computed. */
export interface AccruedCarryInterest {
  readonly entries: CarryEntry[];
  readonly interest: CarryInterest[];
  /** Inflation-indexed carries: the index values to measure the next period's rise from. */
  readonly indexValues: CarryIndexValue[];
  /** Warnings for the statement's notes: an index the actuals do not give. */
  readonly notes: string[];
}

/**
 * Adds a period's interest to every carry balance whose carry sets an annual `interest` rate,
 * rounded to the minor unit and added to the balance, so interest compounds per period. Interest is
 * not a payment: it raises what the carried holder's distributions must repay. With m the months of
 * the period (a quarter is 3):
 *
 * - a fixed rate r: balance × r × m / 12;
 * - `interestIndex` basis `reference-rate` (e.g. SOFR + 6.5%): balance × (index% + r) × m / 12, the
 *   index in percent per year from the period's actuals;
 * - `interestIndex` basis `inflation` (e.g. CPI + 9.9%): balance × (index ÷ previous index − 1 +
 *   r × m / 12), the previous index being the last period's that gave it (or `baseValue`).
 *
 * An index the period's actuals do not give is never taken as zero: a reference-rate carry then
 * earns no interest that period, an inflation carry only its margin (the rise is counted when the
 * index is next given), and a warning names the holder and the index.
 *
 * @example
 * ```ts
 * // 1000000.00 at 12% a year over a quarter: 1000000 × 12% × 3/12 = 30000.00
 * accrueCarryInterest(ctx, [{ holder: 'zccm', carrier: 'operator', balance: d('1000000') }], period('2027-Q1'), undefined, []).entries[0].balance; // 1030000
 * ```
 */
export function accrueCarryInterest(
  ctx: PayoutContext,
  entries: readonly CarryEntry[],
  period: Period,
  indices: Readonly<Record<string, Decimal>> | undefined,
  previous: readonly CarryIndexValue[],
): AccruedCarryInterest {
  const interest: CarryInterest[] = [];
  const out: CarryEntry[] = [];
  const notes: string[] = [];
  const indexValues: CarryIndexValue[] = [];
  const rates = new Map<string, Decimal | undefined>();
  // The period's rate (as a fraction of the balance) per carried holder, worked out once per holder.
  for (const h of ctx.holdings) {
    const carry = h.carry;
    if (carry === undefined || carry.interest.isZero() && carry.index === undefined) continue;
    const owed = entries.some((e) => e.holder === h.key && e.balance.gt(0));
    const index = carry.index;
    const r = periodInterestRate(carry.interest, index, period, indices, previous.find((p) => p.holder === h.key)?.value);
    if (r.indexValue !== undefined) indexValues.push({ holder: h.key, value: r.indexValue });
    if (r.rate !== undefined) rates.set(h.key, r.rate);
    if (!owed || r.missing === undefined || index === undefined) continue;
    const place = `carry interest of ${h.key}${h.ref ? ` (${h.ref})` : ''} for ${period.label}`;
    if (r.missing === 'earlier') notes.push(`Warning: ${place}: no earlier value of the index "${index.index}" to measure its rise from (give the index every period, or baseValue), so only the margin is added.`);
    else notes.push(`Warning: ${place}: the actuals give no value of the index "${index.index}" (add indices: { ${index.index}: "<value>" }), so ${index.basis === 'reference-rate' ? 'no interest is added this period' : `only the margin is added; the index's rise is counted when it is next given`}.`);
  }
  for (const e of entries) {
    const rate = rates.get(e.holder);
    const amount = rate === undefined || rate.isZero() || !e.balance.gt(0) ? ZERO : payable(ctx, exactProduct(e.balance, rate));
    if (amount.isZero()) {
      out.push(e);
      continue;
    }
    interest.push({ holder: e.holder, carrier: e.carrier, amount, opening: e.balance });
    out.push({ holder: e.holder, carrier: e.carrier, balance: e.balance.plus(amount) });
  }
  return { entries: out, interest, indexValues, notes };
}

/** Part of a carry balance written off on a date. */
export interface CarryWrittenOff {
  readonly holder: string;
  readonly carrier: string;
  /** The amount written off, rounded to the minor unit. */
  readonly amount: Decimal;
  /** The balance before the write-off. */
  readonly opening: Decimal;
}

/**
 * Writes off part of the carry balances whose carry states a write-off dated within the period:
 * share × the balance brought into the period, rounded to the minor unit (100% writes off all of
 * it), before the period's interest. What is written off is never recovered; it is not a payment,
 * so no line records it: the statement's balances and notes do.
 *
 * @example
 * ```ts
 * // writeOffs: [{ date: '2030-02-15', share: '50%' }]; 10000000.01 owed: 5000000.00 written off (half-even)
 * writeOffCarry(ctx, entries, period('2030-Q1')).writtenOff[0].amount; // 5000000.00
 * ```
 */
export function writeOffCarry(ctx: PayoutContext, entries: readonly CarryEntry[], period: Period): { entries: CarryEntry[]; writtenOff: CarryWrittenOff[]; notes: string[] } {
  const writtenOff: CarryWrittenOff[] = [];
  const notes: string[] = [];
  let out = [...entries];
  for (const h of ctx.holdings) {
    for (const w of h.carry?.writeOffs ?? []) {
      if (w.date < period.start || w.date > period.end) continue;
      for (const e of out.filter((x) => x.holder === h.key && x.balance.gt(0))) {
        const amount = payable(ctx, exactProduct(e.balance, w.share));
        if (amount.isZero()) continue;
        writtenOff.push({ holder: e.holder, carrier: e.carrier, amount, opening: e.balance });
        notes.push(`${formatRate(w.share)} of ${h.key}'s carry owed to ${e.carrier} written off on ${w.date}${w.ref ?? h.ref ? ` (${w.ref ?? h.ref})` : ''}: ${moneyText(ctx, amount)} of ${moneyText(ctx, e.balance)}; it is never recovered.`);
        out = addToBalance(out, e.holder, e.carrier, amount.negated());
      }
    }
  }
  return { entries: out, writtenOff, notes };
}

/**
 * A carried holder's share of a cash call, paid by its carriers in proportion to their weights
 * (their stated shares of the carry, else their equity), allocated so the parts sum exactly. Unless
 * the carry is free (`recovery: none`), each carrier's payment is added to what it recovers from
 * the holder's later distributions.
 */
export function carriedCashCall(ctx: PayoutContext, ledger: PeriodLedger, holding: PreparedHolding, call: Decimal, entries: CarryEntry[], callTrace: DeferredTrace): CarryEntry[] {
  const carry = holding.carry!;
  const allocation = allocate(makeMoney(call, ctx.currency), carry.weights, { method: ctx.method });
  let next = entries;
  for (let i = 0; i < carry.carriers.length; i++) {
    const party = carry.carriers[i]!.party;
    const part = allocation.parts[i]!.amount;
    if (part.isZero()) continue;
    ledger.add({
      id: holding.carriedCallIds.get(party)!,
      kind: 'carried-cash-call',
      ref: holding.ref,
      from: party,
      to: PROJECT_COMPANY,
      amount: part,
      onBehalfOf: holding.key,
      baseLabel: holding.labels.cashCall, baseAmount: call,
      explain: carriedCallTrace,
      data: { ctx, holding, amount: call, index: i, call: callTrace } satisfies CarriedCall,
    });
    if (carry.recovered) next = addToBalance(next, holding.key, party, part);
  }
  return next;
}

function carriedCallTrace(d: CarriedCall): Trace {
  const carry = d.holding.carry!;
  const allocation = allocate(makeMoney(d.amount, d.ctx.currency), carry.weights, { method: d.ctx.method });
  const party = carry.carriers[d.index]!.party;
  return traceNode(`${party} pays ${d.holding.key}'s cash call`, moneyToString(allocation.parts[d.index]!), {
    ref: d.holding.ref,
    formula: `${d.holding.key} is carried by ${carry.carriers.map((k) => k.party).join(' and ')}; parts in proportion to ${carry.carriers.map((k) => formatRate(k.weight)).join(' : ')}, allocated by ${allocation.method}${carry.recovered ? "; recoverable from the holder's distributions" : '; a free carry, not recovered'}`,
    inputs: [buildTrace(d.call)],
  });
}

/**
 * Repays carry balances from a carried holder's distribution before the holder receives it: the
 * repayment is the smaller of the distribution (or the carry's `recoveryShare` of it, rounded once)
 * and the balance, shared between the carriers in proportion to what each is owed. Returns what is
 * left of the distribution for the holder.
 */
export function repayCarry(ctx: PayoutContext, ledger: PeriodLedger, holding: PreparedHolding, distribution: Decimal, entries: CarryEntry[], distributionTrace: DeferredTrace): { left: Decimal; entries: CarryEntry[] } {
  const owed = entries.filter((e) => e.holder === holding.key && e.balance.gt(0));
  const outstanding = outstandingCarry(owed, holding.key);
  if (outstanding.isZero() || distribution.isZero()) return { left: distribution, entries };
  const share = holding.carry?.recoveryShare;
  const available = share === undefined ? distribution : payable(ctx, exactProduct(distribution, share));
  const repay = Decimal.min(available, outstanding);
  if (repay.isZero()) return { left: distribution, entries };
  const allocation = allocate(makeMoney(repay, ctx.currency), owed.map((e) => e.balance), { method: ctx.method });
  let next = entries;
  for (let i = 0; i < owed.length; i++) {
    const e = owed[i]!;
    const part = allocation.parts[i]!.amount;
    if (part.isZero()) continue;
    ledger.add({
      id: holding.repaymentIds.get(e.carrier) ?? intern(ctx, `carry-repayments/${holding.key}/${e.carrier}`),
      kind: 'carry-repayment',
      ref: holding.ref,
      from: PROJECT_COMPANY,
      to: e.carrier,
      amount: part,
      onBehalfOf: holding.key,
      baseLabel: holding.labels.distribution, baseAmount: distribution,
      explain: carryRepaidTrace,
      data: { ctx, holding, carrier: e.carrier, part, owedBefore: e.balance, outstanding, distribution: distributionTrace } satisfies CarryRepaid,
    });
    next = addToBalance(next, holding.key, e.carrier, part.negated());
  }
  return { left: distribution.minus(repay), entries: next };
}

function carryRepaidTrace(d: CarryRepaid): Trace {
  const share = d.holding.carry?.recoveryShare;
  return traceNode(`${d.holding.key}'s distribution repays ${d.carrier}'s carry`, moneyText(d.ctx, d.part), {
    ref: d.holding.ref,
    formula: `the smaller of ${share === undefined ? 'the distribution' : `${formatRate(share)} of the distribution (rounded ${d.ctx.mode})`} and the balance, shared in proportion to what each carrier is owed`,
    inputs: [buildTrace(d.distribution), traceNode(`carry balance owed to ${d.carrier} before repayment`, moneyText(d.ctx, d.owedBefore)), traceNode('all carry balances of the holder', moneyText(d.ctx, d.outstanding))],
  });
}

function addToBalance(entries: readonly CarryEntry[], holder: string, carrier: string, amount: Decimal): CarryEntry[] {
  let found = false;
  const out: CarryEntry[] = [];
  for (const e of entries) {
    if (e.holder === holder && e.carrier === carrier) {
      found = true;
      const balance = e.balance.plus(amount);
      if (!balance.isZero()) out.push({ holder, carrier, balance });
    } else out.push(e);
  }
  if (!found && !amount.isZero()) out.push({ holder, carrier, balance: amount });
  return out;
}
