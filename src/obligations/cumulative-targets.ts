// Cumulative targets: a running total to reach by a date (people trained, money spent on a
// milestone). The total counts from the first period of actuals given. A total that reaches the
// target is met whatever else is missing; one that falls short is a miss only when the actuals
// cover every day to the deadline with the figure present, and otherwise no-data. A deadline before
// the first period of actuals is covered by none of them: no-data, never a miss with a total of 0.
import type { Actuals } from '../contract/load-actuals.js';
import { Decimal } from '../money/decimal.js';
import type { IsoDate } from '../time/index.js';
import type { Measure, ObligationEvidence, TrackedObligation } from './obligation.js';
import { coversSpan, elapsedFraction, obligation, penaltyFor, withinHorizon, type TrackingContext, type StatedPenalty, type ObligationHeading } from './tracking-context.js';

/** A running total to reach by a date. */
export interface CumulativeTarget extends ObligationHeading {
  /** The total required by `due`, with its unit (`people` or a currency code). */
  readonly required: Measure;
  /** Where the pro-rata path starts: the previous target, or zero on the effective date. */
  readonly from: { readonly date: IsoDate; readonly value: Decimal };
  /** The actuals field read, e.g. `training.trained`. */
  readonly field: string;
  /** One period's figure, or undefined when the period lacks it. */
  readonly read: (a: Actuals) => Decimal | undefined;
  readonly penalty?: StatedPenalty | undefined;
}

/** Evaluates a cumulative target on the as-of date. */
export function trackCumulativeTarget(ctx: TrackingContext, t: CumulativeTarget): TrackedObligation {
  const base = { id: t.id, clause: t.clause, ref: t.ref, kind: t.kind, description: t.description, due: t.due, path: t.path, required: t.required };
  let total = new Decimal(0);
  let atDue: Decimal | undefined;
  let reachedOn: IsoDate | undefined;
  let missing = false;
  const evidence: ObligationEvidence[] = [];
  for (const a of ctx.actuals) {
    if (a.period.end > t.due && atDue === undefined) atDue = total;
    const v = t.read(a);
    if (v === undefined) {
      if (a.period.end <= t.due) missing = true;
      continue;
    }
    total = total.plus(v);
    if (a.period.end <= t.due || reachedOn === undefined) evidence.push({ period: a.period.label, field: t.field });
    if (reachedOn === undefined && total.gte(t.required.value)) reachedOn = a.period.end;
  }
  const soFar = atDue ?? total;
  const actual: Measure = { value: soFar, unit: t.required.unit };
  if (reachedOn !== undefined && reachedOn <= t.due) return obligation(ctx, { ...base, status: 'met', actual, evidence, fulfilled: reachedOn });
  if (ctx.asOf < t.due) {
    if (withinHorizon(ctx, t.due)) {
      const expected = t.from.value.plus(t.required.value.minus(t.from.value).times(elapsedFraction(t.from.date, t.due, ctx.asOf)));
      if (soFar.lt(expected)) return obligation(ctx, { ...base, status: 'at-risk', reason: 'behind-path', actual, expected: { value: expected, unit: t.required.unit }, evidence });
    }
    return obligation(ctx, { ...base, status: 'not-yet-due', actual, evidence });
  }
  const first = ctx.actuals[0];
  if (!first) return obligation(ctx, { ...base, status: 'no-data', reason: 'no-actuals' });
  if (missing) return obligation(ctx, { ...base, status: 'no-data', reason: 'missing-field', actual, evidence });
  if (t.due < first.period.start || !coversSpan(ctx.actuals, first.period.start, t.due)) return obligation(ctx, { ...base, status: 'no-data', reason: 'incomplete-coverage', actual, evidence });
  const shortfall: Measure = { value: t.required.value.minus(soFar), unit: t.required.unit };
  return obligation(ctx, { ...base, status: 'missed', reason: 'below-target', actual, shortfall, penalty: penaltyFor(ctx, t.penalty, shortfall), evidence, fulfilled: reachedOn });
}
