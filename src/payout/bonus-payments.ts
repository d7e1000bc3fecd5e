import type { Actuals, Contract } from '../contract/index.js';
import type { Decimal } from '../money/decimal.js';
import { addDays, addMonths, maxDate, type IsoDate, type Period } from '../time/index.js';
import { moneyText, type PayoutContext } from './payout-context.js';
import type { PayoutLineKind } from './payout-line.js';
import { traceNode, type Trace } from './trace.js';

/** A contract's bonus clause (`revenue.bonuses[i]`): a bonus or a settlement. */
export type BonusClause = Contract['revenue']['bonuses'][number];

/**
 * The first event the actuals reported for a clause that a bonus's due date counts from, and the
 * first day of the period it was reported in.
 *
 * @example
 * ```ts
 * state.bonusEvents; // [{ clause: 'commercial-production', date: '2029-03-20', reported: '2029-01-01' }]
 * ```
 */
export interface BonusEvent {
  /** The clause (or milestone) id the event was reported for. */
  readonly clause: string;
  /** The date of the event. */
  readonly date: IsoDate;
  /** The first day of the period whose actuals first reported it. */
  readonly reported: IsoDate;
}

/** One payment of a bonus falling due in a period: the only payment, or one of its instalments. */
export interface BonusPayment {
  readonly ctx: PayoutContext;
  readonly clause: BonusClause;
  /** 1 for the first payment, 2 for the first further instalment, and so on. */
  readonly index: number;
  /** How many payments the bonus has in all. */
  readonly of: number;
  /** The due date as the clause sets it. */
  readonly due: IsoDate;
  /** Where the first payment's due date comes from, in words. */
  readonly basis: string;
  /** When the event was reported only after the due date had passed: the day it was paid from. */
  readonly late: IsoDate | undefined;
  readonly amount: Decimal;
}

const MONTHS = { year: 12, quarter: 3, month: 1 } as const;

/** The clauses whose events some bonus's due date counts from, once per contract. */
const eventClauses = new WeakMap<PayoutContext, ReadonlySet<string>>();

function clausesCountedFrom(ctx: PayoutContext): ReadonlySet<string> {
  let set = eventClauses.get(ctx);
  if (set === undefined) {
    set = new Set(ctx.contract.revenue.bonuses.flatMap((b) => (typeof b.within?.of === 'object' ? [b.within.of.event] : [])));
    eventClauses.set(ctx, set);
  }
  return set;
}

/**
 * The events bonuses count from, after a period: those known before, plus the first event the
 * period's actuals report for each clause a bonus's `within.of.event` names (the earliest date, if
 * it reports several). Other events are not kept.
 *
 * @example
 * ```ts
 * const events = bonusEventsAfter(ctx, state.bonusEvents, actuals);
 * ```
 */
export function bonusEventsAfter(ctx: PayoutContext, before: readonly BonusEvent[] | undefined, actuals: Actuals): readonly BonusEvent[] {
  const known = before ?? [];
  const wanted = clausesCountedFrom(ctx);
  // Actuals built in code may leave the events out.
  const reported = actuals.events as Actuals['events'] | undefined;
  if (wanted.size === 0 || reported === undefined || reported.length === 0) return known;
  const added = new Map<string, BonusEvent>();
  for (const e of reported) {
    if (!wanted.has(e.clause) || known.some((k) => k.clause === e.clause)) continue;
    const seen = added.get(e.clause);
    if (seen === undefined || e.date < seen.date) added.set(e.clause, Object.freeze({ clause: e.clause, date: e.date, reported: actuals.period.start }));
  }
  return added.size === 0 ? known : Object.freeze([...known, ...added.values()]);
}

/**
 * The first payment's due date and where it comes from: the clause's `due` date, or `within.days`
 * after the effective date or after the first event the actuals reported for the clause named;
 * undefined while that event has not been reported.
 */
