// What every obligation evaluator shares: the contract, the actuals in period order (only those
// that end on or before the as-of date), the events by clause, and how an obligation is built
// (with its range in the contract file when the contract came from text).
import type { PathSegment } from '../diagnostics/diagnostic.js';
import type { Actuals } from '../contract/load-actuals.js';
import type { Contract } from '../contract/contract.js';
import type { SourceDocument } from '../document/index.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney, moneyToString, type Money } from '../money/money.js';
import { roundMoney } from '../money/rounding.js';
import { addDays, daysBetween, type IsoDate } from '../time/index.js';
import type { Measure, ObligationEvidence, ObligationPenalty, TrackedObligation } from './obligation.js';

/** One reported event, with the period whose actuals reported it and its position there. */
export interface ReportedEvent {
  readonly clause: string;
  readonly date: IsoDate;
  readonly kind: string | undefined;
  readonly evidence: ObligationEvidence;
}

/** The shared inputs of every evaluator. */
export interface TrackingContext {
  readonly contract: Contract;
  readonly source: SourceDocument | undefined;
  readonly asOf: IsoDate;
  readonly horizonDays: number;
  /** Actuals ending on or before `asOf`, in period order. */
  readonly actuals: readonly Actuals[];
  /** Events dated on or before `asOf`, by clause id, in date order. */
  readonly events: ReadonlyMap<string, readonly ReportedEvent[]>;
}

/** Builds the context: sorts the actuals, drops those that end after `asOf`, indexes the events. */
export function trackingContext(contract: Contract, source: SourceDocument | undefined, actuals: readonly Actuals[], asOf: IsoDate, horizonDays: number): TrackingContext {
  const used = actuals.filter((a) => a.period.end <= asOf).sort((a, b) => (a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0));
  const events = new Map<string, ReportedEvent[]>();
  for (const a of used) {
    a.events.forEach((e, i) => {
      if (e.date > asOf) return;
      const list = events.get(e.clause) ?? [];
      list.push({ clause: e.clause, date: e.date, kind: e.kind, evidence: { period: a.period.label, field: `events[${i}]`, date: e.date } });
      events.set(e.clause, list);
    });
  }
  for (const list of events.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { contract, source, asOf, horizonDays, actuals: used, events };
}

/** The fields of an obligation that every evaluator fills; the rest default to undefined or empty. */
export type ObligationDraft = Pick<TrackedObligation, 'id' | 'clause' | 'kind' | 'description' | 'due' | 'status' | 'path'> & Partial<Omit<TrackedObligation, 'range'>>;

/** A complete obligation from a draft, located in the contract file when there is one. */
export function obligation(ctx: TrackingContext, draft: ObligationDraft): TrackedObligation {
  return {
    ref: undefined,
    reason: undefined,
    required: undefined,
    actual: undefined,
    expected: undefined,
    shortfall: undefined,
    penalty: undefined,
    fulfilled: undefined,
    evidence: [],
    checks: [],
    ...draft,
    range: ctx.source?.rangeOf(draft.path),
  };
}

/** Whether a deadline not yet reached falls within the horizon. */
export function withinHorizon(ctx: TrackingContext, due: IsoDate): boolean {
  return due > ctx.asOf && daysBetween(ctx.asOf, due) <= ctx.horizonDays;
}

/**
 * The fraction of the way from `from` to `to` that `asOf` has come, between 0 and 1: the pro-rata
 * path of a target is its starting level plus this fraction of the way to the target.
 */
export function elapsedFraction(from: IsoDate, to: IsoDate, asOf: IsoDate): Decimal {
  const whole = daysBetween(from, to);
  if (whole <= 0) return new Decimal(1);
  const done = Math.min(Math.max(daysBetween(from, asOf), 0), whole);
  return new Decimal(done).div(whole);
}

/**
 * Whether the actuals cover every day from `from` to `to` (inclusive), counting the periods that
 * end within the span. A sum short of a target is a miss only when they do.
 */
export function coversSpan(actuals: readonly Actuals[], from: IsoDate, to: IsoDate): boolean {
  let next = from;
  for (const a of actuals) {
    if (a.period.end < from || a.period.end > to) continue;
    if (a.period.start > next) return false;
    if (a.period.end >= next) next = addDays(a.period.end, 1);
  }
  return next > to;
}

/** Money as a measure, rounded to the minor unit with the contract's rounding mode. */
export function moneyMeasure(ctx: TrackingContext, m: Money): Measure {
  const rounded = roundMoney(m, ctx.contract.rounding.mode);
  return { value: rounded.amount, unit: rounded.currency };
}

/** A measure in words: `80%`, `48 people`, `12 days`, `4000000.00 USD`, `1200 t`. */
export function measureText(m: Measure): string {
  if (m.unit === 'share') return `${m.value.times(100).toDecimalPlaces(2).toString()}%`;
  if (/^[A-Z]{3}$/.test(m.unit)) return moneyToString(makeMoney(m.value, m.unit as Money['currency']));
  return `${m.value.toString()} ${m.unit}`;
}

/**
 * The penalty a contract states for a miss: a fixed amount, or an amount per unit of shortfall
 * (per person, per tonne, per day late, or per unit of money short); both when both are stated.
 */
export function penaltyFor(ctx: TrackingContext, stated: { amount?: Money | undefined; perUnitShortfall?: Money | undefined; payee: string } | undefined, shortfall: Measure | undefined): ObligationPenalty | undefined {
  if (!stated) return undefined;
  const parts: Money[] = [];
  const words: string[] = [];
  if (stated.amount) {
    parts.push(stated.amount);
    words.push('fixed amount');
  }
  if (stated.perUnitShortfall && shortfall) {
    parts.push(makeMoney(stated.perUnitShortfall.amount.times(shortfall.value), stated.perUnitShortfall.currency));
    words.push(`${measureText(shortfall)} × ${moneyToString(roundMoney(stated.perUnitShortfall, ctx.contract.rounding.mode))}`);
  }
  if (parts.length === 0) return undefined;
  const total = parts.reduce((a, b) => makeMoney(a.amount.plus(b.amount), a.currency));
  return { amount: roundMoney(total, ctx.contract.rounding.mode), payee: stated.payee, formula: words.join(' + ') };
}

/** The path of a clause, for obligations built from it. */
export type ClausePath = readonly PathSegment[];
