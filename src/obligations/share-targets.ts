// Share targets (local employment, local procurement, in-country processing): a share to be
// reached by a date that then binds in every period until the next target's date. Each period
// it binds is a check; the latest check is the status, so a target met, then missed, then caught
// up reads as met with the miss kept in its history.
import type { Actuals } from '../contract/load-actuals.js';
import { Decimal } from '../money/decimal.js';
import type { Money } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import { daysBetween, daysIn, type IsoDate } from '../time/index.js';
import type { Measure, ObligationCheck, ObligationKind, TrackedObligation } from './obligation.js';
import { elapsedFraction, obligation, penaltyFor, withinHorizon, type ClausePath, type TrackingContext } from './tracking-context.js';

/** One period's reading of a share: the part and the whole, or the field that is missing. */
export type ShareReading =
  | { readonly part: Decimal; readonly whole: Decimal; readonly unit: string; readonly field: string }
  | { readonly missing: string };

/** A share commitment as the tracker sees it. */
export interface ShareCommitment {
  readonly clause: string;
  readonly ref: string | undefined;
  readonly kind: ObligationKind;
  readonly path: ClausePath;
  /** What is counted, e.g. `national share of the whole workforce`. */
  readonly subject: string;
  readonly targets: readonly { readonly by: IsoDate; readonly share: Rate }[];
  readonly read: (a: Actuals) => ShareReading;
  readonly penalty?: { amount?: Money | undefined; perUnitShortfall?: Money | undefined; payee: string } | undefined;
}

const SHARE_SCALE = new Decimal('1e10');

/**
 * The share observed, to ten decimal places (rounded down): it is shown, never compared; whether a
 * target is met is decided exactly by `part ≥ share × whole`. A full 50-digit division per period
 * was most of the cost of tracking decades of monthly actuals.
 */
function shareOf(r: { part: Decimal; whole: Decimal }): Decimal {
  return r.whole.isZero() ? new Decimal(0) : r.part.times(SHARE_SCALE).divToInt(r.whole).div(SHARE_SCALE);
}

/** What is missing to reach `share` of `whole`: whole people rounded up, money to the cent, quantities exact. */
function shortfallOf(ctx: TrackingContext, share: Rate, r: { part: Decimal; whole: Decimal; unit: string }): Measure {
  const needed = share.times(r.whole);
  if (r.unit === 'people') return { value: needed.ceil().minus(r.part), unit: 'people' };
  if (/^[A-Z]{3}$/.test(r.unit)) return { value: needed.minus(r.part).toDecimalPlaces(2, Decimal.ROUND_UP), unit: r.unit };
  return { value: needed.minus(r.part), unit: r.unit };
}

function check(ctx: TrackingContext, c: ShareCommitment, share: Rate, a: Actuals): ObligationCheck {
  const r = c.read(a);
  const base = { period: a.period.label, end: a.period.end };
  if ('missing' in r) return { ...base, status: 'no-data', actual: undefined, shortfall: undefined, penalty: undefined };
  const actual: Measure = { value: shareOf(r), unit: 'share' };
  if (!r.whole.isZero() && r.part.gte(share.times(r.whole))) return { ...base, status: 'met', actual, shortfall: undefined, penalty: undefined };
  if (r.whole.isZero()) return { ...base, status: 'no-data', actual: undefined, shortfall: undefined, penalty: undefined };
  const shortfall = shortfallOf(ctx, share, r);
  return { ...base, status: 'missed', actual, shortfall, penalty: penaltyFor(ctx, c.penalty, shortfall) };
}

function evidenceOf(c: ShareCommitment, a: Actuals) {
  const r = c.read(a);
  return { period: a.period.label, field: 'missing' in r ? r.missing : r.field };
}

/**
 * One obligation per target of a share commitment. Before its deadline a target is not yet due,
 * or at risk when the deadline is within the horizon and the latest share is below the pro-rata
 * path (from the previous target, or from zero on the effective date). From its deadline until the
 * next target's, every period of actuals is a check.
 */
export function trackShareCommitment(ctx: TrackingContext, c: ShareCommitment): TrackedObligation[] {
  return c.targets.map((target, i) => {
    const next = c.targets[i + 1];
    const base = {
      id: `${c.clause}@${target.by}`,
      clause: c.clause,
      ref: c.ref,
      kind: c.kind,
      description: `${c.subject} at least ${target.share.times(100).toString()}% from ${target.by}`,
      due: target.by,
      path: [...c.path, 'targets', i],
      required: { value: target.share, unit: 'share' } as Measure,
    };
    if (ctx.asOf < target.by) {
      let latest: Actuals | undefined;
      for (let k = ctx.actuals.length - 1; k >= 0 && !latest; k--) if (!('missing' in c.read(ctx.actuals[k]!))) latest = ctx.actuals[k];
      const actual = latest ? ({ value: shareOf(c.read(latest) as { part: Decimal; whole: Decimal }), unit: 'share' } as Measure) : undefined;
      if (latest && actual && withinHorizon(ctx, target.by)) {
        const prev = c.targets[i - 1];
        const from = prev ? { date: prev.by, level: prev.share } : { date: ctx.contract.effective, level: new Decimal(0) };
        const expected = from.level.plus(target.share.minus(from.level).times(elapsedFraction(from.date, target.by, ctx.asOf)));
        if (actual.value.lt(expected)) {
          return obligation(ctx, { ...base, status: 'at-risk', reason: 'behind-path', actual, expected: { value: expected, unit: 'share' }, evidence: [evidenceOf(c, latest)] });
        }
      }
      return obligation(ctx, { ...base, status: 'not-yet-due', actual, evidence: latest ? [evidenceOf(c, latest)] : [] });
    }
    const bound = ctx.actuals.filter((a) => a.period.end >= target.by && (!next || a.period.end < next.by));
    const checks = bound.map((a) => check(ctx, c, target.share, a));
    const last = checks.at(-1);
    const lastActuals = bound.at(-1);
    if (!last || !lastActuals) return obligation(ctx, { ...base, status: 'no-data', reason: 'no-actuals' });
    const evidence = [evidenceOf(c, lastActuals)];
    const inForce = !next || ctx.asOf < next.by;
    if (inForce && daysBetween(lastActuals.period.end, ctx.asOf) > daysIn(lastActuals.period)) {
      return obligation(ctx, { ...base, status: 'no-data', reason: 'stale-actuals', actual: last.actual, evidence, checks });
    }
    if (last.status === 'no-data') return obligation(ctx, { ...base, status: 'no-data', reason: 'missing-field', evidence, checks });
    if (last.status === 'met') return obligation(ctx, { ...base, status: 'met', actual: last.actual, evidence, checks });
    return obligation(ctx, { ...base, status: 'missed', reason: 'below-target', actual: last.actual, shortfall: last.shortfall, penalty: last.penalty, evidence, checks });
  });
}