function firstDue(ctx: PayoutContext, b: BonusClause, events: readonly BonusEvent[]): { due: IsoDate; basis: string; reported: IsoDate | undefined } | undefined {
  if (b.due !== undefined) return { due: b.due, basis: `due ${b.due}`, reported: undefined };
  const w = b.within!;
  if (w.of === 'effective-date') return { due: addDays(ctx.contract.effective, w.days), basis: `within ${w.days} days of the effective date ${ctx.contract.effective}`, reported: undefined };
  const clause = w.of.event;
  const event = events.find((e) => e.clause === clause);
  if (event === undefined) return undefined;
  return { due: addDays(event.date, w.days), basis: `within ${w.days} days of the event of "${clause}" on ${event.date}`, reported: event.reported };
}

/**
 * The payments of a bonus (or settlement) that fall due in a period: its first payment and any of
 * its further instalments (`instalments.count` payments, one every year, quarter or month after the
 * first due date) whose due date lies in the period. A due date counted from an event that the
 * actuals report only after it has passed falls in the period that reports the event.
 *
 * @example
 * ```ts
 * bonusPaymentsDue(ctx, settlement, period('2021-Q2'), []); // [{ index: 2, of: 6, due: '2021-05-26', amount: 40000000, … }]
 * ```
 */
export function bonusPaymentsDue(ctx: PayoutContext, b: BonusClause, period: Period, events: readonly BonusEvent[]): BonusPayment[] {
  const first = firstDue(ctx, b, events);
  if (first === undefined) return [];
  const out: BonusPayment[] = [];
  const of = 1 + (b.instalments?.count ?? 0);
  for (let i = 1; i <= of; i++) {
    const due = i === 1 ? first.due : addMonths(first.due, (i - 1) * MONTHS[b.instalments!.every]);
    const paid = first.reported === undefined ? due : maxDate(due, first.reported);
    if (paid > period.end) break;
    if (paid < period.start) continue;
    const amount = i === 1 ? b.amount.amount : b.instalments!.amount.amount;
    out.push({ ctx, clause: b, index: i, of, due, basis: first.basis, late: paid === due ? undefined : paid, amount });
  }
  return out;
}

/** The line id of a bonus payment: the clause id for a single payment, `<id>/<n>` for instalments. */
export function bonusLineId(p: BonusPayment): string {
  return p.clause.instalments === undefined ? p.clause.id : `${p.clause.id}/${p.index}`;
}

/** The line kind of a bonus payment: `settlement` for a settlement, otherwise `bonus`. */
export function bonusLineKind(b: BonusClause): PayoutLineKind {
  return b.kind === 'settlement' ? 'settlement' : 'bonus';
}

/** Explains a bonus payment: the clause's amount, which payment it is, and when and why it is due. */
export function bonusPaymentTrace(p: BonusPayment): Trace {
  const b = p.clause;
  const what = b.kind === 'settlement' ? 'settlement' : `${b.kind} bonus`;
  const inputs: Trace[] = [traceNode('first payment due', p.basis, { clause: b.id, ref: b.ref })];
  if (b.instalments !== undefined) {
    inputs.push(traceNode('further instalments', `${b.instalments.count} × ${moneyText(p.ctx, b.instalments.amount.amount)}, one every ${b.instalments.every}`, { clause: b.id, ref: b.ref }));
  }
  if (p.late !== undefined) inputs.push(traceNode('paid in the period the event was reported', p.late, { formula: `the event was reported after the due date ${p.due} had passed` }));
  if (b.payer !== undefined) inputs.push(traceNode('paid by', b.payer, { clause: b.id, ref: b.ref, formula: 'not the project company: the payment does not use the company\'s cash' }));
  const label = b.instalments === undefined ? `${what} due ${p.due}` : `${what}: payment ${p.index} of ${p.of}, due ${p.due}`;
  return traceNode(label, moneyText(p.ctx, p.amount), { clause: b.id, ref: b.ref, formula: p.index === 1 ? 'the amount the clause states' : 'the instalment amount the clause states', inputs });
}
