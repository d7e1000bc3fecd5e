// Recurring reports: payments reported within so many months of each fiscal year, local-content
// reports within so many days of each reporting period, resource statements every so many months.
// Each reporting span is one obligation, fulfilled by the first report event after the span ends
// (a report on the span), or from its start (a statement due every so many months).
import { addDays, addMonths, fiscalYear, fiscalYearOf, type IsoDate } from '../time/index.js';
import type { TrackedObligation } from './obligation.js';
import { trackDatedDelivery } from './dated-deliveries.js';
import { CALENDAR_END, lastDayTracked, withinCalendar, type ReportedEvent, type TrackedClause, type TrackingContext } from './tracking-context.js';

/** A report due after each span of `months` months. */
export interface PeriodicReport extends TrackedClause {
  /** What is reported, e.g. `payments report`. */
  readonly subject: string;
  /** The length of each reporting span, in months. */
  readonly months: number;
  /** The first day of some span: spans run back and forth from it. */
  readonly anchor: IsoDate;
  /** When the report on a span is due, from the span's last day. */
  readonly dueAfter: (end: IsoDate) => IsoDate;
  /**
   * Whether a report made during the span fulfils it: true for a statement due every so many
   * months (a resource statement), false (the default) for a report on the span, which can only
   * come after it ends (a payments or local-content report).
   */
  readonly duringSpan?: boolean;
}

/** The fiscal-year start on or before a date: where yearly reporting spans are anchored. */
export function fiscalYearStart(ctx: TrackingContext, date: IsoDate): IsoDate {
  return fiscalYear(fiscalYearOf(date, ctx.contract.fiscalYear.startMonth), ctx.contract.fiscalYear.startMonth).start;
}

/**
 * One obligation per reporting span from the span holding the first period of actuals to the
 * span holding the as-of date; each report event is used for one span only.
 */
export function trackPeriodicReport(ctx: TrackingContext, r: PeriodicReport): TrackedObligation[] {
  const first = ctx.actuals[0];
  if (!first) return [];
  let start = r.anchor;
  while (start > first.period.start) start = addMonths(start, -r.months);
  const next = (from: IsoDate): IsoDate | undefined => {
    const later = withinCalendar(() => addMonths(from, r.months));
    return later === CALENDAR_END ? undefined : later;
  };
  for (let later = next(start); later !== undefined && later <= first.period.start; later = next(start)) start = later;
  const events = [...(ctx.events.get(r.clause) ?? [])].filter((e) => e.kind === undefined || e.kind === 'submitted' || e.kind === 'delivered');
  const out: TrackedObligation[] = [];
  // Spans start up to the as-of date, and no span starts after the term: a report on the term's
  // last span is still owed after it ends, but no later span is.
  const until = lastDayTracked(ctx);
  for (let from: IsoDate | undefined = start; from !== undefined && from <= until; from = next(from)) {
    const spanStart = from;
    const following = next(spanStart);
    const end = following === undefined ? CALENDAR_END : addDays(following, -1);
    const i = events.findIndex((e) => (r.duringSpan ? e.date >= spanStart : e.date > end));
    const done: ReportedEvent | undefined = i >= 0 ? events.splice(i, 1)[0] : undefined;
    const due = end === CALENDAR_END ? CALENDAR_END : withinCalendar(() => r.dueAfter(end));
    out.push(trackDatedDelivery(ctx, { id: `${r.clause}/${spanStart}`, clause: r.clause, ref: r.ref, kind: r.kind, path: r.path, description: `${r.subject} for ${spanStart} to ${end}`, due, done }));
  }
  return out;
}
