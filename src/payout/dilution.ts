import { equalWeights } from './equal-weights.js';
import type { Actuals, Contract } from '../contract/index.js';
import { allocate } from '../money/allocate.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import type { Period } from '../time/index.js';
import type { DeferredTrace } from './carried-interest.js';
import { buildTrace } from './carried-interest.js';
import { ClauseError } from './clause-error.js';
import { exactProduct, moneyText, type PayoutContext, type PreparedHolding } from './payout-context.js';
import type { PeriodLedger } from './period-ledger.js';
import { PROJECT_COMPANY } from './payout-parties.js';
import { traceNode, type Trace } from './trace.js';

/** A contract's dilution clause (`revenue.distributions.dilution`). */
export type DilutionClause = NonNullable<NonNullable<Contract['revenue']['distributions']>['dilution']>;

/**
 * Refuses a period whose actuals say a holder paid less than its cash call when the period has no
 * cash call at all.
 */
export function noCashCall(clause: DilutionClause, period: Period): never {
  throw new ClauseError({ code: 'payout/no-cash-call', message: `The actuals for ${period.label} list holders that did not pay their cash call (cashCalls), but the company called no cash in ${period.label}.`, hint: 'remove cashCalls from these actuals, or check the costs that make the shortfall' }, clause.id);
}

/** A holder's share of a cash call that it did not pay in full. */
export interface DefaultedCall {
  readonly holding: PreparedHolding;
  /** Its share of the call. */
  readonly called: Decimal;
  /** What it paid of it (less than `called`). */
  readonly paid: Decimal;
  /** Explains its share of the call. */
  readonly call: DeferredTrace;
}

/** What each holding put into the company in a period's cash call, for the dilution formula. */
export interface CallsMet {
  /** Per holding key: its own call paid (a carried holder's paid by its carriers), in full or in part. */
  readonly paid: ReadonlyMap<string, Decimal>;
  /** Per defaulting holding key, per holding key: what it paid for that defaulting holder. */
  readonly covered: ReadonlyMap<string, ReadonlyMap<string, Decimal>>;
  /** The defaults of the period. */
  readonly defaults: readonly DefaultedCall[];
}

interface Covered {
  readonly ctx: PayoutContext;
  readonly clause: DilutionClause;
  readonly defaulted: DefaultedCall;
  readonly coverer: PreparedHolding;
  readonly party: string;
  readonly amount: Decimal;
  readonly unpaid: Decimal;
  readonly weights: readonly Decimal[];
  readonly coverers: readonly PreparedHolding[];
}

interface PartPaid {
  readonly ctx: PayoutContext;
  readonly clause: DilutionClause;
  readonly defaulted: DefaultedCall;
}

const ZERO = new Decimal(0);

/** A problem with the period's `cashCalls`, located in the actuals. */
export interface CashCallProblem {
  readonly path: (string | number)[];
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
}

/**
 * Problems with the holders the actuals say did not pay their cash call: the contract must have a
 * dilution clause (else what happens to the unpaid part is not known), each entry must name a
 * holder that holds alone and is not carried (a carried holder's calls are paid by its carriers),
 * and what it paid must be in the contract currency.
 *
 * @example
 * ```ts
 * cashCallProblems(ctx, actuals); // [{ path: ['cashCalls', 0, 'party'], code: 'payout/cash-call-not-a-holder', … }]
 * ```
 */
