import type { Severity } from '../diagnostics/diagnostic.js';
import { PRINCIPLES, type Principle } from './principles.js';
import { RATING_POINTS, ratingAtLeast, type Rating } from './rating.js';
import { DEFAULT_MINIMUM_COVERAGE, type ScoringSettings } from './resolve-profile.js';

/** An achievement level (rules.md §(c)3), from the best to none. */
export type AchievementLevel = 'level-100' | 'level-75' | 'level-50' | 'not-achieved';

/** A rule's outcome as the scorecard needs it. */
export interface ScoredOutcome {
  /** The rule id. */
  readonly ruleId: string;
  /** Its principle or reform. */
  readonly principle: Principle;
  /** Its severity in the profile (rules that are off never reach the scorecard). */
  readonly severity: Severity;
  /** Whether it gates the level. */
  readonly critical: boolean;
  /** rated; not-applicable (its predicate is false); exempted (every finding suppressed by an exemption). */
  readonly status: 'rated' | 'not-applicable' | 'exempted';
  /** Its rating, when rated. */
  readonly rating?: Rating;
}

/** How one rule counts in its principle's score. */
export interface ScoredRule {
  /** The rule id. */
  readonly ruleId: string;
  /** Its rating. */
  readonly rating: Rating;
  /** Its severity in the profile. */
  readonly severity: Severity;
  /** Its weight (by severity). */
  readonly weight: number;
  /** The points its rating earns, in hundredths (100, 75, 40, 0). */
  readonly points: number;
  /** Whether it counts in the score; if not, why. */
  readonly counted: boolean;
  /**
   * Why it does not count: info rules excluded by the profile, or insufficient data (the score is on
   * what is known; the rule's weight counts against the coverage instead).
   */
  readonly excludedBecause?: 'info-excluded' | 'insufficient-data';
}

/** A principle's or reform's score. */
export interface PrincipleScore {
  /** P1–P5 or G1–G3. */
  readonly principle: Principle;
  /** Its title. */
  readonly title: string;
  /** 0–100, rounded to one decimal; null when no rule counts (all off, not applicable or exempted). */
  readonly score: number | null;
  /** Σ weight × points (points in hundredths) over the rules that count. */
  readonly earned: number;
  /** Σ weight × 100 over the rules that count. */
  readonly possible: number;
  /**
   * 0–100, rounded down to one decimal (79.99 never passes for 80): the share of the rule weight that could be judged, that is the
   * weight of the rules counted in the score over that weight plus the weight of the rules rated
   * insufficient-data (info rules excluded by the profile count in neither); null when no rule is rated.
   */
  readonly coverage: number | null;
  /** Σ weight over the rules rated insufficient-data (not counted in the score). */
  readonly unjudged: number;
  /** The rated rules of this principle, in id order. */
  readonly rules: readonly ScoredRule[];
}

/** A reason the contract does not reach a level. */
export interface LevelShortfall {
  /** The lowest level this gap rules out (it rules out the levels above too). */
  readonly blocks: Exclude<AchievementLevel, 'not-achieved'>;
  /**
   * A critical rule below the bar (or rated insufficient-data, which rules out level 100 only), a
   * principle score below the bar, a missing corrective-action plan, or a coverage below the
   * profile's minimum (for a principle, or overall when `principle` is absent; it rules out every level).
   */
  readonly reason: 'critical-rule' | 'principle-score' | 'corrective-action-plan' | 'coverage';
  /** The rule concerned, for critical rules and plans. */
  readonly ruleId?: string;
  /** The rule's rating, for critical rules. */
  readonly rating?: Rating;
  /** The principle concerned, for scores. */
  readonly principle?: Principle;
  /** The score, for principle scores. */
  readonly score?: number;
  /** The coverage, for coverage shortfalls. */
  readonly coverage?: number;
  /** The minimum coverage the profile asks, for coverage shortfalls. */
  readonly minimumCoverage?: number;
}

