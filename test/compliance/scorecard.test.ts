// The scoring model against hand-worked numbers. The same numbers are printed in docs/compliance.md;
// this test fails if the page and the code disagree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeScorecard, type Rating, type ScoredOutcome, type Severity } from 'fairlode';
import { describe, expect, it } from 'vitest';

const page = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'compliance.md'), 'utf8');
const weights = { error: 3, warning: 2, info: 1 };
const rule = (ruleId: string, severity: Severity, rating: Rating, critical = false): ScoredOutcome => ({ ruleId, principle: ruleId.slice(0, 2) as ScoredOutcome['principle'], severity, critical, status: 'rated', rating });

// Worked example 1 (docs/compliance.md, "A principle's score").
const p2 = [
  rule('P2-CLO-001', 'error', 'fully-meets', true),
  rule('P2-CLO-002', 'error', 'partially-meets', true),
  rule('P2-MON-001', 'warning', 'substantially-meets'),
  rule('P2-GHG-001', 'info', 'does-not-meet'),
];

describe('a principle\'s score', () => {
  it('is 100 × Σ weight × points ÷ Σ weight: (3 × 1.00 + 3 × 0.40 + 2 × 0.75 + 1 × 0) ÷ 9 = 63.3', () => {
    const card = computeScorecard({ profile: 'recommended', outcomes: p2, scoring: { includeInfo: true, weights } });
    const score = card.principles.find((p) => p.principle === 'P2')!;
    expect([score.earned, score.possible, score.score]).toEqual([570, 900, 63.3]);
    expect(page).toContain('(3 × 1.00 + 3 × 0.40 + 2 × 0.75 + 1 × 0.00) ÷ (3 + 3 + 2 + 1) = 5.70 ÷ 9 = **63.3**');
  });

  it('without info rules: 5.70 ÷ 8 = 71.3 (rounded half up to one decimal)', () => {
    const card = computeScorecard({ profile: 'recommended', outcomes: p2, scoring: { includeInfo: false, weights } });
    const score = card.principles.find((p) => p.principle === 'P2')!;
    expect(score.score).toBe(71.3);
    expect(score.rules.find((r) => r.ruleId === 'P2-GHG-001')).toMatchObject({ counted: false, excludedBecause: 'info-excluded' });
    expect(page).toContain('5.70 ÷ 8 = **71.3**');
  });

  it('leaves out not-applicable and exempted rules; scores on what is known and counts rules without data against the coverage', () => {
    const card = computeScorecard({
      profile: 'recommended',
      scoring: { includeInfo: true, weights },
      outcomes: [
        rule('P4-EMP-001', 'error', 'fully-meets', true),
        rule('P4-EMP-002', 'warning', 'insufficient-data'),
        rule('P4-CON-001', 'error', 'insufficient-data', true),
        { ...rule('P4-GRV-001', 'error', 'fully-meets', true), status: 'exempted' },
        { ruleId: 'P2-LIV-001', principle: 'P2', severity: 'error', critical: true, status: 'not-applicable' },
      ],
    });
    const p4 = card.principles.find((p) => p.principle === 'P4')!;
    // Known: P4-EMP-001 alone, 3 × 1.00 ÷ 3 = 100. Judged weight 3 of 3 + 2 + 3 = 8: coverage 37.5.
    expect([p4.earned, p4.possible, p4.score, p4.unjudged, p4.coverage]).toEqual([300, 300, 100, 5, 37.5]);
    expect(card.coverage).toBe(37.5);
    expect(card.principles.find((p) => p.principle === 'P2')!.score).toBeNull();
    expect(card.principles.find((p) => p.principle === 'P2')!.coverage).toBeNull();
    expect(card.notApplicable).toEqual(['P2-LIV-001']);
    expect(card.exempted).toEqual(['P4-GRV-001']);
    expect(card.insufficientData).toEqual(['P4-CON-001', 'P4-EMP-002']);
    // Insufficient data is never turned into does-not-meet.
    expect(card.critical.find((g) => g.ruleId === 'P4-CON-001')!.rating).toBe('insufficient-data');
    expect(card.shortfalls).toContainEqual({ blocks: 'level-50', reason: 'coverage', principle: 'P4', coverage: 37.5, minimumCoverage: 80 });
    expect(card.level).toBe('not-achieved');
  });

  it('reaches a level on known terms when the coverage is at the minimum, but not level 100 with a critical rule unjudged', () => {
    // P4: five error rules fully met (weight 15) and one critical rule without data (weight 3):
    // coverage 15 ÷ 18 = 83.3 ≥ 80; the score on what is known is 100; the unjudged critical rule rules out level 100.
    const outcomes = [...[1, 2, 3, 4, 5].map((i) => rule(`P4-EMP-00${i}`, 'error', 'fully-meets')), rule('P4-CON-001', 'error', 'insufficient-data', true)];
    const card = computeScorecard({ profile: 'recommended', scoring: { includeInfo: true, weights }, outcomes });
    expect([card.coverage, card.principles.find((p) => p.principle === 'P4')!.score, card.level]).toEqual([83.3, 100, 'level-75']);
    // A profile asking 90% coverage refuses every level.
    const strict = computeScorecard({ profile: 'strict', scoring: { includeInfo: true, weights, minimumCoverage: 90 }, outcomes });
    expect(strict.level).toBe('not-achieved');
    expect(strict.shortfalls.filter((s) => s.reason === 'coverage')).toEqual([
      { blocks: 'level-50', reason: 'coverage', principle: 'P4', coverage: 83.3, minimumCoverage: 90 },
      { blocks: 'level-50', reason: 'coverage', coverage: 83.3, minimumCoverage: 90 },
    ]);
  });

  it('reports the governance reforms also as one group: the mean of G1–G3', () => {
    const card = computeScorecard({
      profile: 'recommended',
      scoring: { includeInfo: true, weights },
      outcomes: [rule('G1-DIS-001', 'error', 'fully-meets'), rule('G2-AUD-001', 'error', 'partially-meets'), rule('G2-SUB-001', 'warning', 'fully-meets'), rule('G3-ENF-001', 'warning', 'substantially-meets')],
    });
    expect(card.principles.filter((p) => p.principle.startsWith('G')).map((p) => p.score)).toEqual([100, 64, 75]);
    expect(card.governance).toBe(79.7);
    expect(page).toContain('(100 + 64 + 75) ÷ 3 = **79.7**');
  });
});