export function cashCallProblems(ctx: PayoutContext, actuals: Actuals): CashCallProblem[] {
  const out: CashCallProblem[] = [];
  const list = actuals.cashCalls ?? [];
  if (list.length > 0 && dilutionClause(ctx.contract) === undefined) {
    out.push({ path: ['cashCalls'], code: 'payout/dilution-undefined', message: `These actuals list holders that did not pay their cash call, but the contract has no dilution clause, so who pays the rest and how the shares change is not known.`, hint: 'add revenue.distributions.dilution to the contract' });
  }
  list.forEach((c, i) => {
    const h = ctx.holdingByKey.get(c.party);
    if (h === undefined || h.parties.length > 1) out.push({ path: ['cashCalls', i, 'party'], code: 'payout/cash-call-not-a-holder', message: `"${c.party}" does not hold equity on its own, so it has no cash call of its own to leave unpaid.`, hint: `holders: ${ctx.holdings.filter((x) => x.parties.length === 1).map((x) => x.key).join(', ')}` });
    else if (h.carry !== undefined) out.push({ path: ['cashCalls', i, 'party'], code: 'payout/cash-call-carried', message: `"${c.party}" is carried: its cash calls are paid by its carriers, so it cannot leave them unpaid.`, hint: 'remove it from cashCalls' });
    if (c.paid.currency !== ctx.currency) out.push({ path: ['cashCalls', i, 'paid'], code: 'payout/currency-mismatch', message: `What "${c.party}" paid is in ${c.paid.currency}, but the contract's payments are computed in ${ctx.currency}.`, hint: `state it in ${ctx.currency}` });
  });
  return out;
}

/** The dilution clause of a contract, if it has one. */
export function dilutionClause(contract: Contract): DilutionClause | undefined {
  return contract.revenue.distributions?.dilution;
}

/**
 * What the period's actuals say each defaulting holder paid of its cash call (`cashCalls`), by
 * holding key; undefined when no holder defaulted.
 */
export function cashCallsPaid(actuals: Actuals): ReadonlyMap<string, Decimal> | undefined {
  const list = actuals.cashCalls;
  if (list === undefined || list.length === 0) return undefined;
  return new Map(list.map((c) => [c.party, c.paid.amount]));
}

/**
 * Takes what a defaulting holder paid of its share of a cash call (a `cash-call` line for that
 * part, none when it paid nothing) and returns the default, for {@link coverDefaults}.
 *
 * @throws ClauseError `payout/cash-call-overpaid` when the actuals say it paid more than its share.
 */
export function payPartOfCall(ctx: PayoutContext, ledger: PeriodLedger, clause: DilutionClause, holding: PreparedHolding, called: Decimal, paid: Decimal, call: DeferredTrace): DefaultedCall {
  const period = ledger.record.actuals.period.label;
  if (paid.gt(called)) {
    throw new ClauseError({ code: 'payout/cash-call-overpaid', message: `The actuals for ${period} say "${holding.key}" paid ${moneyText(ctx, paid)} of its cash call, more than its share of ${moneyText(ctx, called)}.`, hint: 'list in cashCalls only a holder that paid less than its share' }, clause.id);
  }
  const defaulted: DefaultedCall = { holding, called, paid, call };
  ledger.add({
    id: holding.cashCallIds[0]!,
    kind: 'cash-call',
    clause: clause.id,
    ref: clause.ref,
    from: holding.parties[0]!,
    to: PROJECT_COMPANY,
    amount: paid,
    rate: holding.share,
    baseLabel: 'cash called from the equity holders',
    baseAmount: called,
    explain: partPaidTrace,
    data: { ctx, clause, defaulted } satisfies PartPaid,
  });
  return defaulted;
}

function partPaidTrace(d: PartPaid): Trace {
  const x = d.defaulted;
  return traceNode(`${x.holding.key} pays part of its cash call`, moneyText(d.ctx, x.paid), {
    clause: d.clause.id,
    ref: d.clause.ref,
    formula: `what the actuals say it paid (cashCalls); ${moneyText(d.ctx, x.called.minus(x.paid))} is left unpaid and paid by the other holders`,
    inputs: [buildTrace(x.call)],
  });
}

/**
 * Pays what defaulting holders left unpaid: each unpaid amount is shared between the holders that
 * paid their own calls in full and are not carried, in proportion to their shares, by the
 * contract's allocation method (`defaulted-cash-call` lines from each of them to the company, on
 * behalf of the defaulting holder). A holding held in equal parts pays its part in equal parts.
 *
 * @throws ClauseError `payout/default-not-covered` when no holder can pay for the default.
 * @example
 * ```ts
 * // investor 60%, partner 30% pay; fund 10% leaves 100,000 unpaid: investor 66,666.67, partner 33,333.33
 * coverDefaults(ctx, ledger, clause, defaults).get('fund')?.get('investor'); // 66666.67
 * ```
 */
