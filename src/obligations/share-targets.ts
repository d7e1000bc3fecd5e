// Share targets (local employment, local procurement, in-country processing): a share to be
// reached by a date that then binds in every period until the next target's date. Each period
// it binds is a check; the latest check is the status, so a target met, then missed, then caught
// up reads as met with the miss kept in its history.
import type { Actuals } from '../contract/load-actuals.js';
import { Decimal } from '../money/decimal.js';
import type { Rate } from '../money/rate.js';
import { daysBetween, daysIn, type IsoDate } from '../time/index.js';
import type { Measure, ObligationCheck, TrackedObligation } from './obligation.js';
import { elapsedFraction, lastDayTracked, obligation, penaltyFor, withinHorizon, type TrackingContext, type StatedPenalty, type TrackedClause } from './tracking-context.js';

/**
 * One period's reading of a share: the part and the whole (amounts of money or quantities as
 * decimals, head counts as whole numbers), or the field that is missing.
 */
export type ShareReading = AmountReading | HeadcountReading | { readonly missing: string };

/** A share of money or of a quantity: the part and the whole in one unit. */
export interface AmountReading {
  readonly part: Decimal;
  readonly whole: Decimal;
  readonly unit: string;
  readonly field: string;
}

/** A share of people: whole numbers, checked in integer arithmetic. */
export interface HeadcountReading {
  readonly people: number;
  readonly of: number;
  readonly field: string;
}

/** A share commitment as the tracker sees it. */
export interface ShareCommitment extends TrackedClause {
  /** What is counted, e.g. `national share of the whole workforce`. */
  readonly subject: string;
  readonly targets: readonly { readonly by: IsoDate; readonly share: Rate }[];
  readonly read: (a: Actuals) => ShareReading;
  readonly penalty?: StatedPenalty | undefined;
}

const SHARE_SCALE = new Decimal('1e10');
const SHARE_UNIT = new Decimal('1e-10');
const CURRENCY_UNIT = /^[A-Z]{3}$/;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * A target share as an exact fraction of integers, for checking head counts without decimals: as
 * JavaScript numbers when every product stays a safe integer, else as BigInts.
 */
interface Fraction {
  readonly share: Rate;
  readonly num: bigint;
  readonly den: bigint;
  /** `num` and `den` as numbers, when both are safe integers. */
  readonly small: { readonly num: number; readonly den: number } | undefined;
}

function fractionOf(share: Rate): Fraction {
  const places = share.decimalPlaces();
  const num = BigInt(share.times(new Decimal(10).pow(places)).toFixed(0));
  const den = 10n ** BigInt(places);
  const safe = (n: bigint) => n >= 0n && n <= MAX_SAFE;
  return { share, num, den, small: safe(num) && safe(den) ? { num: Number(num), den: Number(den) } : undefined };
}

/** Whether `people / of ≥ num / den`, exactly: `people × den ≥ num × of`. */
function headcountMeets(f: Fraction, r: HeadcountReading): boolean {
  const small = f.small;
  if (small) {
    const left = r.people * small.den;
    const right = small.num * r.of;
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left >= right;
  }
  return BigInt(r.people) * f.den >= f.num * BigInt(r.of);
}

/** A decimal from an integer, through the number fast path when it is safe. */
function integerDecimal(n: bigint): Decimal {
  return new Decimal(n <= MAX_SAFE && n >= -MAX_SAFE ? Number(n) : n.toString());
}

/**
 * The share observed, to ten decimal places (rounded down): it is shown, never compared; whether a
 * target is met is decided exactly by `part ≥ share × whole`. A full 50-digit division per period
 * was most of the cost of tracking decades of monthly actuals; an integer division and an exact
 * multiplication by 10^-10 give the same digits. The copy trims the digit array to its length:
 * reports keep thousands of these.
 */
function shareOf(r: AmountReading): Decimal {
  return r.whole.isZero() ? new Decimal(0) : new Decimal(r.part.times(SHARE_SCALE).divToInt(r.whole).times(SHARE_UNIT));
}

/** The same for head counts, in integers: ⌊people × 10^10 / of⌋ × 10^-10. */
function headcountShareOf(r: HeadcountReading): Decimal {
  return r.of === 0 ? new Decimal(0) : new Decimal(integerDecimal((BigInt(r.people) * 10_000_000_000n) / BigInt(r.of)).times(SHARE_UNIT));
}

/** What is missing to reach `share` of `whole`: money to the cent (rounded up), quantities exact. */
function shortfallOf(share: Rate, r: AmountReading): Measure {
  const needed = share.times(r.whole);
  if (CURRENCY_UNIT.test(r.unit)) return { value: needed.minus(r.part).toDecimalPlaces(2, Decimal.ROUND_UP), unit: r.unit };
  return { value: needed.minus(r.part), unit: r.unit };
}

/** The people missing to reach the share: ⌈share × of⌉ − people, in integers. */
function headcountShortfallOf(f: Fraction, r: HeadcountReading): Measure {
  const needed = (f.num * BigInt(r.of) + f.den - 1n) / f.den;
  return { value: integerDecimal(needed - BigInt(r.people)), unit: 'people' };
}

/**
 * One period's check of a share target. Built as one object literal of a fixed shape (no spreads):
 * a report over decades of monthly actuals holds thousands of these, and spread-built objects
 * took four times the memory, most of the tracker's time going to the garbage collector.
 */
