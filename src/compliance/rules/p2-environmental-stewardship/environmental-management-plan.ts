import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P2-EMP-001: an environmental management plan, monitored. */
export const environmentalManagementPlan = defineRule({
  id: 'P2-EMP-001',
  principle: 'P2',
  severity: 'error',
  critical: false,
  title: 'Environmental management plan with monitoring',
  description:
    'The contract requires ("shall") an environmental management plan (`environment.managementPlan`) and says how often it is monitored (`monitoringFrequencyMonths`, or `environment.monitoring.frequencyMonths`).',
  rationale: 'The management plan turns the assessment\'s findings into duties; monitoring at a stated interval shows whether they are kept.',
  references: [{ standard: 'ICMM Mining Principles', provision: 'performance expectation 6.4', status: 'verified' }],
  messages: {
    missing: 'The contract does not require an environmental management plan.',
    discretionary: 'The environmental management plan is stated with "{modality}", so it does not bind.',
    unmonitored: 'The contract does not say how often the environmental management plan is monitored.',
  },
  evaluate(c) {
    const at = ['environment', 'managementPlan'];
    const plan = c.environment?.managementPlan;
    if (!plan) return absent('missing', at);
    const frequency = plan.monitoringFrequencyMonths ?? c.environment?.monitoring?.frequencyMonths;
    return judge([at], [
      plan.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, 'modality'], { modality: plan.modality }),
      frequency === undefined && shortfall('partially-meets', 'unmonitored', at),
    ]);
  },
  examples: {
    passing: `environment:
  managementPlan: { id: emp, modality: shall, monitoringFrequencyMonths: 3 }
`,
    failing: `environment:
  managementPlan: { id: emp, modality: may }
`,
  },
});