export function coverDefaults(ctx: PayoutContext, ledger: PeriodLedger, clause: DilutionClause, defaults: readonly DefaultedCall[]): Map<string, Map<string, Decimal>> {
  const covered = new Map<string, Map<string, Decimal>>();
  const defaulting = new Set(defaults.map((d) => d.holding.key));
  const coverers = ctx.holdings.filter((h) => h.carry === undefined && !defaulting.has(h.key) && h.share.gt(0));
  const weights = coverers.map((h) => h.share);
  for (const d of defaults) {
    const unpaid = d.called.minus(d.paid);
    if (!unpaid.gt(0)) continue;
    if (coverers.length === 0) {
      throw new ClauseError({ code: 'payout/default-not-covered', message: `"${d.holding.key}" left ${moneyText(ctx, unpaid)} of its cash call unpaid in ${ledger.record.actuals.period.label}, and no other holder pays its own calls to pay it.`, hint: 'a default is paid by the uncarried holders that paid their calls' }, clause.id);
    }
    const parts = allocate(makeMoney(unpaid, ctx.currency), weights, { method: ctx.method }).parts;
    const by = new Map<string, Decimal>();
    covered.set(d.holding.key, by);
    coverers.forEach((c, i) => {
      const part = parts[i]!.amount;
      if (part.isZero()) return;
      by.set(c.key, part);
      const each = c.parties.length === 1 ? [part] : allocate(makeMoney(part, ctx.currency), equalWeights(c.parties.length), { method: ctx.method }).parts.map((p) => p.amount);
      c.parties.forEach((party, j) => {
        ledger.add({
          id: `cash-calls/${party}/for/${d.holding.key}`,
          kind: 'defaulted-cash-call',
          clause: clause.id,
          ref: clause.ref,
          from: party,
          to: PROJECT_COMPANY,
          amount: each[j]!,
          onBehalfOf: d.holding.key,
          baseLabel: `cash call left unpaid by ${d.holding.key}`,
          baseAmount: unpaid,
          explain: coveredTrace,
          data: { ctx, clause, defaulted: d, coverer: c, party, amount: each[j]!, unpaid, weights, coverers } satisfies Covered,
        });
      });
    });
  }
  return covered;
}

