import type { AchievementLevel, ComplianceReport, Finding, Principle } from '../compliance/index.js';

/** A finding that appeared or disappeared. */
export interface FindingChange {
  /** The rule id. */
  readonly rule: string;
  /** Its severity. */
  readonly severity: Finding['severity'];
  /** The finding's message. */
  readonly message: string;
  /** The clause's legal reference, when the finding sits in one. */
  readonly clause: string | undefined;
}

/** A principle's (or reform's) score before and after. */
export interface ScoreChange {
  /** P1–P5, G1–G3. */
  readonly principle: Principle;
  /** Its title. */
  readonly title: string;
  /** The score before (0–100), null when no rule counted. */
  readonly before: number | null;
  /** The score after. */
  readonly after: number | null;
}

/** How the compliance verdict moved between two contracts checked with one profile. */
export interface VerdictDiff {
  /** The profile both were checked with. */
  readonly profile: string;
  /** The achievement level before. */
  readonly levelBefore: AchievementLevel;
  /** The achievement level after. */
  readonly levelAfter: AchievementLevel;
  /** Every principle and reform, in order, with its score before and after. */
  readonly scores: readonly ScoreChange[];
  /** Findings of the new contract that the old one did not have. */
  readonly appeared: readonly FindingChange[];
  /** Findings of the old contract that the new one no longer has. */
  readonly disappeared: readonly FindingChange[];
}

function key(f: Finding): string {
  return `${f.code}\u0000${f.message}`;
}

function summary(f: Finding): FindingChange {
  return { rule: f.code, severity: f.severity, message: f.message, clause: f.clause };
}

/**
 * Compares two compliance reports: findings are matched by rule and message (so a finding that
 * only moved to another line is unchanged), scores by principle.
 *
 * @example
 * ```ts
 * const v = diffVerdicts(checkContract(old), checkContract(amended));
 * v.appeared.length; // findings the amendment introduced
 * ```
 */
export function diffVerdicts(before: ComplianceReport, after: ComplianceReport): VerdictDiff {
  const oldKeys = new Set(before.findings.map(key));
  const newKeys = new Set(after.findings.map(key));
  const oldScores = new Map(before.scorecard.principles.map((p) => [p.principle, p.score]));
  return {
    profile: after.scorecard.profile,
    levelBefore: before.scorecard.level,
    levelAfter: after.scorecard.level,
    scores: after.scorecard.principles.map((p) => ({ principle: p.principle, title: p.title, before: oldScores.get(p.principle) ?? null, after: p.score })),
    appeared: after.findings.filter((f) => !oldKeys.has(key(f))).map(summary),
    disappeared: before.findings.filter((f) => !newKeys.has(key(f))).map(summary),
  };
}
