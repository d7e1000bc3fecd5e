import type { Actuals, Contract } from '../contract/index.js';
import { ClauseError } from './clause-error.js';
import { allocate } from '../money/allocate.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import { moneyText, payoutContext, type PayoutContext } from './payout-context.js';
import type { PeriodLedger } from './period-ledger.js';
import { traceNode, type Trace } from './trace.js';

/** An equity option clause (`ownership[i].options[j]`). */
export type EquityOptionClause = NonNullable<Contract['ownership'][number]['options']>[number];

/** The equity shares in force, per holding (in the contract's order), and the options exercised. */
export interface ShareRegister {
  /** One share per holding of the contract, in its order. */
  readonly shares: readonly Decimal[];
  /** The ids of the options exercised so far. */
  readonly exercised: readonly string[];
}

interface Exercise {
  readonly ctx: PayoutContext;
  readonly clause: EquityOptionClause;
  readonly buyer: string;
  readonly date: string;
  readonly seller: string;
  readonly part: Decimal;
  readonly before: readonly Decimal[];
  readonly after: readonly Decimal[];
}

// A problem with an option's exercise: located at the option clause, the period's actuals related.
function refuse(clause: string, code: string, message: string, hint?: string): never {
  throw new ClauseError(hint === undefined ? { code, message } : { code, message, hint }, clause);
}

/** The register a fold starts from: the contract's shares, no option exercised. */
export function contractShares(contract: Contract): ShareRegister {
  return { shares: contract.ownership.map((h) => h.share), exercised: [] };
}

/**
 * Exercises the equity options the period's actuals record (`events: [{ clause: <option id>, date,
 * kind: exercised }]`, or without `kind`): each seller's share falls by the share it sells and the
 * holder's rises by their sum; the holder pays the price to the sellers (`equity-purchase` lines,
 * the price allocated in proportion to the shares sold, so the parts sum exactly). Those lines move
 * money between holders, not through the company. The new shares apply from this period's
 * distributions and cash calls on; the statement's notes state them.
 *
 * @throws FairlodeError when an option is exercised twice, outside its dates, by a price in
 * another currency, or for more equity than a seller holds.
 * @example
 * ```ts
 * // state 10% holds an option on 20% from investor (90%) at 250,000,000 USD; exercised 2029-03-01
 * exerciseOptions(ctx, ledger, actuals, register, notes).shares; // [0.7, 0.3]
 * ```
 */
