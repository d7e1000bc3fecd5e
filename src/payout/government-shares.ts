import { allocate } from '../money/allocate.js';
import { moneyToString } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import { intern, type PayoutContext, type PreparedSplit } from './payout-context.js';
import type { PayoutLine } from './payout-line.js';
import type { PeriodLedger } from './period-ledger.js';
import { traceNode, type Trace } from './trace.js';

/** One level of government's part of a receipt, for its trace (the split is redone when it is read). */
interface SharePassed {
  readonly ctx: PayoutContext;
  readonly receipt: PayoutLine;
  readonly index: number;
}

/**
 * Splits a government receipt between levels of government by the contract's table
 * (`revenue.governmentShares`), with the contract's allocation method so the parts sum exactly to
 * the receipt. The government that received the payment keeps its own part and passes each other
 * part on in a `government-share` line (as Kenya's Mining Act 2016 s.183 shares royalties: 70%
 * national, 20% county, 10% community). Returns the lines added; none when the clause has no split.
 *
 * @example
 * ```ts
 * // a royalty of 1000.01 USD received by gob, split gob 80% / chagai-district 10% / gop 10%:
 * governmentShareLines(ctx, ledger, royaltyLine); // chagai-district 100.00, gop 100.00 (gob keeps 800.01)
 * ```
 */
export function governmentShareLines(ctx: PayoutContext, ledger: PeriodLedger, receipt: PayoutLine): PayoutLine[] {
  const split = ctx.splits.get(receipt.clause ?? '');
  if (split === undefined || receipt.amount.amount.isZero()) return [];
  const allocation = allocate(receipt.amount, split.weights, { method: ctx.method });
  const added: PayoutLine[] = [];
  for (let i = 0; i < split.parties.length; i++) {
    const party = split.parties[i]!;
    if (party === receipt.to) continue;
    const line = ledger.add({
      id: receipt.id === receipt.clause ? split.ids[i]! : intern(ctx, `${receipt.id}/${party}`),
      kind: 'government-share',
      clause: receipt.clause,
      ref: split.ref ?? receipt.ref,
      from: receipt.to,
      to: party,
      amount: allocation.parts[i]!.amount,
      baseLabel: receivedBy(split, receipt), baseAmount: receipt.amount.amount,
      rate: split.weights[i],
      explain: sharePassedTrace,
      data: { ctx, receipt, index: i } satisfies SharePassed,
    });
    if (line) added.push(line);
  }
  return added;
}

function receivedBy(split: PreparedSplit, receipt: PayoutLine): string {
  let label = split.receivedBy.get(receipt.to);
  if (label === undefined) split.receivedBy.set(receipt.to, (label = `${receipt.clause ?? receipt.id} received by ${receipt.to}`));
  return label;
}

function sharePassedTrace(d: SharePassed): Trace {
  const { receipt, index } = d;
  const split = d.ctx.splits.get(receipt.clause ?? '')!;
  const allocation = allocate(receipt.amount, split.weights, { method: d.ctx.method });
  const party = split.parties[index]!;
  return traceNode(`share of ${receipt.clause ?? receipt.id} passed from ${receipt.to} to ${party}`, moneyToString(allocation.parts[index]!), {
    clause: receipt.clause,
    ref: split.ref ?? receipt.ref,
    formula: `${formatRate(split.weights[index]!)} of the receipt; parts allocated by ${allocation.method} (ties to the earlier party in the split), so they sum exactly`,
    inputs: [
      receipt.trace,
      traceNode('the split', moneyToString(receipt.amount), { inputs: split.parties.map((p, i) => traceNode(`${p}: ${formatRate(split.weights[i]!)}`, moneyToString(allocation.parts[i]!))) }),
    ],
  });
}
