import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P2-WAT-001: a water-use and water-protection plan with baseline, limits and discharge standards. */
export const waterPlan = defineRule({
  id: 'P2-WAT-001',
  principle: 'P2',
  severity: 'error',
  critical: false,
  title: 'Water-use and water-protection plan',
  description:
    'The contract requires ("shall") a water plan (`environment.water`) that establishes a baseline before operations, limits how much water the project may take, and sets standards for what it discharges.',
  rationale: 'Mines compete with towns and farms for water and can poison what they return. Without a baseline no one can prove harm later; without limits and discharge standards there is nothing to enforce.',
  references: [
    { standard: 'ICMM Mining Principles', provision: 'performance expectation 6.2', status: 'verified' },
    { standard: 'IRMA Standard for Responsible Mining', provision: 'chapter 4.2 (water management)', status: 'verified' },
  ],
  messages: {
    missing: 'The contract has no water-use and water-protection plan.',
    discretionary: 'The water plan is stated with "{modality}", so it does not bind.',
    'no-baseline': 'The water plan sets no baseline of water quality and quantity.',
    'no-limits': 'The water plan sets no limits on the water the project may take.',
    'no-discharge-standards': 'The water plan sets no standards for water discharged.',
  },
  evaluate(c) {
    const at = ['environment', 'water'];
    const w = c.environment?.water;
    if (!w) return absent('missing', at);
    return judge([at], [
      w.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, 'modality'], { modality: w.modality }),
      !w.baseline && shortfall('partially-meets', 'no-baseline', [...at, 'baseline']),
      !w.allocationLimits && shortfall('partially-meets', 'no-limits', [...at, 'allocationLimits']),
      !w.dischargeStandards && shortfall('partially-meets', 'no-discharge-standards', [...at, 'dischargeStandards']),
    ]);
  },
  examples: {
    passing: `environment:
  water: { id: water, modality: shall, baseline: true, allocationLimits: true, dischargeStandards: true }
`,
    failing: `environment:
  water: { id: water, modality: shall, baseline: true, allocationLimits: false, dischargeStandards: false }
`,
  },
});
