import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P4-TRN-001: a binding training plan with a budget and measurable targets. */
export const trainingPlan = defineRule({
  id: 'P4-TRN-001',
  principle: 'P4',
  severity: 'error',
  critical: false,
  title: 'Training plan with budget and targets',
  description:
    'A binding ("shall") training commitment (`community.training`) states an annual budget above zero (`annualBudget`, or `payrollShare` of payroll) and at least one dated target for people trained.',
  rationale: 'Training is how national employment targets become reachable; a budget and counted targets make it more than a promise. No verified numeric benchmark exists, so the rule asks for both and leaves amounts to profiles.',
  references: [
    { standard: 'Guinea Mining Code 2011', provision: 'art. 108 (employment and training plan)', status: 'verified' },
    { standard: 'Ghana Minerals and Mining (Local Content and Local Participation) Regulations 2020 (LI 2431)', status: 'verified' },
  ],
  messages: {
    missing: 'The contract has no binding training commitment.',
    discretionary: 'The training commitment "{item}" is stated with "{modality}", so it does not bind.',
    'no-budget': 'No binding training commitment states an annual budget.',
    'no-targets': 'No binding training commitment sets targets for people trained.',
  },
  evaluate(c) {
    const at = ['community', 'training'];
    const all = (c.community?.training ?? []).map((t, i) => ({ t, i }));
    const binding = all.filter(({ t }) => t.modality === 'shall');
    if (binding.length === 0) {
      const first = all[0];
      return first ? judge([at], [shortfall('does-not-meet', 'discretionary', [...at, first.i, 'modality'], { item: first.t.id, modality: first.t.modality })]) : absent('missing', at);
    }
    const budgeted = binding.some(({ t }) => (t.annualBudget?.amount.gt(0) ?? false) || (t.payrollShare?.gt(0) ?? false));
    const counted = binding.some(({ t }) => t.targets.length > 0);
    return judge([at], [!budgeted && shortfall('partially-meets', 'no-budget', [...at, binding[0]!.i]), !counted && shortfall('partially-meets', 'no-targets', [...at, binding[0]!.i])]);
  },
  examples: {
    passing: `community:
  training:
    - { id: training, modality: shall, annualBudget: "1500000 USD", targets: [ { by: 2027-12-31, count: 300 } ] }
`,
    failing: `community:
  training:
    - { id: training, modality: shall, targets: [] }
`,
  },
});