/** A critical rule and how it was rated. */
export interface CriticalGate {
  /** The rule id. */
  readonly ruleId: string;
  /** Its principle or reform. */
  readonly principle: Principle;
  /** Its rating; insufficient-data rules out level 100 (a level is not claimed on an unknown critical term). */
  readonly rating: Rating;
}

/** Scores per principle and reform, critical gates and the achievement level. */
export interface Scorecard {
  /** The profile the contract was checked with. */
  readonly profile: string;
  /** P1–P5 then G1–G3. */
  readonly principles: readonly PrincipleScore[];
  /** The mean of the G1–G3 scores that exist, rounded to one decimal; null if none. */
  readonly governance: number | null;
  /** 0–100, one decimal: the share of all counted rule weight that could be judged; null when no rule is rated. */
  readonly coverage: number | null;
  /** The least coverage, per principle and overall, that an achievement level requires (from the profile). */
  readonly minimumCoverage: number;
  /** The critical rules that were rated, in id order. */
  readonly critical: readonly CriticalGate[];
  /** The level reached. */
  readonly level: AchievementLevel;
  /** Every gap between the contract and level 100, in a fixed order. */
  readonly shortfalls: readonly LevelShortfall[];
  /** Whether corrective-action plans were given (and so checked) for levels 75 and 50. */
  readonly correctiveActionPlans: 'assessed' | 'not-assessed';
  /** Rules that do not apply to this contract, in id order. */
  readonly notApplicable: readonly string[];
  /** Rules every finding of which was exempted, in id order; excluded from scores and gates. */
  readonly exempted: readonly string[];
  /** Rules rated insufficient-data, in id order. */
  readonly insufficientData: readonly string[];
}

/** Inputs of {@link computeScorecard}. */
export interface ScorecardInput {
  /** The profile name. */
  readonly profile: string;
  /** The outcome of every rule that ran (any order). */
  readonly outcomes: readonly ScoredOutcome[];
  /** Weights and whether info rules count. */
  readonly scoring: ScoringSettings;
  /** Ids of critical rules with a corrective-action plan; omit when plans are not assessed. */
  readonly correctiveActionPlans?: readonly string[];
}

const LEVEL_BARS = [
  { level: 'level-100', score: 100 },
  { level: 'level-75', score: 75 },
  { level: 'level-50', score: 50 },
] as const;

/**
 * Scores each principle and reform as 100 × Σ weight × points ÷ Σ weight over its rated rules
 * (weights by severity; points 1.00, 0.75, 0.40, 0), applies the critical gates and finds the
 * achievement level (rules.md §(c)). Sums are of integers, so the result does not depend on the
 * order of the outcomes.
 *
 * @example
 * ```ts
 * const card = computeScorecard({
 *   profile: 'recommended',
 *   scoring: { includeInfo: true, weights: { error: 3, warning: 2, info: 1 } },
 *   outcomes: [
 *     { ruleId: 'P2-CLO-001', principle: 'P2', severity: 'error', critical: true, status: 'rated', rating: 'fully-meets' },
 *     { ruleId: 'P2-MON-001', principle: 'P2', severity: 'warning', critical: false, status: 'rated', rating: 'partially-meets' },
 *   ],
 * });
 * card.principles.find((p) => p.principle === 'P2')?.score; // 76: (3 × 1.00 + 2 × 0.40) ÷ 5
 * ```
 */