// Worked example 2 (docs/compliance.md, "Levels"): one critical rule substantially met, scores 80 and up.
const levelCase = (criticalRating: Rating, p3: Rating[]): ScoredOutcome[] => [
  rule('P1-EXP-001', 'error', criticalRating, true),
  ...p3.map((r, i) => rule(`P3-INF-00${i + 1}`, 'error', r)),
];

describe('levels', () => {
  const card = (outcomes: ScoredOutcome[], plans?: string[]) =>
    computeScorecard({ profile: 'recommended', outcomes, scoring: { includeInfo: true, weights }, ...(plans ? { correctiveActionPlans: plans } : {}) });

  it('Level 100: every critical rule fully met and every score 100', () => {
    expect(card(levelCase('fully-meets', ['fully-meets', 'fully-meets'])).level).toBe('level-100');
  });

  it('Level 75: a critical rule substantially met (P1 = 75), P3 = (1.00 + 0.75) ÷ 2 = 87.5', () => {
    const c = card(levelCase('substantially-meets', ['fully-meets', 'substantially-meets']));
    expect(c.principles.filter((p) => p.score !== null).map((p) => p.score)).toEqual([75, 87.5]);
    expect(c.level).toBe('level-75');
    expect(c.correctiveActionPlans).toBe('not-assessed');
    expect(c.shortfalls).toEqual([
      { blocks: 'level-100', reason: 'critical-rule', ruleId: 'P1-EXP-001', rating: 'substantially-meets' },
      { blocks: 'level-100', reason: 'principle-score', principle: 'P1', score: 75 },
      { blocks: 'level-100', reason: 'principle-score', principle: 'P3', score: 87.5 },
    ]);
    expect(page).toContain('(1.00 + 0.75) ÷ 2 = **87.5**');
  });

  it('the same contract without a corrective-action plan for P1-EXP-001 achieves no level; with one, Level 75', () => {
    const outcomes = levelCase('substantially-meets', ['fully-meets', 'substantially-meets']);
    expect(card(outcomes, []).level).toBe('not-achieved');
    expect(card(outcomes, ['P1-EXP-001']).level).toBe('level-75');
  });

  it('Level 50: P3 = (1.00 + 0.40) ÷ 2 = 70', () => {
    const c = card(levelCase('fully-meets', ['fully-meets', 'partially-meets']));
    expect(c.principles.find((p) => p.principle === 'P3')!.score).toBe(70);
    expect(c.level).toBe('level-50');
    expect(page).toContain('(1.00 + 0.40) ÷ 2 = **70**');
  });

  it('not achieved: P3 = (0.40 + 0.40) ÷ 2 = 40, or any critical rule below substantially', () => {
    expect(card(levelCase('fully-meets', ['partially-meets', 'partially-meets'])).level).toBe('not-achieved');
    expect(card(levelCase('partially-meets', ['fully-meets', 'fully-meets'])).level).toBe('not-achieved');
    expect(page).toContain('(0.40 + 0.40) ÷ 2 = **40**');
  });
});
