// One-off deadlines fulfilled by a dated event: an ESIA completed, a closure bond posted, a
// development agreement concluded, a milestone reached, a road completed, geodata delivered.
import type { IsoDate } from '../time/index.js';
import { daysBetween } from '../time/index.js';
import { Decimal } from '../money/decimal.js';
import type { TrackedObligation } from './obligation.js';
import { obligation, penaltyFor, withinHorizon, type ReportedEvent, type TrackingContext, type StatedPenalty, type ObligationHeading } from './tracking-context.js';

/** A deadline met by the first event that fulfils it. */
export interface DatedDelivery extends ObligationHeading {
  /** The event that fulfils it, if one was reported. */
  readonly done: ReportedEvent | undefined;
  readonly penalty?: StatedPenalty | undefined;
}

/** The event kinds that fulfil an obligation: the named ones, or an event with no kind. */
export function fulfilling(ctx: TrackingContext, clause: string, kinds: readonly string[], after?: IsoDate): ReportedEvent | undefined {
  return ctx.events.get(clause)?.find((e) => (e.kind === undefined || kinds.includes(e.kind)) && (after === undefined || e.date >= after));
}

/**
 * Met when the event is dated on or before the deadline; missed when it came later (shortfall:
 * days late) or has not come and the deadline has passed while the actuals reach back to it
 * (shortfall: days overdue); no-data when the deadline has passed but the actuals start after it
 * or end before it, so an unreported event cannot be told from one that did not happen. Before the deadline, at risk
 * within the horizon while not done.
 */
export function trackDatedDelivery(ctx: TrackingContext, d: DatedDelivery): TrackedObligation {
  const base = { id: d.id, clause: d.clause, ref: d.ref, kind: d.kind, description: d.description, due: d.due, path: d.path };
  const done = d.done;
  if (done && done.date <= d.due) return obligation(ctx, { ...base, status: 'met', fulfilled: done.date, evidence: [done.evidence] });
  if (ctx.asOf <= d.due) {
    return withinHorizon(ctx, d.due) ? obligation(ctx, { ...base, status: 'at-risk', reason: 'behind-path' }) : obligation(ctx, { ...base, status: 'not-yet-due' });
  }
  if (done) {
    const shortfall = { value: daysOf(daysBetween(d.due, done.date)), unit: 'days' };
    return obligation(ctx, { ...base, status: 'missed', reason: 'late', shortfall, penalty: penaltyFor(ctx, d.penalty, shortfall), fulfilled: done.date, evidence: [done.evidence] });
  }
  const first = ctx.actuals[0];
  const last = ctx.actuals.at(-1);
  if (!first || !last) return obligation(ctx, { ...base, status: 'no-data', reason: 'no-actuals' });
  if (first.period.start > d.due || last.period.end < d.due) return obligation(ctx, { ...base, status: 'no-data', reason: 'no-event' });
  const shortfall = { value: daysOf(daysBetween(d.due, ctx.asOf)), unit: 'days' };
  return obligation(ctx, { ...base, status: 'missed', reason: 'overdue', shortfall, penalty: penaltyFor(ctx, d.penalty, shortfall) });
}

function daysOf(n: number): Decimal {
  return new Decimal(n);
}
