// Recurring reports: payments reported within so many months of each fiscal year, local-content
// reports within so many days of each reporting period, resource statements every so many months.
// Each reporting span is one obligation, fulfilled by the first report event after the span ends
// (a report on the span), or from its start (a statement due every so many months).
import { addDays, addMonths, fiscalYear, fiscalYearOf, type IsoDate } from '../time/index.js';
import type { TrackedObligation } from './obligation.js';
import { trackDatedDelivery } from './dated-deliveries.js';
import type { ReportedEvent, TrackedClause, TrackingContext } from './tracking-context.js';

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
  while (addMonths(start, r.months) <= first.period.start) start = addMonths(start, r.months);
  const events = [...(ctx.events.get(r.clause) ?? [])].filter((e) => e.kind === undefined || e.kind === 'submitted' || e.kind === 'delivered');
  const out: TrackedObligation[] = [];
  for (; start <= ctx.asOf; start = addMonths(start, r.months)) {
    const end = addDays(addMonths(start, r.months), -1);
    const i = events.findIndex((e) => (r.duringSpan ? e.date >= start : e.date > end));
    const done: ReportedEvent | undefined = i >= 0 ? events.splice(i, 1)[0] : undefined;
    out.push(trackDatedDelivery(ctx, { id: `${r.clause}/${start}`, clause: r.clause, ref: r.ref, kind: r.kind, path: r.path, description: `${r.subject} for ${start} to ${end}`, due: r.dueAfter(end), done }));
  }
  return out;
}