function check(ctx: TrackingContext, c: ShareCommitment, target: Fraction, a: Actuals, r: ShareReading): ObligationCheck {
  const period = a.period.label;
  const end = a.period.end;
  if ('missing' in r) return { period, end, status: 'no-data', actual: undefined, shortfall: undefined, penalty: undefined };
  let actual: Measure;
  let shortfall: Measure;
  // A part larger than its whole (9999 provincial workers of 100) is a data error: no share above
  // 100% is ever reported as met. The share read is kept, so the report shows what was wrong.
  if (exceedsWhole(r)) return { period, end, status: 'no-data', actual: { value: 'people' in r ? headcountShareOf(r) : shareOf(r), unit: 'share' }, shortfall: undefined, penalty: undefined };
  if ('people' in r) {
    if (r.of === 0) return { period, end, status: 'no-data', actual: undefined, shortfall: undefined, penalty: undefined };
    actual = { value: headcountShareOf(r), unit: 'share' };
    if (headcountMeets(target, r)) return { period, end, status: 'met', actual, shortfall: undefined, penalty: undefined };
    shortfall = headcountShortfallOf(target, r);
  } else {
    if (r.whole.isZero()) return { period, end, status: 'no-data', actual: undefined, shortfall: undefined, penalty: undefined };
    actual = { value: shareOf(r), unit: 'share' };
    if (r.part.gte(target.share.times(r.whole))) return { period, end, status: 'met', actual, shortfall: undefined, penalty: undefined };
    shortfall = shortfallOf(target.share, r);
  }
  return { period, end, status: 'missed', actual, shortfall, penalty: penaltyFor(ctx, c.penalty, shortfall, end) };
}

/** Whether a reading's part is larger than its whole: a share above 100%, which cannot be. */
function exceedsWhole(r: AmountReading | HeadcountReading): boolean {
  return 'people' in r ? r.people > r.of : r.part.gt(r.whole);
}

function evidenceOf(a: Actuals, r: ShareReading) {
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
    const fraction = fractionOf(target.share);
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
      let latest: { a: Actuals; r: AmountReading | HeadcountReading } | undefined;
      for (let k = ctx.actuals.length - 1; k >= 0 && !latest; k--) {
        const r = c.read(ctx.actuals[k]!);
        if (!('missing' in r)) latest = { a: ctx.actuals[k]!, r };
      }
      const actual = latest ? ({ value: 'people' in latest.r ? headcountShareOf(latest.r) : shareOf(latest.r), unit: 'share' } as Measure) : undefined;
      if (latest && exceedsWhole(latest.r)) return obligation(ctx, { ...base, status: 'no-data', reason: 'part-exceeds-whole', actual, evidence: [evidenceOf(latest.a, latest.r)] });
      if (latest && actual && withinHorizon(ctx, target.by)) {
        const prev = c.targets[i - 1];
        const from = prev ? { date: prev.by, level: prev.share } : { date: ctx.contract.effective, level: new Decimal(0) };
        const expected = from.level.plus(target.share.minus(from.level).times(elapsedFraction(from.date, target.by, ctx.asOf)));
        if (actual.value.lt(expected)) {
          return obligation(ctx, { ...base, status: 'at-risk', reason: 'behind-path', actual, expected: { value: expected, unit: 'share' }, evidence: [evidenceOf(latest.a, latest.r)] });
        }
      }
      return obligation(ctx, { ...base, status: 'not-yet-due', actual, evidence: latest ? [evidenceOf(latest.a, latest.r)] : [] });
    }
    const checks: ObligationCheck[] = [];
    let lastActuals: Actuals | undefined;
    let lastReading: ShareReading | undefined;
    for (const a of ctx.actuals) {
      if (a.period.end < target.by || (next && a.period.end >= next.by)) continue;
      lastActuals = a;
      lastReading = c.read(a);
      checks.push(check(ctx, c, fraction, a, lastReading));
    }
    const last = checks.at(-1);
    if (!last || !lastActuals || !lastReading) return obligation(ctx, { ...base, status: 'no-data', reason: 'no-actuals' });
    const evidence = [evidenceOf(lastActuals, lastReading)];
    // Stale when the latest actuals are more than a period old on the as-of date, or on the last
    // day of the term when that is earlier: after its term a contract binds nothing more.
    const inForce = !next || ctx.asOf < next.by;
    if (inForce && daysBetween(lastActuals.period.end, lastDayTracked(ctx)) > daysIn(lastActuals.period)) {
      return obligation(ctx, { ...base, status: 'no-data', reason: 'stale-actuals', actual: last.actual, evidence, checks });
    }
    if (last.status === 'no-data') {
      const impossible = !('missing' in lastReading) && exceedsWhole(lastReading);
      return obligation(ctx, { ...base, status: 'no-data', reason: impossible ? 'part-exceeds-whole' : 'missing-field', actual: last.actual, evidence, checks });
    }
    if (last.status === 'met') return obligation(ctx, { ...base, status: 'met', actual: last.actual, evidence, checks });
    return obligation(ctx, { ...base, status: 'missed', reason: 'below-target', actual: last.actual, shortfall: last.shortfall, penalty: last.penalty, evidence, checks });
  });
}