export function exerciseOptions(ctx: PayoutContext, ledger: PeriodLedger, actuals: Actuals, register: ShareRegister, notes: string[]): ShareRegister {
  let shares = register.shares;
  let exercised = register.exercised;
  const contract = ctx.contract;
  contract.ownership.forEach((h, i) => {
    for (const o of h.options ?? []) {
      const events = actuals.events.filter((e) => e.clause === o.id && (e.kind === undefined || e.kind === 'exercised'));
      if (events.length === 0) continue;
      const buyer = h.party!;
      const date = events[0]!.date;
      const place = `The option "${o.id}"${o.ref ? ` (${o.ref})` : ''}`;
      if (events.length > 1 || exercised.includes(o.id)) refuse(o.id, 'payout/option-exercised-twice', `${place} is exercised more than once (again in ${actuals.period.label}).`, 'an option is exercised once: remove the later event');
      const from = o.exercisableFrom ?? contract.effective;
      const to = o.exercisableTo ?? contract.termEnd;
      if (date < from || date > to) refuse(o.id, 'payout/option-outside-dates', `${place} is exercised on ${date}, outside the days it may be: ${from} to ${to}.`);
      if (o.price.currency !== ctx.currency) refuse(o.id, 'payout/currency-mismatch', `${place} is priced in ${o.price.currency}, but the contract's payments are computed in ${ctx.currency}.`);
      const before = shares;
      const after = [...shares];
      let bought = new Decimal(0);
      for (const s of o.from) {
        const j = contract.ownership.findIndex((x) => x.party === s.party);
        if (j < 0) refuse(o.id, 'payout/option-seller-not-a-holder', `${place} buys from "${s.party}", which holds no equity of its own in contract "${contract.id}".`);
        after[j] = after[j]!.minus(s.share);
        if (after[j]!.isNegative()) refuse(o.id, 'payout/option-exceeds-holding', `${place} buys ${formatRate(s.share)} from "${s.party}", which holds only ${formatRate(before[j]!)}.`);
        bought = bought.plus(s.share);
      }
      after[i] = after[i]!.plus(bought);
      const weights = o.from.map((s) => s.share);
      const parts = bought.isZero() ? [] : allocate(makeMoney(o.price.amount, ctx.currency), weights, { method: ctx.method }).parts;
      o.from.forEach((s, k) => {
        ledger.add({
          id: `${o.id}/${s.party}`,
          kind: 'equity-purchase',
          clause: o.id,
          ref: o.ref,
          from: buyer,
          to: s.party,
          amount: parts[k]?.amount ?? new Decimal(0),
          rate: s.share,
          baseLabel: `equity bought from ${s.party}`,
          explain: exerciseTrace,
          data: { ctx, clause: o, buyer, date, seller: s.party, part: s.share, before, after } satisfies Exercise,
        });
      });
      shares = after;
      exercised = [...exercised, o.id];
      const holders = contract.ownership.map((x, k) => `${x.party ?? x.parties!.join('+')} ${formatRate(after[k]!)}`).join(', ');
      notes.push(`${place} was exercised on ${date}: ${buyer} acquired ${formatRate(bought)} for ${moneyText(ctx, o.price.amount)}; from this period's distributions and cash calls on the shares are ${holders}.`);
    }
  });
  return { shares, exercised };
}

function exerciseTrace(d: Exercise): Trace {
  const c = d.clause;
  const bought = c.from.reduce((a, s) => a.plus(s.share), new Decimal(0));
  const j = d.ctx.contract.ownership.findIndex((x) => x.party === d.seller);
  return traceNode(`${d.buyer} pays ${d.seller} for ${formatRate(d.part)} of the equity`, moneyText(d.ctx, allocate(makeMoney(c.price.amount, d.ctx.currency), c.from.map((s) => s.share), { method: d.ctx.method }).parts[c.from.findIndex((s) => s.party === d.seller)]!.amount), {
    clause: c.id,
    ref: c.ref,
    formula: `the option's price × ${formatRate(d.part)} ÷ ${formatRate(bought)} (the share bought from ${d.seller} ÷ all bought), allocated by ${d.ctx.method}`,
    inputs: [
      traceNode('option exercised on', d.date, { formula: 'from the actuals (events)' }),
      traceNode('price of the option', moneyText(d.ctx, c.price.amount), { clause: c.id, ref: c.ref }),
      traceNode(`${d.seller}'s share before and after`, `${formatRate(d.before[j]!)} → ${formatRate(d.after[j]!)}`),
    ],
  });
}

const registers = new WeakMap<Contract, Map<string, PayoutContext>>();

/**
 * The payout context with the shares in force: the contract's own when no option or dilution has changed them,
 * else one prepared (once per set of shares) from the contract with those shares, so that
 * distributions, cash calls and carriers' equity weights follow the new shares.
 */
export function contextWithShares(ctx: PayoutContext, register: ShareRegister): PayoutContext {
  const contract = ctx.contract;
  if (register.shares.every((s, i) => s.eq(contract.ownership[i]!.share))) return ctx;
  let byShares = registers.get(contract);
  if (byShares === undefined) registers.set(contract, (byShares = new Map()));
  const key = register.shares.map((s) => s.toString()).join('|');
  let prepared = byShares.get(key);
  if (prepared === undefined) {
    prepared = payoutContext({ ...contract, ownership: contract.ownership.map((h, i) => ({ ...h, share: register.shares[i]! })) });
    byShares.set(key, prepared);
  }
  return prepared;
}
