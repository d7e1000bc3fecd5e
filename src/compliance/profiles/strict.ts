import type { ProfileDefinition } from '../profile-schema.js';

/**
 * The strict profile: the recommended rules with every benchmark gap treated as a failure
 * (warnings become errors) and tighter thresholds where a public source supports them.
 */
export const strictProfile: ProfileDefinition = {
  name: 'strict',
  description: 'Recommended, with benchmark gaps as errors and tighter thresholds where a source supports them.',
  extends: 'recommended',
  rules: {
    'P1-EXP-002': 'error',
    'P1-REP-001': 'error',
    'P1-CAP-001': 'error',
    'P1-GEO-001': { options: { maxDeadlineDays: { value: 60, source: 'strict profile: two months, our choice [S]', verified: false } } },
    'P2-MON-001': 'error',
    'P2-BIO-001': 'error',
    'P2-STB-001': 'error',
    'P2-GHG-001': 'warning',
    'P2-CLO-001': { options: { maxYearsBetweenReviews: { value: 3, source: 'strict profile: aligned with the assurance review (rules.md P2-CLO-002) [S]', verified: false } } },
    'P3-INF-003': 'error',
    'P3-INF-004': 'error',
    'P4-EMP-002': {
      severity: 'error',
      options: { minimumShare: { value: '95%', source: 'UNU-WIDER Tanzania case study: 98% national workforce observed [V]; 95% leaves a margin', verified: true } },
    },
    'P4-EMP-003': 'error',
    'P4-PRC-002': 'error',
    'P4-LCR-001': 'error',
    'P4-GEN-001': 'error',
    'P5-PRO-002': 'error',
    'P5-EXP-001': 'error',
    'G1-SOE-001': 'error',
    'G1-TIM-001': { severity: 'error', options: { maxMonths: { value: 12, source: 'strict profile: EITI encourages reporting within a year of the period [S]', verified: false } } },
    'G1-AWD-001': 'error',
    'G2-SUB-001': 'error',
    'G2-FND-001': 'error',
    'G3-AMT-002': 'error',
    'G3-GOV-001': 'error',
    'G3-REV-001': 'error',
    'G3-DIS-001': 'error',
    'G3-ENF-001': 'error',
  },
};
