// What every obligation evaluator shares: the contract, the actuals in period order (only those
// that end on or before the as-of date), the events by clause, and how an obligation is built
// (with its range in the contract file when the contract came from text).
import { FairlodeError, type PathSegment } from '../diagnostics/diagnostic.js';
import type { Actuals } from '../contract/load-actuals.js';
import type { Contract } from '../contract/contract.js';
import type { SourceDocument } from '../document/index.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney, moneyToString, type Money } from '../money/money.js';
import { roundMoney } from '../money/rounding.js';
import { addDays, daysBetween, type IsoDate } from '../time/index.js';
import type { PayoutStatement } from '../payout/payout-statement.js';
import type { Rate } from '../money/rate.js';
import type { Measure, ObligationEvidence, ObligationKind, ObligationPenalty, PenaltyRateIncrease, TrackedObligation } from './obligation.js';

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
  /** The payout statements of the actuals, computed when first needed; undefined if they cannot be. */
  readonly statements: () => readonly PayoutStatement[] | undefined;
}

/** Builds the context: sorts the actuals, drops those that end after `asOf`, indexes the events. */
export function trackingContext(
  contract: Contract,
  source: SourceDocument | undefined,
  actuals: readonly Actuals[],
  asOf: IsoDate,
  horizonDays: number,
  statements: (used: readonly Actuals[]) => readonly PayoutStatement[] | undefined,
): TrackingContext {
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
  let computed: readonly PayoutStatement[] | undefined | null = null;
  const lazyStatements = () => {
    if (computed === null) computed = statements(used);
    return computed;
  };
  return { contract, source, asOf, horizonDays, actuals: used, events, statements: lazyStatements };
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

/** The last day of the calendar fairlode handles: a deadline computed past it is never reached. */
export const CALENDAR_END = '9999-12-31' as IsoDate;

/**
 * The last day on which obligations can arise: the as-of date, or the end of the term when that
 * is earlier. Nothing is owed under a contract after its term, however late the as-of date.
 */
export function lastDayTracked(ctx: TrackingContext): IsoDate {
  return ctx.asOf < ctx.contract.termEnd ? ctx.asOf : ctx.contract.termEnd;
}

/**
 * A date computed from another (a deadline so many days or months after an event), or
 * {@link CALENDAR_END} when it falls after the last year fairlode handles: such a deadline comes
 * after any as-of date, so it is simply not yet due, never a crash.
 */
export function withinCalendar(compute: () => IsoDate): IsoDate {
  try {
    return compute();
  } catch (e) {
    if (e instanceof FairlodeError && e.code === 'date/out-of-range') return CALENDAR_END;
    throw e;
  }
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

/** A penalty as the contract states it (see the contract format's `penalty`). */
export interface StatedPenalty {
  readonly amount?: Money | undefined;
  readonly perUnitShortfall?: Money | undefined;
  readonly payee: string;
  readonly settledBy?: 'payment' | 'escrow-drawdown' | undefined;
  readonly rateIncrease?: { readonly of: string; readonly by: Rate } | undefined;
}

// Statements by the last day of their period, built once per list of statements.
const statementsByEnd = new WeakMap<readonly PayoutStatement[], Map<IsoDate, PayoutStatement>>();

function statementEnding(list: readonly PayoutStatement[] | undefined, end: IsoDate): PayoutStatement | undefined {
  if (!list) return undefined;
  let byEnd = statementsByEnd.get(list);
  if (!byEnd) {
    byEnd = new Map(list.map((s) => [s.period.end, s]));
    statementsByEnd.set(list, byEnd);
  }
  return byEnd.get(end);
}

/**
 * The higher rate a penalty puts on a royalty or community fund, for the period ending on
 * `periodEnd`: `by` × the clause's base in that period's payout statement, to the clause's payee.
 * Without a period (an obligation that is not checked period by period) or without payouts, the
 * increase is stated but not computed.
 */
function rateIncreaseFor(ctx: TrackingContext, r: { of: string; by: Rate }, periodEnd: IsoDate | undefined): PenaltyRateIncrease {
  const rate = `${r.by.times(100).toString()}%`;
  const stated = { clause: r.of, by: r.by };
  if (periodEnd === undefined) return { ...stated, extra: undefined, payee: undefined, formula: `${r.of} rate +${rate} while missed (not computed: the obligation is not checked period by period)` };
  const statement = statementEnding(ctx.statements(), periodEnd);
  if (!statement) return { ...stated, extra: undefined, payee: undefined, formula: `${r.of} rate +${rate} while missed (not computed: no payout statement for the period)` };
  const line = statement.lines.find((l) => l.clause === r.of && (l.kind === 'royalty' || l.kind === 'community-fund'));
  const base = line?.base?.amount;
  if (!line || !base) return { ...stated, extra: undefined, payee: line?.to, formula: `${r.of} rate +${rate} while missed (not computed: ${line ? 'its base is a quantity' : 'nothing was due under it in the period'})` };
  const extra = roundMoney(makeMoney(base.amount.times(r.by), base.currency), ctx.contract.rounding.mode);
  return { ...stated, extra, payee: line.to, formula: `${rate} × ${moneyToString(roundMoney(base, ctx.contract.rounding.mode))} (${line.base!.label}, ${statement.period.label})` };
}

/**
 * The penalty a contract states for a miss: a fixed amount, or an amount per unit of shortfall
 * (per person, per tonne, per day late, or per unit of money short), both when both are stated;
 * settled by payment or drawn from escrow; and a higher rate on a royalty or community fund,
 * computed for the period ending on `periodEnd` when the miss is a period's check.
 */
export function penaltyFor(ctx: TrackingContext, stated: StatedPenalty | undefined, shortfall: Measure | undefined, periodEnd?: IsoDate): ObligationPenalty | undefined {
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
  const rateIncrease = stated.rateIncrease ? rateIncreaseFor(ctx, stated.rateIncrease, periodEnd) : undefined;
  if (parts.length === 0 && !rateIncrease) return undefined;
  const total = parts.length === 0 ? makeMoney(new Decimal(0), ctx.contract.currency) : parts.reduce((a, b) => makeMoney(a.amount.plus(b.amount), a.currency));
  return { amount: roundMoney(total, ctx.contract.rounding.mode), payee: stated.payee, formula: words.join(' + '), settledBy: stated.settledBy ?? 'payment', rateIncrease };
}

/** The path of a clause, for obligations built from it. */
export type ClausePath = readonly PathSegment[];

/** The clause an evaluator tracks: its id, legal reference, the kind of obligation it makes and its path. */
export interface TrackedClause {
  readonly clause: string;
  readonly ref: string | undefined;
  readonly kind: ObligationKind;
  readonly path: ClausePath;
}

/** One obligation's heading: its clause, its own id, what it requires in words and when it is due. */
export interface ObligationHeading extends TrackedClause {
  readonly id: string;
  readonly description: string;
  readonly due: IsoDate;
}
