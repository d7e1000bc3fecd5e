// Amounts owed per fiscal year: the training budget, and community-fund payments against what the
// payout engine says was due. A year that has ended is met when the amount paid reaches the amount
// owed; it is missed when it does not and the actuals cover the whole year with the figure; else
// it is no-data. The year under way is at risk, within the horizon, when it is behind pro rata.
import type { Actuals } from '../contract/load-actuals.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney, type Money } from '../money/money.js';
import { daysBetween, daysIn, fiscalYear, fiscalYearOf, type IsoDate, type Period } from '../time/index.js';
import type { Measure, ObligationEvidence, TrackedObligation } from './obligation.js';
import { coversSpan, elapsedFraction, lastDayTracked, moneyMeasure, obligation, penaltyFor, withinHorizon, type TrackingContext, type StatedPenalty, type TrackedClause } from './tracking-context.js';

/** An amount owed for each fiscal year of the term. */
export interface AnnualAmount extends TrackedClause {
  /** What is paid, e.g. `training spend`. */
  readonly subject: string;
  /** The actuals field read, e.g. `training.spent`. */
  readonly field: string;
  /**
   * What is owed for the part of a fiscal year inside the term (`span`), up to `through`; undefined
   * when it cannot be known.
   */
  readonly owed: (year: Period, span: { start: IsoDate; end: IsoDate }, through: IsoDate) => Money | undefined;
  /**
   * What the year requires in all, when the contract sets more than what is `owed` so far (a
   * fund's minimum): shown as the requirement and judged against once the year has ended. Without
   * it, the requirement is `owed`.
   */
  readonly required?: (year: Period, span: { start: IsoDate; end: IsoDate }, owed: Money) => Money;
  /** Whether `owed` already counts only what has accrued by `through` (so no pro-rating). */
  readonly accrues: boolean;
  readonly paid: (a: Actuals) => Money | undefined;
  readonly penalty?: StatedPenalty | undefined;
}

const LAST_FISCAL_YEAR = 9999;

/** One obligation per fiscal year from the effective date to the year holding the as-of date. */
export function trackAnnualAmount(ctx: TrackingContext, t: AnnualAmount): TrackedObligation[] {
  const { contract } = ctx;
  const startMonth = contract.fiscalYear.startMonth;
  // A fiscal year named after 9999 (one starting in 9999 that ends in 10000) is past the calendar
  // fairlode handles and is not tracked.
  const last = Math.min(fiscalYearOf(lastDayTracked(ctx), startMonth), LAST_FISCAL_YEAR);
  const out: TrackedObligation[] = [];
  for (let y = fiscalYearOf(contract.effective, startMonth); y <= last; y++) {
    const year = fiscalYear(y, startMonth);
    const span = { start: year.start < contract.effective ? contract.effective : year.start, end: year.end > contract.termEnd ? contract.termEnd : year.end };
    const base = { id: `${t.clause}/${year.label}`, clause: t.clause, ref: t.ref, kind: t.kind, description: `${t.subject} for ${year.label}`, due: span.end, path: t.path };
    const within = ctx.actuals.filter((a) => a.period.end >= span.start && a.period.end <= span.end);
    let paid: Money = makeMoney(new Decimal(0), contract.currency);
    let missing = false;
    const evidence: ObligationEvidence[] = [];
    for (const a of within) {
      const p = t.paid(a);
      if (p === undefined) {
        missing = true;
        continue;
      }
      paid = makeMoney(paid.amount.plus(p.amount), paid.currency);
      evidence.push({ period: a.period.label, field: t.field });
    }
    const through = span.end <= ctx.asOf ? span.end : ctx.asOf;
    const owed = t.owed(year, span, through);
    if (owed === undefined) {
      out.push(obligation(ctx, { ...base, status: 'no-data', reason: 'payouts-unavailable', actual: moneyMeasure(ctx, paid), evidence }));
      continue;
    }
    const whole = t.required ? t.required(year, span, owed) : owed;
    const required = moneyMeasure(ctx, whole);
    const actual = moneyMeasure(ctx, paid);
    if (span.end > ctx.asOf) {
      const expected = t.accrues ? owed.amount : owed.amount.times(elapsedFraction(span.start, span.end, ctx.asOf));
      if (withinHorizon(ctx, span.end) && paid.amount.lt(expected)) {
        out.push(obligation(ctx, { ...base, status: 'at-risk', reason: 'behind-path', required, actual, expected: moneyMeasure(ctx, makeMoney(expected, owed.currency)), evidence }));
      } else out.push(obligation(ctx, { ...base, status: 'not-yet-due', required, actual, evidence }));
      continue;
    }
    if (within.length === 0) {
      out.push(obligation(ctx, { ...base, status: 'no-data', reason: 'no-actuals', required }));
      continue;
    }
    if (paid.amount.gte(whole.amount)) {
      out.push(obligation(ctx, { ...base, status: 'met', required, actual, evidence }));
      continue;
    }
    if (missing) out.push(obligation(ctx, { ...base, status: 'no-data', reason: 'missing-field', required, actual, evidence }));
    else if (!coversSpan(ctx.actuals, span.start, span.end)) out.push(obligation(ctx, { ...base, status: 'no-data', reason: 'incomplete-coverage', required, actual, evidence }));
    else {
      const shortfall: Measure = moneyMeasure(ctx, makeMoney(whole.amount.minus(paid.amount), whole.currency));
      out.push(obligation(ctx, { ...base, status: 'missed', reason: 'below-target', required, actual, shortfall, penalty: penaltyFor(ctx, t.penalty, shortfall), evidence }));
    }
  }
  return out;
}

/** The share of a fiscal year that lies inside the term, for pro-rating an annual budget. */
export function shareOfYear(year: Period, span: { start: IsoDate; end: IsoDate }): Decimal {
  return new Decimal(daysBetween(span.start, span.end) + 1).div(daysIn(year));
}