function coveredTrace(d: Covered): Trace {
  return traceNode(`${d.party} pays part of the cash call ${d.defaulted.holding.key} left unpaid`, moneyText(d.ctx, d.amount), {
    clause: d.clause.id,
    ref: d.clause.ref,
    formula: `the unpaid amount shared between the holders that paid their own calls (${d.coverers.map((c, i) => `${c.key} ${formatRate(d.weights[i]!)}`).join(', ')}) in proportion to their shares, allocated by ${d.ctx.method}${d.coverer.parties.length > 1 ? ', then in equal parts within the holding' : ''}; counted in ${d.coverer.key}'s contributions${d.clause.penalty === undefined || d.clause.penalty.eq(1) ? '' : ` at ${formatRate(d.clause.penalty)} (the excess taken from ${d.defaulted.holding.key}'s)`}`,
    inputs: [
      traceNode(`cash call left unpaid by ${d.defaulted.holding.key}`, moneyText(d.ctx, d.unpaid), { formula: 'its share of the call − what it paid', inputs: [buildTrace(d.defaulted.call), traceNode('paid (cashCalls in the actuals)', moneyText(d.ctx, d.defaulted.paid))] }),
    ],
  });
}

/** The capital each holding has contributed, as the dilution formula counts it, and the shares it gives. */
export interface Diluted {
  /** Per holding key, in the contract's order. */
  readonly contributions: ReadonlyMap<string, Decimal>;
  /** The new shares, one per holding in the contract's order, when the period had a default; else undefined. */
  readonly shares: readonly Decimal[] | undefined;
}

/** Share resolution: shares are whole numbers of 10^-8 (a millionth of a percent). */
const SHARE_PLACES = 8;

/**
 * The contributions after a period and, when a holder defaulted in it, the shares from the next
 * period on: each holding's new share = its contributions ÷ all contributions, allocated in units
 * of 10^-8 (a millionth of a percent) by the contract's allocation method, so the shares sum to
 * exactly 100%. Contributions start from `contributedBefore` × each share in force; every period
 * adds each holding's own call paid (a carried holder's, paid by its carriers, counts as its own),
 * and what it paid for a defaulting holder. With a `penalty` factor p above 100%, (p − 100%) × what
 * a holder left unpaid moves from its contributions (never below zero) to those who paid for it, in
 * proportion to what each paid, so the total, and the share of every holder not involved, is as
 * without a penalty.
 *
 * @example
 * ```ts
 * // contributed 1,000,000 before, 90/10; a call of 100,000: investor pays 90,000 + 10,000 for the
 * // partner, who pays nothing: 1,000,000 : 100,000 over 1,100,000 → 90.90909091% / 9.09090909%
 * diluteShares(ctx, clause, undefined, calls, period('2027-Q1'), notes).shares; // [0.90909091, 0.09090909]
 * ```
 */
export function diluteShares(ctx: PayoutContext, clause: DilutionClause, before: ReadonlyMap<string, Decimal> | undefined, calls: CallsMet | undefined, period: Period, notes: string[]): Diluted {
  const penalty = clause.penalty ?? new Decimal(1);
  const contributions = new Map<string, Decimal>();
  const add = (key: string, amount: Decimal) => contributions.set(key, contributions.get(key)!.plus(amount));
  for (const h of ctx.holdings) {
    const start = before?.get(h.key) ?? exactProduct(clause.contributedBefore.amount, h.share);
    contributions.set(h.key, start.plus(calls?.paid.get(h.key) ?? ZERO));
  }
  for (const by of calls?.covered.values() ?? []) for (const [key, part] of by) add(key, part);
  // The penalty: the excess over 100% of what was paid for a defaulting holder moves from its
  // contributions (never below zero) to those who paid, in proportion to what each paid, so the
  // total, and the share of every holder not involved, is as without a penalty.
  if (penalty.gt(1)) {
    for (const d of calls?.defaults ?? []) {
      const unpaid = d.called.minus(d.paid);
      const by = calls!.covered.get(d.holding.key);
      if (!unpaid.gt(0) || by === undefined) continue;
      const taken = Decimal.min(contributions.get(d.holding.key)!, exactProduct(unpaid, penalty.minus(1)));
      add(d.holding.key, taken.negated());
      for (const [key, part] of by) add(key, taken.times(part).div(unpaid));
    }
  }
  if (calls === undefined || calls.defaults.length === 0) return { contributions, shares: undefined };
  const weights = ctx.holdings.map((h) => contributions.get(h.key)!);
  const total = weights.reduce((a, w) => a.plus(w), ZERO);
  if (!total.gt(0)) return { contributions, shares: undefined };
  const units = new Decimal(10).pow(SHARE_PLACES - ctx.places);
  const shares = allocate(makeMoney(units, ctx.currency), weights, { method: ctx.method }).parts.map((p) => p.amount.div(units));
  const place = `${clause.ref ? ` (${clause.ref})` : ''}`;
  for (const d of calls.defaults) {
    const i = ctx.holdings.indexOf(d.holding);
    notes.push(`${d.holding.key} paid ${moneyText(ctx, d.paid)} of its cash call of ${moneyText(ctx, d.called)} in ${period.label}; under dilution "${clause.id}"${place} its share falls from ${formatRate(d.holding.share)} to ${formatRate(shares[i]!)}.`);
  }
  notes.push(`From the period after ${period.label}, the shares are ${ctx.holdings.map((h, i) => `${h.key} ${formatRate(shares[i]!)}`).join(', ')}: each holder's contributions ÷ all contributions (${ctx.holdings.map((h) => `${h.key} ${moneyText(ctx, contributions.get(h.key)!)}`).join(', ')}${penalty.eq(1) ? '' : `; what was paid for a defaulting holder counted at ${formatRate(penalty)}`}), in millionths of a percent allocated by ${ctx.method}.`);
  return { contributions, shares };
}
