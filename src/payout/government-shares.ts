import { allocate } from '../money/allocate.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney, moneyToString } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import type { PayoutContext } from './payout-context.js';
import type { PayoutLine } from './payout-line.js';
import type { PeriodLedger } from './period-ledger.js';
import { traceNode } from './trace.js';

/**
 * Splits a government receipt between levels of government by the contract's table
 * (`revenue.governmentShares`), with the contract's allocation method so the parts sum exactly to
 * the receipt. The government that received the payment keeps its own part and passes each other
 * part on in a `government-share` line (Kenya's Mining Act 2016 s.183: 70% national, 20% county,
 * 10% community). Returns the lines added; none when the clause has no split.
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
  const shown = () => split.parties.map((p, i) => traceNode(`${p}: ${formatRate(split.weights[i]!)}`, moneyToString(allocation.parts[i]!)));
  split.parties.forEach((party, i) => {
    if (party === receipt.to) return;
    const part = allocation.parts[i]!;
    const line = ledger.add({
      id: `${receipt.id}/${party}`,
      kind: 'government-share',
      clause: receipt.clause,
      ref: split.ref ?? receipt.ref,
      from: receipt.to,
      to: party,
      amount: part.amount,
      base: { label: `${receipt.clause ?? receipt.id} received by ${receipt.to}`, amount: receipt.amount.amount },
      rate: split.weights[i],
      trace: () => traceNode(`share of ${receipt.clause ?? receipt.id} passed from ${receipt.to} to ${party}`, moneyToString(part), {
        clause: receipt.clause,
        ref: split.ref ?? receipt.ref,
        formula: `${formatRate(split.weights[i]!)} of the receipt; parts allocated by ${allocation.method} (ties to the earlier party in the split), so they sum exactly`,
        inputs: [receipt.trace, traceNode('the split', moneyToString(receipt.amount), { inputs: shown() })],
      }),
    });
    if (line) added.push(line);
  });
  return added;
}

/** The part of a receipt the receiving government keeps under its split (the whole receipt without one). */
export function keptShare(ctx: PayoutContext, receipt: PayoutLine): Decimal {
  const split = ctx.splits.get(receipt.clause ?? '');
  if (split === undefined) return receipt.amount.amount;
  const i = split.parties.indexOf(receipt.to);
  if (i < 0) return new Decimal(0);
  return allocate(makeMoney(receipt.amount.amount, ctx.currency), split.weights, { method: ctx.method }).parts[i]!.amount;
}
