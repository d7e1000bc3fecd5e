import type { Actuals } from '../contract/index.js';
import { allocate } from '../money/allocate.js';
import { Decimal } from '../money/decimal.js';
import type { Money } from '../money/money.js';
import { divideAndRound, roundDecimal, type RoundingMode } from '../money/rounding.js';
import { makeQuantity, type Quantity } from '../quantity/quantity.js';
import { addDays, daysBetween, type IsoDate, type Period } from '../time/index.js';

/** How many more decimals than written a split quantity keeps (its two parts always add up to it exactly). */
export const QUANTITY_SPLIT_PLACES = 6;

/**
 * One part of a period of actuals split at a date: the actuals of the part (with the period narrowed
 * to its days) and the share of the period's days it covers.
 */
export interface PeriodPart {
  /** The actuals of the part: the period keeps its kind and label, with the part's first and last day. */
  readonly actuals: Actuals;
  /** The part's days. */
  readonly days: number;
  /** The days of the whole period. */
  readonly of: number;
}

/**
 * Splits a period's actuals at a date (the first day of the second part) into two parts, each
 * computed as its own stretch of the period. Every flow is shared out by days (days in the part ÷
 * days in the period), exactly and without creating or losing a minor unit:
 *
 * - amounts of money (costs, sale deductions, related-party payments, training, procurement and
 *   infrastructure spend, fund payments) are split in minor units by the largest-remainder method
 *   with the days as weights: the two parts add up to the amount, each within one minor unit of
 *   its exact share (an amount finer than the minor unit is first rounded in `rounding`);
 * - quantities (sales, processing) are split to {@link QUANTITY_SPLIT_PLACES} more decimals than
 *   written, the first part rounded half-even, the second the rest; people trained in whole people;
 * - a sale with a date, and an event or completion date, goes whole to the part it falls in;
 * - levels and rates (workforce, exchange rates, index values, reference prices) hold for both parts.
 *
 * Prices are not scaled: a part's revenue is its quantity × the price, rounded once by the fold.
 *
 * `at` must lie after the period's first day and on or before its last (the caller checks).
 *
 * @example
 * ```ts
 * // 2026-Q1 (90 days) split at 2026-02-15: 45 days before, 45 from it.
 * const [before, after] = splitActuals(q1, isoDate('2026-02-15'), 'half-even');
 * after.actuals.period; // { kind: 'quarter', label: '2026-Q1', start: '2026-02-15', end: '2026-03-31' }
 * ```
 */
