import type { Money } from '../money/index.js';
import { subtractMoney, zeroMoney } from '../money/index.js';
import { addMoney } from '../money/money-arithmetic.js';
import type { PayoutStatement } from '../payout/index.js';

/** One party's net receipts before and after, and the change. */
export interface PartyChange {
  /** The party id. */
  readonly party: string;
  /** Its net before (0 when it had no line). */
  readonly before: Money;
  /** Its net after. */
  readonly after: Money;
  /** after − before. */
  readonly change: Money;
}

/** One period's payouts per party before and after. */
export interface PeriodPayoutChange {
  /** The period, as its label (`2031`, `2031-Q2`). */
  readonly period: string;
  /** Every party with a line in either statement, in the contracts' party order. */
  readonly parties: readonly PartyChange[];
}

/** Each party's payouts per period and in total, under two contracts and the same actuals. */
export interface PayoutDiff {
  /** The currency of every amount. */
  readonly currency: string;
  /** Per period, in period order. */
  readonly periods: readonly PeriodPayoutChange[];
  /** Over all the periods. */
  readonly total: readonly PartyChange[];
}

function nets(s: PayoutStatement | undefined): Map<string, Money> {
  return new Map((s?.totals ?? []).map((t) => [t.party, t.net]));
}

/**
 * Compares two series of payout statements of the same periods (the same actuals under two
 * contracts), per party: what each receives net, before and after, and the change, exactly.
 *
 * @example
 * ```ts
 * const d = diffPayouts(computePayouts(old, actuals).value.statements, computePayouts(amended, actuals).value.statements);
 * d.total.find((p) => p.party === 'ministry')?.change; // what the amendment is worth to the ministry
 * ```
 */
export function diffPayouts(before: readonly PayoutStatement[], after: readonly PayoutStatement[]): PayoutDiff {
  const currency = after[0]?.currency ?? before[0]?.currency ?? 'USD';
  const labels = [...new Set([...before.map((s) => s.period.label), ...after.map((s) => s.period.label)])];
  const order: string[] = [];
  for (const s of [...before, ...after]) for (const t of s.totals) if (!order.includes(t.party)) order.push(t.party);
  const totals = new Map(order.map((p) => [p, { before: zeroMoney(currency), after: zeroMoney(currency) }]));
  const periods = labels.map((label) => {
    const b = nets(before.find((s) => s.period.label === label));
    const a = nets(after.find((s) => s.period.label === label));
    const parties = order.filter((p) => b.has(p) || a.has(p)).map((party) => {
      const x = b.get(party) ?? zeroMoney(currency);
      const y = a.get(party) ?? zeroMoney(currency);
      const t = totals.get(party)!;
      t.before = addMoney(t.before, x);
      t.after = addMoney(t.after, y);
      return { party, before: x, after: y, change: subtractMoney(y, x) };
    });
    return { period: label, parties };
  });
  return { currency, periods, total: order.map((party) => ({ party, before: totals.get(party)!.before, after: totals.get(party)!.after, change: subtractMoney(totals.get(party)!.after, totals.get(party)!.before) })) };
}