export function computeScorecard(input: ScorecardInput): Scorecard {
  const { scoring } = input;
  const outcomes = [...input.outcomes].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  const rated = outcomes.filter((o): o is ScoredOutcome & { rating: Rating } => o.status === 'rated' && o.rating !== undefined);

  const principles: PrincipleScore[] = PRINCIPLES.map(({ id, title }) => {
    const rules: ScoredRule[] = rated
      .filter((o) => o.principle === id)
      .map((o) => {
        const weight = scoring.weights[o.severity];
        const points = RATING_POINTS[o.rating];
        if (o.severity === 'info' && !scoring.includeInfo) return { ruleId: o.ruleId, rating: o.rating, severity: o.severity, weight, points, counted: false, excludedBecause: 'info-excluded' };
        if (o.rating === 'insufficient-data') return { ruleId: o.ruleId, rating: o.rating, severity: o.severity, weight, points, counted: false, excludedBecause: 'insufficient-data' };
        return { ruleId: o.ruleId, rating: o.rating, severity: o.severity, weight, points, counted: true };
      });
    const counted = rules.filter((r) => r.counted);
    const earned = counted.reduce((n, r) => n + r.weight * r.points, 0);
    const possible = counted.reduce((n, r) => n + r.weight * 100, 0);
    const unjudged = rules.filter((r) => r.excludedBecause === 'insufficient-data').reduce((n, r) => n + r.weight, 0);
    return { principle: id, title, score: possible === 0 ? null : Math.round((earned * 1000) / possible) / 10, earned, possible, coverage: coverageOf(possible / 100, unjudged), unjudged, rules };
  });
  const minimumCoverage = scoring.minimumCoverage ?? DEFAULT_MINIMUM_COVERAGE;
  const coverage = coverageOf(principles.reduce((n, p) => n + p.possible / 100, 0), principles.reduce((n, p) => n + p.unjudged, 0));

  const governanceScores = principles.filter((p) => p.principle.startsWith('G') && p.possible > 0);
  const governance = governanceScores.length === 0 ? null : Math.round((governanceScores.reduce((n, p) => n + p.earned / p.possible, 0) * 1000) / governanceScores.length) / 10;

  const critical: CriticalGate[] = rated.filter((o) => o.critical).map((o) => ({ ruleId: o.ruleId, principle: o.principle, rating: o.rating }));
  const plans = input.correctiveActionPlans === undefined ? undefined : new Set(input.correctiveActionPlans);

  const shortfalls: LevelShortfall[] = [];
  for (const g of critical) {
    if (g.rating === 'fully-meets') continue;
    const blocks = g.rating === 'insufficient-data' || ratingAtLeast(g.rating, 'substantially-meets') ? 'level-100' : 'level-50';
    shortfalls.push({ blocks, reason: 'critical-rule', ruleId: g.ruleId, rating: g.rating });
    if (g.rating === 'insufficient-data') continue;
    if (plans && !plans.has(g.ruleId)) shortfalls.push({ blocks: 'level-50', reason: 'corrective-action-plan', ruleId: g.ruleId });
  }
  for (const p of principles) {
    if (p.possible === 0) continue;
    const bar = [...LEVEL_BARS].reverse().find((b) => p.earned * 100 < b.score * p.possible);
    if (bar) shortfalls.push({ blocks: bar.level, reason: 'principle-score', principle: p.principle, score: p.score! });
  }
  for (const p of principles) {
    if (p.coverage !== null && p.coverage < minimumCoverage) shortfalls.push({ blocks: 'level-50', reason: 'coverage', principle: p.principle, coverage: p.coverage, minimumCoverage });
  }
  if (coverage !== null && coverage < minimumCoverage) shortfalls.push({ blocks: 'level-50', reason: 'coverage', coverage, minimumCoverage });
  const blocked = new Set(shortfalls.map((s) => s.blocks));
  const level: AchievementLevel = blocked.has('level-50') ? 'not-achieved' : blocked.has('level-75') ? 'level-50' : blocked.has('level-100') ? 'level-75' : 'level-100';

  const ids = (status: ScoredOutcome['status']) => outcomes.filter((o) => o.status === status).map((o) => o.ruleId);
  return {
    profile: input.profile,
    principles,
    governance,
    coverage,
    minimumCoverage,
    critical,
    level,
    shortfalls,
    correctiveActionPlans: plans ? 'assessed' : 'not-assessed',
    notApplicable: ids('not-applicable'),
    exempted: ids('exempted'),
    insufficientData: rated.filter((o) => o.rating === 'insufficient-data').map((o) => o.ruleId),
  };
}

/** 100 × judged ÷ (judged + unjudged) weight, to one decimal; null when there is no weight at all. */
function coverageOf(judged: number, unjudged: number): number | null {
  const total = judged + unjudged;
  return total === 0 ? null : Math.floor((judged * 1000) / total) / 10;
}