export function splitActuals(actuals: Actuals, at: IsoDate, rounding: RoundingMode): readonly [PeriodPart, PeriodPart] {
  const p = actuals.period;
  const of = daysBetween(p.start, p.end) + 1;
  const first = daysBetween(p.start, at);
  const second = of - first;
  const weights = [first, second];
  const money = (m: Money): [Money, Money] => {
    const parts = allocate(m, weights, { rounding }).parts;
    return [parts[0]!, parts[1]!];
  };
  const quantity = (q: Quantity): [Quantity, Quantity] => {
    const places = q.value.decimalPlaces() + QUANTITY_SPLIT_PLACES;
    const a = divideAndRound(q.value.times(first), new Decimal(of), places, 'half-even');
    return [makeQuantity(a, q.unit), makeQuantity(q.value.minus(a), q.unit)];
  };
  const count = (n: number): [number, number] => {
    const a = roundDecimal(new Decimal(n).times(first).div(of), 0, 'half-even').toNumber();
    return [a, n - a];
  };
  const inFirst = (date: IsoDate) => date < at;
  const optional = <T>(value: T | undefined, split: (v: T) => [T, T]): [T | undefined, T | undefined] => (value === undefined ? [undefined, undefined] : split(value));
  const periods: [Period, Period] = [
    { kind: p.kind, label: p.label, start: p.start, end: addDays(at, -1) },
    { kind: p.kind, label: p.label, start: at, end: p.end },
  ];

  const sales: [Actuals['sales'][number][], Actuals['sales'][number][]] = [[], []];
  for (const s of actuals.sales) {
    if (s.date !== undefined) {
      sales[inFirst(s.date) ? 0 : 1].push(s);
      continue;
    }
    const [q0, q1] = quantity(s.quantity);
    const deductions: [Record<string, Money>, Record<string, Money>] = [{}, {}];
    for (const [kind, m] of Object.entries(s.deductions ?? {})) {
      if (m === undefined) continue;
      const [d0, d1] = money(m);
      deductions[0][kind] = d0;
      deductions[1][kind] = d1;
    }
    [q0, q1].forEach((q, i) => sales[i]!.push({ ...s, quantity: q, ...(s.deductions === undefined ? {} : { deductions: deductions[i]! }) }));
  }
  const [op0, op1] = optional(actuals.costs.operating, money);
  const [cap0, cap1] = optional(actuals.costs.capital, money);
  const payments = actuals.payments.map((x) => money(x.amount));
  const [spent0, spent1] = optional(actuals.training?.spent, money);
  const [trained0, trained1] = optional(actuals.training?.trained, count);
  const [procTotal, procLocal] = [optional(actuals.procurement?.total, money), optional(actuals.procurement?.local, money)];
  const [fund0, fund1] = optional(actuals.community?.fundPaid, money);
  const processing = Object.entries(actuals.processing ?? {}).map(([id, v]) => [id, quantity(v.domestic), quantity(v.total)] as const);
  const infrastructure = Object.entries(actuals.infrastructure ?? {}).map(([id, v]) => [id, optional(v.spent, money), v.completed] as const);

  const part = (i: 0 | 1): PeriodPart => {
    const operating = i === 0 ? op0 : op1;
    const capital = i === 0 ? cap0 : cap1;
    const costs = { ...(operating === undefined ? {} : { operating }), ...(capital === undefined ? {} : { capital }) };
    const spent = i === 0 ? spent0 : spent1;
    const trained = i === 0 ? trained0 : trained1;
    const fund = i === 0 ? fund0 : fund1;
    const value: Actuals = {
      ...actuals,
      period: periods[i],
      sales: sales[i],
      costs,
      payments: actuals.payments.map((x, j) => ({ ...x, amount: payments[j]![i] })),
      events: actuals.events.filter((e) => inFirst(e.date) === (i === 0)),
      ...(actuals.training === undefined ? {} : { training: { ...(spent === undefined ? {} : { spent }), ...(trained === undefined ? {} : { trained }) } }),
      ...(actuals.procurement === undefined ? {} : { procurement: { total: procTotal[i]!, local: procLocal[i]! } }),
      ...(actuals.community === undefined ? {} : { community: fund === undefined ? {} : { fundPaid: fund } }),
      ...(actuals.processing === undefined ? {} : { processing: Object.fromEntries(processing.map(([id, d, t]) => [id, { domestic: d[i], total: t[i] }])) }),
      ...(actuals.infrastructure === undefined
        ? {}
        : {
            infrastructure: Object.fromEntries(
              infrastructure.map(([id, s, completed]) => [id, { ...(s[i] === undefined ? {} : { spent: s[i] }), ...(completed !== undefined && inFirst(completed) === (i === 0) ? { completed } : {}) }]),
            ),
          }),
    };
    return { actuals: value, days: i === 0 ? first : second, of };
  };
  return [part(0), part(1)];
}

/**
 * The words a statement's notes use for a prorated part: the days and the share, e.g.
 * `2026-Q1 was computed on 45 of its 90 days (2026-02-15 to 2026-03-31), every flow of its actuals scaled by 45/90: …`.
 *
 * @example
 * ```ts
 * prorationNote(after, 'the contract takes effect on 2026-02-15');
 * ```
 */
export function prorationNote(part: PeriodPart, why: string): string {
  const p = part.actuals.period;
  return `${p.label} was computed on ${part.days} of its ${part.of} days (${p.start} to ${p.end}), every flow of its actuals scaled by ${part.days}/${part.of}: ${why}.`;
}
